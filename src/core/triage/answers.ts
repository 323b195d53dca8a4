/**
 * What a person tells the check, as types: the keys are exactly the vignettes' `findings` keys,
 * and every one is optional because an unanswered question is simply absent. The engine works on
 * these types alone; the schema that checks untrusted answers is in answers.schema.ts, so code
 * that only evaluates (the browser's check) never loads a validator.
 */
import type * as z from 'zod/mini';
import type { Answers as AnswersSchema } from './answers.schema.js';

export type Answers = z.output<typeof AnswersSchema>;
export type AnswerKey = keyof Answers;
