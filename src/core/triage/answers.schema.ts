/**
 * The schema of what a person tells the check (types in answers.ts), shared by the API, the CLI
 * and the device, which checks stored answers on read. The keys are exactly the vignettes'
 * `findings` keys; every one is optional because an unanswered question is simply absent. Written
 * with zod/mini so the browser's validator stays small; the API embeds it as it is.
 */
import * as z from 'zod/mini';
import type { FieldError } from '../errors.js';
import { PainScoreSchema } from '../units.schema.js';
import { fieldErrors } from '../validation.js';
import type { Answers as AnswersType } from './answers.js';
import { LEG_WEAKNESS, TRAUMA, TRENDS, UNSURE } from './findings.js';

const YesNo = z.union([z.boolean(), z.literal(UNSURE)], {
  error: "must be true, false or 'unsure'",
});

/** An optional yes / no / 'unsure' answer, with what it means for the OpenAPI document. */
function yesNo(description?: string) {
  const answer = z.optional(YesNo);
  return description === undefined ? answer : answer.check(z.describe(description));
}

function wholeNumber(min: number, max: number) {
  return z.optional(
    z
      .number({ error: 'must be a number' })
      .check(
        z.int({ error: 'must be a whole number' }),
        z.gte(min, { error: `must be at least ${min}` }),
        z.lte(max, { error: `must be at most ${max}` }),
      ),
  );
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.optional(
    z.enum(values, { error: `must be one of ${values.map((v) => `'${v}'`).join(', ')}` }),
  );
}

export const Answers = z.strictObject({
  ageYears: wholeNumber(0, 120),
  pregnant: yesNo(),
  durationDays: wholeNumber(0, 36500),
  painNow0to10: z.optional(PainScoreSchema),
  trend: oneOf(TRENDS),
  canWalk: yesNo(),
  fever: yesNo(),
  newBladderOrBowelProblem: yesNo(
    'Since the back pain began: trouble passing urine, leaking urine or stool, not feeling when the bladder is full or empty or when passing urine or stool, or new problems with erection or ejaculation',
  ),
  saddleNumbness: yesNo(),
  ivDrugUseOrImmunosuppressed: yesNo(),
  nightPainUnrelievedByRest: yesNo(
    'Pain at night that does not ease whatever position is tried (waking on turning over, then settling, is not this sign)',
  ),
  selfCareTriedDays: wholeNumber(0, 36500),
  legNumbnessOrTingling: yesNo(),
  painBelowKnee: yesNo(),
  onsetAfterTrauma: oneOf(TRAUMA),
  osteoporosisOrLongTermSteroids: yesNo(),
  legWeakness: oneOf(LEG_WEAKNESS),
  historyOfCancer: yesNo(),
  priorEpisodes: wholeNumber(0, 365),
  unexplainedWeightLoss: yesNo(),
  bilateralLegSymptoms: yesNo(),
  chestOrAbdominalPain: yesNo(
    'Pain in the chest or the tummy, one answer for either, read the safe way (as chest pain). Kept for clients that send it; new clients ask chestPain and abdominalPain instead.',
  ),
  pulsatingAbdomen: yesNo(),
  chestPain: yesNo('Pain, pressure or tightness in the chest'),
  abdominalPain: yesNo('Pain in the tummy (abdomen)'),
  feelingFaint: yesNo('Feeling faint or light-headed, or having fainted, with the tummy pain'),
  painWorseOnCoughOrStrain: yesNo(
    'The pain gets worse when coughing, sneezing or opening the bowels (not a pain that started with a cough or sneeze)',
  ),
  painBetweenShoulderBlades: yesNo('Pain high in the back, between the shoulder blades'),
  backLumpOrShapeChange: yesNo('A lump or swelling on the back, or a change in its shape'),
});
export type Answers = AnswersType;

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
