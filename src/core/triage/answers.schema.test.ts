import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import { Answers, parseAnswers } from './answers.schema.js';
import { ANSWER_KEYS, CAUTIOUS_READING, resolveAnswers } from './findings.js';

function errorsFor(input: unknown) {
  const parsed = parseAnswers(input);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return parsed.errors;
}

describe('Answers', () => {
  it('accepts no answers at all, since every question is optional', () => {
    expect(parseAnswers({})).toEqual({ ok: true, answers: {} });
  });

  it('lists the same keys in findings.ts as the schema', () => {
    expect([...ANSWER_KEYS]).toEqual(Object.keys(Answers.shape));
  });

  it("has the findings keys the vignettes use, and the clinical review's new keys beside them", () => {
    expect([...ANSWER_KEYS].sort()).toEqual(
      [
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
        // Asked separately since the clinical review (NHS Back pain; NICE NG156; NICE CG75):
        'chestPain',
        'abdominalPain',
        'feelingFaint',
        'painWorseOnCoughOrStrain',
        'painBetweenShoulderBlades',
        'backLumpOrShapeChange',
      ].sort(),
    );
  });

  it('rejects an unknown key and names it', () => {
    expect(errorsFor({ fever: true, temperature: 39 })).toEqual([
      { path: 'temperature', message: 'is not a known field' },
    ]);
  });

  it('names every unknown key, with the prefix an adapter asks for', () => {
    const parsed = parseAnswers({ a: 1, b: 2 }, 'answers');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toEqual(['answers.a', 'answers.b']);
  });

  it.each([
    ['ageYears', -1],
    ['ageYears', 121],
    ['ageYears', 30.5],
    ['durationDays', -1],
    ['durationDays', 36501],
    ['painNow0to10', 11],
    ['painNow0to10', -1],
    ['painNow0to10', 7.5],
    ['selfCareTriedDays', -3],
    ['priorEpisodes', 366],
    ['ageYears', Number.POSITIVE_INFINITY],
    ['ageYears', Number.NaN],
    ['ageYears', '40'],
  ])('rejects %s = %s and names the key', (key, value) => {
    const errors = errorsFor({ [key]: value });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(key);
  });

  it.each([
    ['fever', 'yes'],
    ['fever', 1],
    ['canWalk', null],
    ['trend', 'unsure'],
    ['trend', 'improving'],
    ['legWeakness', 'severe'],
    ['onsetAfterTrauma', true],
  ])('rejects %s = %j and names the key', (key, value) => {
    expect(errorsFor({ [key]: value }).map((e) => e.path)).toEqual([key]);
  });

  it('says what a yes/no answer may be', () => {
    expect(errorsFor({ saddleNumbness: 'maybe' })[0]?.message).toBe(
      "must be true, false or 'unsure'",
    );
  });

  it('rejects input that is not an object', () => {
    expect(errorsFor([])[0]?.path).toBe('(body)');
    expect(errorsFor('fever')[0]?.path).toBe('(body)');
  });

  it("accepts 'unsure' on every yes/no key and on legWeakness and onsetAfterTrauma", () => {
    for (const key of Object.keys(CAUTIOUS_READING)) {
      expect(parseAnswers({ [key]: 'unsure' }).ok, key).toBe(true);
    }
  });

  it('throws a validation_failed AppError naming the field through parseOrThrow', () => {
    try {
      parseOrThrow(Answers, { painNow0to10: 12 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('validation_failed');
      expect((error as AppError).fields.map((f) => f.path)).toEqual(['painNow0to10']);
    }
  });
});

describe('resolveAnswers', () => {
  it("reads 'unsure' as the cautious answer and remembers which keys were unsure", () => {
    const { values, unsure } = resolveAnswers({
      fever: 'unsure',
      canWalk: 'unsure',
      legWeakness: 'unsure',
      onsetAfterTrauma: 'unsure',
      saddleNumbness: false,
      ageYears: 0,
    });
    expect(values).toEqual({
      fever: true,
      canWalk: false,
      legWeakness: 'progressive',
      onsetAfterTrauma: 'major',
      saddleNumbness: false,
      ageYears: 0,
    });
    expect([...unsure].sort()).toEqual(['canWalk', 'fever', 'legWeakness', 'onsetAfterTrauma']);
  });
});
