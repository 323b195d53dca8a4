/**
 * What a person tells the check, as one strict zod schema shared by the API, the CLI and any
 * browser code that reads stored answers back. The keys are exactly the vignettes' `findings`
 * keys; every one is optional because an unanswered question is simply absent. The engine itself
 * needs no validator: it works on the `Answers` type and `findings.ts`.
 */
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { PainScoreSchema } from '../units.schema.js';
import { fieldErrors } from '../validation.js';
import { LEG_WEAKNESS, TRAUMA, TRENDS, UNSURE } from './findings.js';

const yesNo = z.union([z.boolean(), z.literal(UNSURE)], {
  error: "must be true, false or 'unsure'",
});

function wholeNumber(min: number, max?: number) {
  const base = z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`);
  return max === undefined ? base : base.max(max, `must be at most ${max}`);
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.map((v) => `'${v}'`).join(', ')}` });
}

export const Answers = z.strictObject({
  ageYears: wholeNumber(0, 120).optional(),
  pregnant: yesNo.optional(),
  durationDays: wholeNumber(0, 36500).optional(),
  painNow0to10: z.optional(PainScoreSchema),
  trend: oneOf(TRENDS).optional(),
  canWalk: yesNo.optional(),
  fever: yesNo.optional(),
  newBladderOrBowelProblem: yesNo
    .optional()
    .describe(
      'Since the back pain began: trouble passing urine, leaking urine or stool, not feeling when the bladder is full or empty or when passing urine or stool, or new problems with erection or ejaculation',
    ),
  saddleNumbness: yesNo.optional(),
  ivDrugUseOrImmunosuppressed: yesNo.optional(),
  nightPainUnrelievedByRest: yesNo
    .optional()
    .describe(
      'Pain at night that does not ease whatever position is tried (waking on turning over, then settling, is not this sign)',
    ),
  selfCareTriedDays: wholeNumber(0, 36500).optional(),
  legNumbnessOrTingling: yesNo.optional(),
  painBelowKnee: yesNo.optional(),
  onsetAfterTrauma: oneOf(TRAUMA).optional(),
  osteoporosisOrLongTermSteroids: yesNo.optional(),
  legWeakness: oneOf(LEG_WEAKNESS).optional(),
  historyOfCancer: yesNo.optional(),
  priorEpisodes: wholeNumber(0, 365).optional(),
  unexplainedWeightLoss: yesNo.optional(),
  bilateralLegSymptoms: yesNo.optional(),
  chestOrAbdominalPain: yesNo
    .optional()
    .describe(
      'Pain in the chest or the tummy, one answer for either, read the safe way (as chest pain). Kept for clients that send it; new clients ask chestPain and abdominalPain instead.',
    ),
  pulsatingAbdomen: yesNo.optional(),
  chestPain: yesNo.optional().describe('Pain, pressure or tightness in the chest'),
  abdominalPain: yesNo.optional().describe('Pain in the tummy (abdomen)'),
  feelingFaint: yesNo
    .optional()
    .describe('Feeling faint or light-headed, or having fainted, with the tummy pain'),
  painWorseOnCoughOrStrain: yesNo
    .optional()
    .describe(
      'The pain gets worse when coughing, sneezing or opening the bowels (not a pain that started with a cough or sneeze)',
    ),
  painBetweenShoulderBlades: yesNo
    .optional()
    .describe('Pain high in the back, between the shoulder blades'),
  backLumpOrShapeChange: yesNo
    .optional()
    .describe('A lump or swelling on the back, or a change in its shape'),
});
export type Answers = z.infer<typeof Answers>;
export type AnswerKey = keyof Answers;

export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] };

/**
 * Checks untrusted input (a request body, stdin, stored history) against `Answers`. Unknown keys
 * and out-of-range values come back as field errors whose path is the key (`painNow0to10`).
 * Adapters that prefer an exception can call `parseOrThrow(Answers, input)` instead.
 */
export function parseAnswers(input: unknown, prefix = ''): ParsedAnswers {
  const result = Answers.safeParse(input);
  return result.success
    ? { ok: true, answers: result.data }
    : { ok: false, errors: fieldErrors(result.error, prefix) };
}
