import { describe, expect, it } from 'vitest';
import { painScore } from '../units.js';
import type { AnswerKey, Answers } from './answers.js';
import { evaluate } from './engine.js';
import { ANSWER_KEYS, LEGACY_KEYS } from './findings.js';
import { nextQuestion, QUESTION_GROUPS, QUESTIONS, UNSURE_NOTES } from './questions.js';
import { RULES } from './rules.js';

/** Walks the flow, answering each question with `answer(id)`, and returns the ids asked. */
function walk(answer: (id: AnswerKey) => Answers[AnswerKey], start: Answers = {}): AnswerKey[] {
  const answers: Record<string, unknown> = { ...start };
  const asked: AnswerKey[] = [];
  for (let q = nextQuestion(answers); q !== undefined; q = nextQuestion(answers)) {
    asked.push(q.id);
    answers[q.id] = answer(q.id);
    if (asked.length > ANSWER_KEYS.length) throw new Error('the flow did not end');
  }
  return asked;
}

/** The calm answer to each question: what someone with a simple spasm would say. */
const CALM: Answers = {
  ageYears: 35,
  durationDays: 2,
  trend: 'better',
  painNow0to10: painScore(4),
  canWalk: true,
  legWeakness: 'none',
  onsetAfterTrauma: 'none',
  priorEpisodes: 0,
  selfCareTriedDays: 2,
};
const calmAnswer = (id: AnswerKey) => CALM[id] ?? false;

describe('QUESTIONS', () => {
  it('has one question per answer key, but none for the legacy keys older clients send', () => {
    const legacy: readonly string[] = LEGACY_KEYS;
    expect(QUESTIONS.map((q) => q.id).sort()).toEqual(
      ANSWER_KEYS.filter((k) => !legacy.includes(k)).sort(),
    );
  });

  it('lists emergency questions first, then urgent, then soon, then context', () => {
    const ranks = QUESTIONS.map((q) => QUESTION_GROUPS.indexOf(q.group));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('offers every enum value as a choice and yes/no/not sure for the rest', () => {
    for (const q of QUESTIONS) {
      if (q.input.kind === 'choice') expect(q.input.options.length).toBeGreaterThanOrEqual(3);
      if (q.id in UNSURE_NOTES && q.input.kind === 'choice') {
        expect(q.input.options.map((o) => o.value)).toContain('unsure');
      }
    }
  });

  it('explains the saddle area', () => {
    expect(QUESTIONS.find((q) => q.id === 'saddleNumbness')?.explain).toMatch(/bicycle saddle/);
  });

  it('every key a rule needs has a question, but the legacy keys', () => {
    const ids = new Set<string>([...QUESTIONS.map((q) => q.id), ...LEGACY_KEYS]);
    for (const rule of RULES) for (const c of rule.when) expect(ids.has(c.key), c.key).toBe(true);
  });
});

describe('nextQuestion', () => {
  it('starts with the emergency signs', () => {
    const asked = walk(calmAnswer);
    const firstNonEmergency = asked.findIndex(
      (id) => QUESTIONS.find((q) => q.id === id)?.group !== 'emergency',
    );
    expect(asked.slice(0, firstNonEmergency)).toEqual([
      'saddleNumbness',
      'newBladderOrBowelProblem',
      'bilateralLegSymptoms',
      'legWeakness',
      'onsetAfterTrauma',
      'chestPain',
      'abdominalPain',
      'pulsatingAbdomen',
    ]);
  });

  it('asks the new urgent signs after the emergency signs (NHS Back pain: urgent GP or 111)', () => {
    const asked = walk(calmAnswer);
    const lastEmergency = asked.indexOf('pulsatingAbdomen');
    for (const id of [
      'painWorseOnCoughOrStrain',
      'painBetweenShoulderBlades',
      'backLumpOrShapeChange',
    ] as const) {
      expect(asked.indexOf(id), id).toBeGreaterThan(lastEmergency);
    }
  });

  it('asks about faintness and age straight after tummy pain, and not without it (NICE NG156)', () => {
    const asked = walk((id) => (id === 'abdominalPain' ? true : calmAnswer(id)));
    const at = asked.indexOf('abdominalPain');
    expect(asked.slice(at + 1, at + 4).sort()).toEqual(
      ['ageYears', 'feelingFaint', 'pulsatingAbdomen'].sort(),
    );
    expect(walk(calmAnswer)).not.toContain('feelingFaint');
  });

  it('does not ask chest and tummy again when an older client sent its one answer', () => {
    const asked = walk(calmAnswer, { chestOrAbdominalPain: false });
    expect(asked).not.toContain('chestPain');
    expect(asked).not.toContain('abdominalPain');
    expect(asked).toContain('pulsatingAbdomen');
  });

  it('a calm walk ends in self-care after asking the questions that matter', () => {
    const answers: Record<string, unknown> = {};
    for (const id of walk(calmAnswer)) answers[id] = calmAnswer(id);
    const result = evaluate(answers);
    expect(result.complete).toBe(true);
    expect(result.disposition).toBe('self_care');
    expect(result.reasons[0]?.finding).toBe('no-warning-signs');
  });

  it('stops at once on an emergency answer', () => {
    expect(walk((id) => (id === 'saddleNumbness' ? true : calmAnswer(id)))).toEqual([
      'saddleNumbness',
    ]);
    expect(nextQuestion({ newBladderOrBowelProblem: 'unsure' })).toBeUndefined();
  });

  it('asks about injected drugs or low immunity straight after a fever', () => {
    const asked = walk((id) => (id === 'fever' ? true : calmAnswer(id)));
    expect(asked[asked.indexOf('fever') + 1]).toBe('ivDrugUseOrImmunosuppressed');
  });

  it('asks about walking and leg symptoms straight after past cancer (NICE CG75, NG234)', () => {
    const asked = walk((id) => (id === 'historyOfCancer' ? true : calmAnswer(id)));
    const after = asked.slice(
      asked.indexOf('historyOfCancer') + 1,
      asked.indexOf('historyOfCancer') + 4,
    );
    expect(after.sort()).toEqual(['canWalk', 'legNumbnessOrTingling', 'painBelowKnee']);
  });

  it('after a minor fall, asks the age as soon as the emergency signs are done', () => {
    const asked = walk((id) => (id === 'onsetAfterTrauma' ? 'minor' : calmAnswer(id)));
    expect(asked[asked.indexOf('pulsatingAbdomen') + 1]).toBe('ageYears');
    expect(asked.indexOf('ageYears')).toBeLessThan(asked.indexOf('fever'));
  });

  it('asks about a throbbing tummy only after the tummy question', () => {
    expect(nextQuestion({ saddleNumbness: false })?.id).not.toBe('pulsatingAbdomen');
    const asked = walk(calmAnswer);
    expect(asked.indexOf('pulsatingAbdomen')).toBe(asked.indexOf('abdominalPain') + 1);
  });

  it('still asks about a throbbing tummy when the tummy question is not worth asking', () => {
    // Already urgent, under 60, faintness denied in the person's own words: tummy pain alone
    // could change nothing, so it is not asked, but a throbbing tummy is an emergency on its own.
    const start: Answers = { ageYears: 40, feelingFaint: false, nightPainUnrelievedByRest: true };
    const asked = walk(calmAnswer, start);
    expect(asked).not.toContain('abdominalPain');
    expect(asked).toContain('pulsatingAbdomen');
    const answers: Record<string, unknown> = { ...start, pulsatingAbdomen: true };
    for (const id of asked) answers[id] ??= calmAnswer(id);
    expect(evaluate(answers).disposition).toBe('emergency');
  });

  it('once the result is urgent, skips questions that can only give soon', () => {
    const asked = walk((id) => (id === 'unexplainedWeightLoss' ? true : calmAnswer(id)));
    for (const id of [
      'trend',
      'painNow0to10',
      'priorEpisodes',
      'durationDays',
      'pregnant',
    ] as const) {
      expect(asked).not.toContain(id);
    }
    // Combinations that would still make it an emergency are asked.
    expect(asked).toContain('fever');
    expect(asked).toContain('historyOfCancer');
  });

  it('once the result is soon, skips the remaining soon questions', () => {
    const asked = walk((id) => (id === 'ageYears' ? 60 : calmAnswer(id)));
    expect(asked.at(-1)).toBe('ageYears');
  });

  it('asks how it is going when a week or more of pain could be self-care or soon', () => {
    const asked = walk((id) => (id === 'durationDays' ? 10 : calmAnswer(id)));
    expect(asked).toContain('trend');
  });

  it('never asks a question that has been answered', () => {
    const start: Answers = { saddleNumbness: false, fever: false, ageYears: 40 };
    const asked = walk(calmAnswer, start);
    for (const key of Object.keys(start)) expect(asked).not.toContain(key);
  });
});
