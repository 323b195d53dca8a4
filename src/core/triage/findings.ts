/**
 * The answer keys and their vocabularies without a validator, so the engine and the browser can
 * use them without loading zod. The `Answers` type itself comes from the schema in `answers.ts`.
 *
 * "Not sure" is a real answer, not a gap. Every yes/no key also accepts `'unsure'`, and so do the
 * two enum keys whose worst value is an emergency sign. The engine reads `'unsure'` as the cautious
 * answer (see `CAUTIOUS_READING`), so "not sure" can never give a less urgent result than any
 * definite answer to the same question.
 */
import type { AnswerKey, Answers } from './answers.js';

export const UNSURE = 'unsure' as const;

export const TRENDS = ['better', 'same', 'worse'] as const;
export const LEG_WEAKNESS = ['none', 'stable', 'progressive', UNSURE] as const;
export const TRAUMA = ['none', 'minor', 'major', UNSURE] as const;

/** Every answer key, in the order of the schema (a test checks it against the schema). */
export const ANSWER_KEYS = [
  'ageYears',
  'pregnant',
  'durationDays',
  'painNow0to10',
  'trend',
  'canWalk',
  'fever',
  'newBladderOrBowelProblem',
  'saddleNumbness',
  'ivDrugUseOrImmunosuppressed',
  'nightPainUnrelievedByRest',
  'selfCareTriedDays',
  'legNumbnessOrTingling',
  'painBelowKnee',
  'onsetAfterTrauma',
  'osteoporosisOrLongTermSteroids',
  'legWeakness',
  'historyOfCancer',
  'priorEpisodes',
  'unexplainedWeightLoss',
  'bilateralLegSymptoms',
  'chestOrAbdominalPain',
  'pulsatingAbdomen',
  'chestPain',
  'abdominalPain',
  'feelingFaint',
  'painWorseOnCoughOrStrain',
  'painBetweenShoulderBlades',
  'backLumpOrShapeChange',
] as const satisfies readonly AnswerKey[];

/**
 * Keys the API still accepts from older clients but the check no longer asks: one answer for
 * chest or tummy pain, now two questions (`chestPain`, `abdominalPain`). It keeps its old meaning,
 * read the safe way, so stored answers and existing clients give the same result as before.
 */
export const LEGACY_KEYS = ['chestOrAbdominalPain'] as const satisfies readonly AnswerKey[];

type Defined<T> = Exclude<T, undefined>;
type KeysWhere<V> = {
  [K in AnswerKey]-?: V extends Defined<Answers[K]> ? K : never;
}[AnswerKey];

/** Keys answered yes / no / not sure. */
export type YesNoKey = KeysWhere<boolean>;
/** Keys answered with a whole number. */
export type NumberKey = {
  [K in AnswerKey]-?: Defined<Answers[K]> extends number ? K : never;
}[AnswerKey];
/** Keys that take `'unsure'`: every yes/no key, legWeakness and onsetAfterTrauma. */
export type UnsureKey = KeysWhere<typeof UNSURE>;

/**
 * What "not sure" is read as, per key: the answer that leads to the more urgent advice.
 * - yes/no keys: yes, except `canWalk`, where the worrying answer is "no".
 * - `legWeakness`: 'progressive', the worst value, because the rule table makes progressive
 *   weakness an emergency and a person who cannot tell whether a weak leg is getting worse cannot
 *   rule that out.
 * - `onsetAfterTrauma`: 'major', for the same reason: the table makes a serious accident an
 *   emergency whatever the age, and "not sure how bad the accident was" cannot rule it out.
 */
export const CAUTIOUS_READING = {
  pregnant: true,
  canWalk: false,
  fever: true,
  newBladderOrBowelProblem: true,
  saddleNumbness: true,
  ivDrugUseOrImmunosuppressed: true,
  nightPainUnrelievedByRest: true,
  legNumbnessOrTingling: true,
  painBelowKnee: true,
  osteoporosisOrLongTermSteroids: true,
  historyOfCancer: true,
  unexplainedWeightLoss: true,
  bilateralLegSymptoms: true,
  chestOrAbdominalPain: true,
  pulsatingAbdomen: true,
  chestPain: true,
  abdominalPain: true,
  feelingFaint: true,
  painWorseOnCoughOrStrain: true,
  painBetweenShoulderBlades: true,
  backLumpOrShapeChange: true,
  legWeakness: 'progressive',
  onsetAfterTrauma: 'major',
} as const satisfies { [K in UnsureKey]: Exclude<Defined<Answers[K]>, typeof UNSURE> };

/** Answers with every `'unsure'` replaced by its cautious reading: what the rules look at. */
export type Resolved = { [K in AnswerKey]?: Exclude<Defined<Answers[K]>, typeof UNSURE> };

/** Replaces each 'unsure' by its cautious reading and lists which keys were unsure. */
export function resolveAnswers(answers: Answers): {
  values: Resolved;
  unsure: ReadonlySet<AnswerKey>;
} {
  const values: Record<string, unknown> = {};
  const unsure = new Set<AnswerKey>();
  for (const key of ANSWER_KEYS) {
    const value = answers[key];
    if (value === undefined) continue;
    if (value === UNSURE) {
      unsure.add(key);
      values[key] = CAUTIOUS_READING[key as UnsureKey];
    } else {
      values[key] = value;
    }
  }
  return { values: values as Resolved, unsure };
}
