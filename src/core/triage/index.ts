/**
 * The public API of the check "Should I see a doctor?", shared by the browser, the server and the
 * CLI. Typical use:
 *
 *   const parsed = parseAnswers(body);  // answers.schema.ts: unknown keys, bad values -> field errors
 *   if (!parsed.ok) return problem(parsed.errors);
 *   const result = evaluate(parsed.answers, { region: 'UK' });
 *   // result.disposition, .reasons, .actions, .safetyNet; while !result.complete, ask
 *   // result.nextQuestion and evaluate again with its answer added.
 *
 * Answers are all optional; 'unsure' on a red-flag question counts as the cautious answer.
 * Everything here is pure, and nothing here loads zod: the schemas that check answers and results
 * are in answers.schema.ts and result.schema.ts, for the adapters that take input from outside.
 */
export type { AnswerKey, Answers } from './answers.js';
export {
  compareDispositions,
  DISPOSITION_INFO,
  DISPOSITIONS,
  type Disposition,
  type DispositionInfo,
  isDisposition,
  mostUrgent,
} from './dispositions.js';
export {
  type CallNumber,
  callNumbers,
  EMERGENCY_NUMBERS,
  emergencyNumber,
  isRegion,
  MAIN_EMERGENCY_NUMBERS,
  REGION_NAMES,
  type Region,
} from './emergency-numbers.js';
export { type EvaluateOptions, evaluate, type Reason, type TriageResult } from './engine.js';
export { ANSWER_KEYS, CAUTIOUS_READING, UNSURE, type UnsureKey } from './findings.js';
export {
  type ChoiceOption,
  nextQuestion,
  QUESTIONS,
  type Question,
  type QuestionGroup,
  type QuestionInput,
  questionById,
} from './questions.js';
export { guessRegion } from './region-guess.js';
export { type Action, RULES, type Rule } from './rules.js';
