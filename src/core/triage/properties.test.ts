import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { painScore } from '../units.js';
import type { AnswerKey, Answers } from './answers.js';
import { parseAnswers } from './answers.schema.js';
import { DISPOSITIONS, type Disposition, dispositionRank, mostUrgent } from './dispositions.js';
import { evaluate } from './engine.js';
import { ANSWER_KEYS, CAUTIOUS_READING, resolveAnswers, type UnsureKey } from './findings.js';
import { nextQuestion, settledDisposition } from './questions.js';
import { RULES, ruleApplies } from './rules.js';

const RUNS = { numRuns: 1000 };

const yesNo = fc.constantFrom(true, false, 'unsure' as const);
const days = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 36500 }));

type ValueArbs = { [K in AnswerKey]-?: fc.Arbitrary<Exclude<Answers[K], undefined>> };

const VALUES: ValueArbs = {
  ageYears: fc.integer({ min: 0, max: 120 }),
  pregnant: yesNo,
  durationDays: days,
  painNow0to10: fc.integer({ min: 0, max: 10 }).map(painScore),
  trend: fc.constantFrom('better', 'same', 'worse'),
  canWalk: yesNo,
  fever: yesNo,
  newBladderOrBowelProblem: yesNo,
  saddleNumbness: yesNo,
  ivDrugUseOrImmunosuppressed: yesNo,
  nightPainUnrelievedByRest: yesNo,
  selfCareTriedDays: days,
  legNumbnessOrTingling: yesNo,
  painBelowKnee: yesNo,
  onsetAfterTrauma: fc.constantFrom('none', 'minor', 'major', 'unsure'),
  osteoporosisOrLongTermSteroids: yesNo,
  legWeakness: fc.constantFrom('none', 'stable', 'progressive', 'unsure'),
  historyOfCancer: yesNo,
  priorEpisodes: fc.integer({ min: 0, max: 365 }),
  unexplainedWeightLoss: yesNo,
  bilateralLegSymptoms: yesNo,
  chestOrAbdominalPain: yesNo,
  pulsatingAbdomen: yesNo,
  chestPain: yesNo,
  abdominalPain: yesNo,
  feelingFaint: yesNo,
  painWorseOnCoughOrStrain: yesNo,
  painBetweenShoulderBlades: yesNo,
  backLumpOrShapeChange: yesNo,
};

/** Any valid answers, each key present or not. */
const anyAnswers: fc.Arbitrary<Answers> = fc.record(VALUES, { requiredKeys: [] });
/** A value for every key: the answers a person would give if asked everything. */
const fullAnswers: fc.Arbitrary<Required<Answers>> = fc.record(VALUES);

/** The answers of someone with a simple spasm, with room around the borders of the rules. */
const CALM: ValueArbs = {
  ageYears: fc.integer({ min: 0, max: 120 }),
  pregnant: fc.boolean(),
  durationDays: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 50 })),
  painNow0to10: fc
    .oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 9 }))
    .map(painScore),
  trend: fc.constantFrom('better', 'better', 'same'),
  canWalk: fc.constant(true),
  fever: fc.constant(false),
  newBladderOrBowelProblem: fc.constant(false),
  saddleNumbness: fc.constant(false),
  ivDrugUseOrImmunosuppressed: fc.constant(false),
  nightPainUnrelievedByRest: fc.constant(false),
  selfCareTriedDays: fc.integer({ min: 0, max: 10 }),
  legNumbnessOrTingling: fc.constant(false),
  painBelowKnee: fc.constant(false),
  onsetAfterTrauma: fc.constantFrom('none', 'minor'),
  osteoporosisOrLongTermSteroids: fc.constant(false),
  legWeakness: fc.constant('none'),
  historyOfCancer: fc.constant(false),
  priorEpisodes: fc.integer({ min: 0, max: 4 }),
  unexplainedWeightLoss: fc.constant(false),
  bilateralLegSymptoms: fc.constant(false),
  chestOrAbdominalPain: fc.constant(false),
  pulsatingAbdomen: fc.constant(false),
  chestPain: fc.constant(false),
  abdominalPain: fc.constant(false),
  feelingFaint: fc.boolean(),
  painWorseOnCoughOrStrain: fc.constant(false),
  painBetweenShoulderBlades: fc.constant(false),
  backLumpOrShapeChange: fc.constant(false),
};

function mostlyCalm<K extends AnswerKey>(key: K): ValueArbs[K] {
  return fc.oneof(
    { arbitrary: CALM[key], weight: 12 },
    { arbitrary: VALUES[key], weight: 1 },
  ) as ValueArbs[K];
}

/**
 * Mostly calm answers, so the less urgent results (where a wrong rule shows) come up often. Random
 * answers alone nearly always hold some emergency sign.
 */
const mostlyCalmValues = Object.fromEntries(
  ANSWER_KEYS.map((key) => [key, mostlyCalm(key)]),
) as unknown as ValueArbs;
const mostlyCalmAnswers: fc.Arbitrary<Answers> = fc.record(mostlyCalmValues, { requiredKeys: [] });
const mostlyCalmReplies: fc.Arbitrary<Required<Answers>> = fc.record(mostlyCalmValues);

const calmAnswers: fc.Arbitrary<Answers> = fc.record(CALM, { requiredKeys: [] });
const calmReplies: fc.Arbitrary<Required<Answers>> = fc.record(CALM);

const someAnswers: fc.Arbitrary<Answers> = fc.oneof(
  anyAnswers,
  mostlyCalmAnswers,
  calmAnswers,
  fc.constant({}),
);
const someReplies = fc.oneof(fullAnswers, mostlyCalmReplies, calmReplies);

const rank = (d: Disposition) => dispositionRank(d);
const level = (answers: Answers) => rank(evaluate(answers).disposition);

function withAnswer(answers: Answers, key: AnswerKey, value: unknown): Answers {
  const next: Record<string, unknown> = { ...answers };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as Answers;
}

/**
 * How worrying an answer is, per key, where "more worrying" has a defined direction: yes (or not
 * sure) over no, cannot walk over can walk, worse over same over better, progressive over stable
 * over none, major over minor over none, and larger numbers. An unanswered key ranks with the calm
 * answer (for trend, with "same": the rules read an unknown trend as not improving).
 */
function worry(key: Exclude<AnswerKey, 'ageYears'>, value: unknown): number {
  switch (key) {
    case 'canWalk':
      return value === false || value === 'unsure' ? 1 : 0;
    case 'trend':
      return value === 'better' ? 0 : value === 'worse' ? 2 : 1;
    case 'legWeakness':
    case 'onsetAfterTrauma':
      return value === 'progressive' || value === 'major' || value === 'unsure'
        ? 2
        : value === 'stable' || value === 'minor'
          ? 1
          : 0;
    case 'durationDays':
    case 'painNow0to10':
    case 'selfCareTriedDays':
    case 'priorEpisodes':
      return typeof value === 'number' ? value : -1;
    default:
      return value === true || value === 'unsure' ? 1 : 0;
  }
}

/**
 * Whether `b` is at least as worrying as `a`. Age has no single direction (under 20 and over 50
 * both call for a check), so it worsens moving away from the calm years: upwards from 20 and over,
 * downwards under 20; any known age is at least as worrying as an unknown one.
 */
function atLeastAsWorrying(key: AnswerKey, a: unknown, b: unknown): boolean {
  if (key !== 'ageYears') return worry(key, b) >= worry(key, a);
  if (typeof a !== 'number') return true;
  if (typeof b !== 'number') return false;
  return a >= 20 ? b >= a : b <= a;
}

/** One answers object that makes each emergency rule apply. */
const EMERGENCY_FINDINGS: Answers[] = [
  { saddleNumbness: true },
  { saddleNumbness: 'unsure' },
  { newBladderOrBowelProblem: true },
  { bilateralLegSymptoms: true },
  { legWeakness: 'progressive' },
  { legWeakness: 'unsure' },
  { onsetAfterTrauma: 'major' },
  { onsetAfterTrauma: 'unsure' },
  { chestOrAbdominalPain: true },
  { chestPain: true },
  { chestPain: 'unsure' },
  { abdominalPain: true, ageYears: 75 },
  { abdominalPain: 'unsure', ageYears: 60 },
  { abdominalPain: true, feelingFaint: true },
  { abdominalPain: true, feelingFaint: 'unsure' },
  { pulsatingAbdomen: true },
  { historyOfCancer: true, canWalk: false },
  { historyOfCancer: 'unsure', canWalk: 'unsure' },
  { fever: true, ivDrugUseOrImmunosuppressed: true },
  { fever: 'unsure', ivDrugUseOrImmunosuppressed: true },
  { fever: true, legWeakness: 'stable' },
  { historyOfCancer: true, legWeakness: 'stable' },
  { historyOfCancer: true, legNumbnessOrTingling: true },
  { historyOfCancer: true, painBelowKnee: 'unsure' },
];

describe('triage properties', () => {
  it('generated answers are valid answers', () => {
    fc.assert(
      fc.property(someAnswers, (answers) => parseAnswers(answers).ok),
      RUNS,
    );
  });

  it('adding a worrying finding never lowers the disposition', () => {
    const change = fc
      .tuple(someAnswers, fc.constantFrom(...ANSWER_KEYS))
      .chain(([answers, key]) =>
        fc.tuple(
          fc.constant(answers),
          fc.constant(key),
          fc.option(VALUES[key] as fc.Arbitrary<unknown>, { nil: undefined }),
        ),
      );
    fc.assert(
      fc.property(change, ([answers, key, value]) => {
        const before = level(answers);
        const after = level(withAnswer(answers, key, value));
        if (atLeastAsWorrying(key, answers[key], value))
          expect(after).toBeGreaterThanOrEqual(before);
        if (atLeastAsWorrying(key, value, answers[key]))
          expect(before).toBeGreaterThanOrEqual(after);
      }),
      { numRuns: 10_000 },
    );
  });

  it('every disposition is reachable', () => {
    const seen = new Set(fc.sample(mostlyCalmAnswers, 2000).map((a) => evaluate(a).disposition));
    expect([...seen].sort()).toEqual([...DISPOSITIONS].sort());
  });

  it('the emergency witnesses cover every emergency rule', () => {
    for (const rule of RULES.filter((r) => r.disposition === 'emergency')) {
      const covered = EMERGENCY_FINDINGS.some((f) => ruleApplies(rule, resolveAnswers(f).values));
      expect(covered, rule.id).toBe(true);
    }
  });

  it('any emergency finding gives emergency whatever else is answered, and ends the check', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...EMERGENCY_FINDINGS), (answers, finding) => {
        const result = evaluate({ ...answers, ...finding });
        expect(result.disposition).toBe('emergency');
        expect(result.complete).toBe(true);
        expect(result.nextQuestion).toBeUndefined();
        const ids = result.actions.map((a) => a.id);
        expect(ids).toContain('call-emergency');
        expect(ids).toContain('do-not-drive');
      }),
      RUNS,
    );
  });

  it('every result has a reason and a safety-net line, and its disposition is the most urgent reason', () => {
    fc.assert(
      fc.property(someAnswers, (answers) => {
        const result = evaluate(answers);
        expect(result.reasons.length).toBeGreaterThanOrEqual(1);
        expect(result.safetyNet.length).toBeGreaterThanOrEqual(1);
        expect(result.actions.length).toBeGreaterThanOrEqual(1);
        for (const reason of result.reasons) {
          expect(reason.text).not.toBe('');
          expect(reason.source).not.toBe('');
        }
        expect(mostUrgent(...result.reasons.map((r) => r.disposition))).toBe(result.disposition);
        expect(result.complete).toBe(result.nextQuestion === undefined);
      }),
      RUNS,
    );
  });

  it("'unsure' is never less urgent than yes nor than no (nor any other answer)", () => {
    const unsureKeys = Object.keys(CAUTIOUS_READING) as UnsureKey[];
    fc.assert(
      fc.property(someAnswers, fc.constantFrom(...unsureKeys), (answers, key) => {
        const unsure = level(withAnswer(answers, key, 'unsure'));
        const others =
          key === 'legWeakness'
            ? ['none', 'stable', 'progressive']
            : key === 'onsetAfterTrauma'
              ? ['none', 'minor', 'major']
              : [true, false];
        for (const value of others) {
          expect(unsure).toBeGreaterThanOrEqual(level(withAnswer(answers, key, value)));
        }
      }),
      RUNS,
    );
  });

  it('the question sequence always ends, never asks a question twice, and only asks unanswered ones', () => {
    fc.assert(
      fc.property(someAnswers, someReplies, (start, replies) => {
        const answers: Record<string, unknown> = { ...start };
        const asked = new Set<AnswerKey>();
        for (let step = 0; ; step++) {
          expect(step).toBeLessThanOrEqual(ANSWER_KEYS.length);
          const question = nextQuestion(answers);
          if (question === undefined) break;
          expect(asked.has(question.id)).toBe(false);
          expect(answers[question.id]).toBeUndefined();
          asked.add(question.id);
          answers[question.id] = replies[question.id];
        }
        expect(evaluate(answers).complete).toBe(true);
      }),
      RUNS,
    );
  });

  it('once complete, no further answer changes the disposition', () => {
    fc.assert(
      fc.property(someAnswers, someReplies, someAnswers, (start, replies, extra) => {
        const answers: Record<string, unknown> = { ...start };
        for (let q = nextQuestion(answers); q !== undefined; q = nextQuestion(answers)) {
          answers[q.id] = replies[q.id];
        }
        const done = evaluate(answers);
        expect(done.disposition).toBe(settledDisposition(answers));

        const more: Record<string, unknown> = { ...extra, ...answers };
        // The legacy key is never asked; an older client's single answer for chest or tummy pain
        // stands for both new questions, so later answers to them agree with it.
        if (answers.chestOrAbdominalPain === undefined) delete more.chestOrAbdominalPain;
        else if (answers.chestOrAbdominalPain === false) {
          more.chestPain = answers.chestPain ?? false;
          more.abdominalPain = answers.abdominalPain ?? false;
        }
        // Days of self-care cannot be more than days of pain; the flow relies on that.
        const duration = more.durationDays;
        const selfCare = more.selfCareTriedDays;
        if (typeof duration === 'number' && typeof selfCare === 'number' && selfCare > duration) {
          if (answers.durationDays === undefined) more.durationDays = selfCare;
          else if (answers.selfCareTriedDays === undefined) more.selfCareTriedDays = duration;
        }
        expect(evaluate(more).disposition).toBe(done.disposition);
      }),
      RUNS,
    );
  });
});
