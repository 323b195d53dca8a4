import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contentById } from '../content/index.js';
import { painScore } from '../units.js';
import type { Answers } from './answers.js';
import { parseAnswers } from './answers.schema.js';
import { DISPOSITIONS } from './dispositions.js';
import { callNumbers, EMERGENCY_NUMBERS, emergencyNumber } from './emergency-numbers.js';
import { evaluate } from './engine.js';
import { QUESTIONS } from './questions.js';
import { RULES } from './rules.js';

// /work/main and /work/shared are siblings here, and CI puts shared/ beside the clone too.
const DEV_URL = new URL('../../../../shared/vignettes/dev.json', import.meta.url);

const Vignette = z.object({
  id: z.string(),
  findings: z.record(z.string(), z.unknown()),
  gold: z.enum(DISPOSITIONS),
});

const devCases = existsSync(DEV_URL)
  ? z.array(Vignette).parse(JSON.parse(readFileSync(DEV_URL, 'utf8')))
  : undefined;

/** A case with no worrying findings: a young adult, two days in, improving. */
const calm = (extra: Answers = {}): Answers => ({
  ageYears: 30,
  durationDays: 2,
  painNow0to10: painScore(4),
  trend: 'better',
  ...extra,
});

describe('the dev vignettes', () => {
  it('are present beside the repository', () => {
    expect(
      devCases,
      `Missing ${fileURLToPath(DEV_URL)}: the shared/ folder with the triage vignettes must sit beside the clone.`,
    ).toBeDefined();
    expect(devCases?.length).toBe(30);
  });

  it.each(devCases ?? [])('$id gives its gold disposition ($gold)', (vignette) => {
    const parsed = parseAnswers(vignette.findings);
    if (!parsed.ok) throw new Error(`${vignette.id}: ${JSON.stringify(parsed.errors)}`);
    expect(evaluate(parsed.answers).disposition).toBe(vignette.gold);
  });
});

describe('evaluate', () => {
  it('a progressive leg weakness makes any case an emergency', () => {
    expect(evaluate(calm({ legWeakness: 'progressive' })).disposition).toBe('emergency');
    expect(
      evaluate({ legWeakness: 'progressive', trend: 'better', painNow0to10: painScore(1) })
        .disposition,
    ).toBe('emergency');
  });

  it('a leg weakness that is not getting worse needs a doctor today', () => {
    expect(evaluate(calm({ legWeakness: 'stable', painBelowKnee: true })).disposition).toBe(
      'urgent',
    );
  });

  it('improving pain never cancels a red flag', () => {
    expect(evaluate(calm({ fever: true, painNow0to10: painScore(1) })).disposition).toBe('urgent');
    expect(evaluate(calm({ saddleNumbness: true, painNow0to10: painScore(1) })).disposition).toBe(
      'emergency',
    );
    expect(evaluate(calm({ ageYears: 60, durationDays: 30 })).disposition).toBe('soon');
  });

  it('several mild findings still give soon', () => {
    const many = {
      ageYears: 55,
      durationDays: 400,
      painNow0to10: painScore(9),
      trend: 'worse',
      painBelowKnee: true,
      legNumbnessOrTingling: true,
      priorEpisodes: 6,
      selfCareTriedDays: 30,
      pregnant: true,
    } as const;
    expect(evaluate(many).disposition).toBe('soon');
    expect(evaluate(many).reasons.length).toBeGreaterThan(5);
  });

  it('no worrying finding gives self-care, with the reason and its sources', () => {
    const result = evaluate(calm());
    expect(result.disposition).toBe('self_care');
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]?.finding).toBe('no-warning-signs');
    expect(result.reasons[0]?.source).toMatch(/ACP 2017/);
    expect(result.reasons[0]?.source).toMatch(/NG59/);
    expect(result.reasons[0]?.source).toMatch(/NHS/);
  });

  it('not sure on saddle numbness counts as yes, and the reason says so', () => {
    const result = evaluate(calm({ saddleNumbness: 'unsure' }));
    expect(result.disposition).toBe('emergency');
    expect(result.reasons[0]?.text).toMatch(/not sure .* so we treat it as a yes to be safe/);
  });

  it('a result resting on "Not sure" says so first and assumes no finding the person did not state', () => {
    const result = evaluate(
      calm({
        historyOfCancer: 'unsure',
        unexplainedWeightLoss: 'unsure',
        legNumbnessOrTingling: 'unsure',
      }),
    );
    expect(result.disposition).toBe('emergency');
    const unsureReasons = result.reasons.filter((r) => /not sure/.test(r.text));
    expect(unsureReasons.length).toBeGreaterThan(0);
    for (const reason of unsureReasons) {
      expect(reason.text).toMatch(/^You were not sure /);
      expect(reason.text).toMatch(/ Read that way: [a-z]/);
    }
    // "If your cancer team gave you a number…" assumes a cancer the person did not state.
    expect(result.actions.map((a) => a.id)).not.toContain('call-cancer-team');
    expect(result.actions.map((a) => a.text).join(' ')).not.toMatch(/cancer team/);
  });

  it('offers the cancer team action when the person said they have had cancer', () => {
    const result = evaluate(calm({ historyOfCancer: true, legNumbnessOrTingling: true }));
    expect(result.actions.map((a) => a.id)).toContain('call-cancer-team');
    expect(result.reasons[0]?.text).not.toMatch(/not sure/);
  });

  it('not sure whether you can walk counts as cannot walk', () => {
    const result = evaluate(calm({ canWalk: 'unsure' }));
    expect(result.disposition).toBe('urgent');
    expect(result.reasons[0]?.text).toMatch(/treat it as a no to be safe/);
  });

  it('not sure about leg weakness or how serious an accident was counts as the emergency reading', () => {
    expect(evaluate(calm({ legWeakness: 'unsure' })).disposition).toBe('emergency');
    expect(evaluate(calm({ onsetAfterTrauma: 'unsure' })).disposition).toBe('emergency');
  });

  it('pregnancy alone does not escalate, but a week or more of pain does', () => {
    expect(evaluate(calm({ pregnant: true })).disposition).toBe('self_care');
    expect(evaluate(calm({ pregnant: true, durationDays: 8 })).disposition).toBe('soon');
    expect(evaluate(calm({ pregnant: true, painNow0to10: painScore(7) })).disposition).toBe('soon');
  });

  it('a minor fall is a reason for a doctor today only at 70 or over or with fragile bones', () => {
    expect(evaluate(calm({ onsetAfterTrauma: 'minor' })).disposition).toBe('self_care');
    expect(evaluate(calm({ onsetAfterTrauma: 'minor', ageYears: 70 })).disposition).toBe('urgent');
    expect(
      evaluate(calm({ onsetAfterTrauma: 'minor', osteoporosisOrLongTermSteroids: true }))
        .disposition,
    ).toBe('urgent');
    expect(evaluate(calm({ onsetAfterTrauma: 'major' })).disposition).toBe('emergency');
  });

  it('a fever needs a doctor today, and an emergency with injected drugs, low immunity or leg weakness', () => {
    expect(evaluate(calm({ fever: true })).disposition).toBe('urgent');
    expect(evaluate(calm({ ivDrugUseOrImmunosuppressed: true })).disposition).toBe('urgent');
    expect(evaluate(calm({ fever: true, ivDrugUseOrImmunosuppressed: true })).disposition).toBe(
      'emergency',
    );
    expect(evaluate(calm({ fever: true, legWeakness: 'stable' })).disposition).toBe('emergency');
  });

  it('past cancer needs a doctor today, and an emergency with any new leg symptom', () => {
    expect(evaluate(calm({ historyOfCancer: true })).disposition).toBe('urgent');
    for (const leg of [
      { legWeakness: 'stable' },
      { legNumbnessOrTingling: true },
      { painBelowKnee: true },
      { bilateralLegSymptoms: true },
    ] as const) {
      expect(evaluate(calm({ historyOfCancer: true, ...leg })).disposition).toBe('emergency');
    }
  });

  it('chest or tummy pain in one answer (older clients), or a throbbing tummy, with back pain is an emergency', () => {
    expect(evaluate(calm({ chestOrAbdominalPain: true })).disposition).toBe('emergency');
    expect(evaluate(calm({ chestOrAbdominalPain: 'unsure' })).disposition).toBe('emergency');
    expect(evaluate(calm({ pulsatingAbdomen: true })).disposition).toBe('emergency');
  });

  it('past cancer and not being able to walk is an emergency (NICE CG75: difficulty in walking is an oncological emergency; NG234)', () => {
    const result = evaluate(calm({ historyOfCancer: true, canWalk: false }));
    expect(result.disposition).toBe('emergency');
    expect(result.reasons[0]?.finding).toBe('cancer-cannot-walk');
    expect(result.reasons[0]?.source).toMatch(/CG75/);
    expect(result.actions.map((a) => a.id)).toContain('call-cancer-team');
    // Either alone stays urgent.
    expect(evaluate(calm({ historyOfCancer: true, canWalk: true })).disposition).toBe('urgent');
    expect(evaluate(calm({ historyOfCancer: false, canWalk: false })).disposition).toBe('urgent');
  });

  it('chest pain with back pain is an emergency (NHS Back pain)', () => {
    expect(evaluate(calm({ chestPain: true })).disposition).toBe('emergency');
    expect(evaluate(calm({ chestPain: true, ageYears: 25 })).reasons[0]?.source).toMatch(/NHS/);
  });

  it('tummy pain is an emergency at 60 or over, or with a throbbing tummy or faintness (NICE NG156)', () => {
    for (const extra of [
      { ageYears: 60 },
      { ageYears: 82 },
      { pulsatingAbdomen: true },
      { feelingFaint: true },
    ] as const) {
      const result = evaluate(calm({ abdominalPain: true, ...extra }));
      expect(result.disposition, JSON.stringify(extra)).toBe('emergency');
      expect(result.reasons[0]?.source).toMatch(/NG156/);
    }
  });

  it('tummy pain otherwise needs a doctor today, the safer reading (NHS Back pain; NICE NG156)', () => {
    const result = evaluate(calm({ abdominalPain: true, ageYears: 59, feelingFaint: false }));
    expect(result.disposition).toBe('urgent');
    expect(result.reasons[0]?.finding).toBe('tummy-pain');
    expect(evaluate(calm({ abdominalPain: false, feelingFaint: true })).disposition).toBe(
      'self_care',
    );
  });

  it('pain made worse by coughing, sneezing or opening the bowels needs a doctor today (NHS Back pain; NICE CG75)', () => {
    const result = evaluate(calm({ painWorseOnCoughOrStrain: true }));
    expect(result.disposition).toBe('urgent');
    expect(result.reasons[0]?.source).toMatch(/NHS Back pain/);
  });

  it('pain between the shoulder blades needs a doctor today (NHS Back pain; NICE CG75 thoracic pain)', () => {
    expect(evaluate(calm({ painBetweenShoulderBlades: true })).disposition).toBe('urgent');
  });

  it('a lump, swelling or change in the shape of the back needs a doctor today (NHS Back pain)', () => {
    expect(evaluate(calm({ backLumpOrShapeChange: true })).disposition).toBe('urgent');
    expect(evaluate(calm({ backLumpOrShapeChange: 'unsure' })).disposition).toBe('urgent');
  });

  it('a spasm that started with a cough is not pain made worse by coughing: the question says so', () => {
    const question = QUESTIONS.find((q) => q.id === 'painWorseOnCoughOrStrain');
    expect(question?.explain).toMatch(/started with a cough or a sneeze/);
    expect(question?.group).toBe('urgent');
  });

  it('asks about night pain as the rule reads: not easing whatever the position, not waking on turning over', () => {
    const question = QUESTIONS.find((q) => q.id === 'nightPainUnrelievedByRest');
    expect(question?.text).toMatch(/whatever position/);
    expect(question?.explain).toMatch(/turn over/);
    expect(RULES.find((r) => r.id === 'night-pain')?.reason).toMatch(/whatever position/);
    expect(RULES.find((r) => r.id === 'night-pain')?.reason).not.toMatch(/wakes you/);
  });

  it("asks about the bladder, bowels and sex in lay words (NHS trusts' cauda equina warning cards)", () => {
    const question = QUESTIONS.find((q) => q.id === 'newBladderOrBowelProblem');
    const words = [question?.text, ...(question?.examples ?? [])].join(' ');
    expect(words).toMatch(/feel when your bladder is full or empty/);
    expect(words).toMatch(/no feeling when you pee or poo/i);
    expect(words).toMatch(/erection or ejaculating/);
    expect(RULES.find((r) => r.id === 'bladder-or-bowel')?.source).toMatch(/warning cards/);
  });

  it('uses the table boundaries for age, length of pain and episodes', () => {
    expect(evaluate(calm({ ageYears: 50 })).disposition).toBe('self_care');
    expect(evaluate(calm({ ageYears: 51 })).disposition).toBe('soon');
    expect(evaluate(calm({ ageYears: 20 })).disposition).toBe('self_care');
    expect(evaluate(calm({ ageYears: 19 })).disposition).toBe('soon');
    expect(evaluate(calm({ durationDays: 42 })).disposition).toBe('self_care');
    expect(evaluate(calm({ durationDays: 43 })).disposition).toBe('soon');
    expect(evaluate(calm({ priorEpisodes: 2 })).disposition).toBe('self_care');
    expect(evaluate(calm({ priorEpisodes: 3 })).disposition).toBe('soon');
  });

  it('a week or more without improving, severe pain not easing or getting worse gives soon', () => {
    expect(evaluate(calm({ durationDays: 7, trend: 'same' })).disposition).toBe('soon');
    expect(evaluate(calm({ durationDays: 7 })).disposition).toBe('self_care');
    expect(evaluate({ ageYears: 30, durationDays: 9 }).disposition).toBe('soon');
    expect(evaluate(calm({ painNow0to10: painScore(8), trend: 'same' })).disposition).toBe('soon');
    expect(evaluate(calm({ painNow0to10: painScore(9) })).disposition).toBe('self_care');
    expect(evaluate(calm({ trend: 'worse' })).disposition).toBe('soon');
  });

  it('pain below the knee or tingling in one leg gives soon', () => {
    expect(evaluate(calm({ painBelowKnee: true })).disposition).toBe('soon');
    expect(evaluate(calm({ legNumbnessOrTingling: true })).disposition).toBe('soon');
    expect(evaluate(calm({ painBelowKnee: false, legNumbnessOrTingling: false })).disposition).toBe(
      'self_care',
    );
  });

  it('lists reasons from the most urgent down, each with a source', () => {
    const result = evaluate(calm({ fever: true, trend: 'worse', saddleNumbness: true }));
    expect(result.reasons.map((r) => r.disposition)).toEqual(['emergency', 'urgent', 'soon']);
    for (const reason of result.reasons) expect(reason.source.length).toBeGreaterThan(3);
  });
});

describe('the emergency result', () => {
  it('ends the check at once, with no next question', () => {
    const result = evaluate({ saddleNumbness: true });
    expect(result.complete).toBe(true);
    expect(result.nextQuestion).toBeUndefined();
    expect(result.progress).toEqual({ answered: 1, remaining: 0 });
  });

  it('says to call the emergency number and not to drive, naming the number for the region', () => {
    const plain = evaluate({ bilateralLegSymptoms: true });
    expect(plain.actions.map((a) => a.id).slice(0, 2)).toEqual(['call-emergency', 'do-not-drive']);
    // With no region set, the action still gives numbers a person can dial.
    expect(plain.actions[0]?.text).toMatch(/999 in the UK, 911 in the US and Canada, 112/);
    expect(evaluate({ bilateralLegSymptoms: true }, { region: 'UK' }).actions[0]?.text).toMatch(
      /Call 999 now/,
    );
    expect(evaluate({ bilateralLegSymptoms: true }, { region: 'AU' }).actions[0]?.text).toMatch(
      /Call 000 now/,
    );
  });

  it('adds the cancer team to call when past cancer is a reason', () => {
    const result = evaluate({ historyOfCancer: true, legNumbnessOrTingling: true });
    expect(result.actions.map((a) => a.id)).toContain('call-cancer-team');
  });
});

describe('emergency numbers', () => {
  it('has at least 911, 112, 999 and 000', () => {
    expect(EMERGENCY_NUMBERS).toMatchObject({ US: '911', EU: '112', UK: '999', AU: '000' });
    expect(emergencyNumber('US')).toBe('911');
  });

  it('offers the main numbers as separate buttons when the region is unknown, not 112 alone (112 is not answered on every North American network)', () => {
    expect(callNumbers('US')).toEqual([{ number: '911', where: 'United States' }]);
    for (const unknown of [undefined, 'XX']) {
      expect(callNumbers(unknown).map((c) => c.number)).toEqual(['999', '911', '112', '000']);
    }
  });
});

describe('words', () => {
  const samples: Answers[] = [
    {},
    calm(),
    calm({ trend: 'worse' }),
    calm({ fever: true, historyOfCancer: true, osteoporosisOrLongTermSteroids: 'unsure' }),
    calm({
      saddleNumbness: true,
      newBladderOrBowelProblem: true,
      chestOrAbdominalPain: true,
      pulsatingAbdomen: true,
      onsetAfterTrauma: 'major',
      legWeakness: 'progressive',
      historyOfCancer: true,
      painBelowKnee: true,
    }),
  ];

  it('never name a disease the person has', () => {
    const diagnosis =
      /you have (a |an )?[a-z]*|cauda equina|aneurysm|fracture|abscess|infection|metasta|sciatica|tumou?r|disc/i;
    for (const answers of samples) {
      const result = evaluate(answers);
      const words = [
        ...result.reasons.map((r) => r.text),
        ...result.actions.map((a) => a.text),
        ...result.safetyNet,
      ];
      for (const line of words) expect(line).not.toMatch(diagnosis);
    }
  });

  it('never give a dose', () => {
    for (const answers of samples) {
      for (const action of evaluate(answers).actions) {
        expect(action.text).not.toMatch(/\d+\s*(mg|milligram|tablet|pill|times a day)/i);
      }
    }
  });

  it('link only to content that exists or to an app route', () => {
    for (const answers of samples) {
      for (const action of evaluate(answers).actions) {
        if (action.link === undefined) continue;
        const ok = action.link.startsWith('/') || contentById(action.link) !== undefined;
        expect(ok, action.link).toBe(true);
      }
    }
  });
});
