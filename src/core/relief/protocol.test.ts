/**
 * The spasm protocol is safe and complete: stopping, then the emergency questions before anything
 * else; timers within their limits and lengthenable; every step sourced and skippable; gentle
 * movement only from acute-phase exercises; medicine facts without a single amount; the next days
 * following the guideline; and the words our own.
 */
import { describe, expect, it } from 'vitest';
import { readSeeds, SEEDS_DIR } from '../../../test/seeds.js';
import { contentById } from '../content/index.js';
import { sourceLabel } from '../content/sources.js';
import { sessionSeconds, timed } from '../exercises/dose.js';
import { ILLUSTRATION_IDS } from '../figure/exercises.js';
import { evaluate } from '../triage/index.js';
import { QUESTIONS } from '../triage/questions.js';
import { breathSeconds } from './breathing.js';
import { RELIEF_QUESTION_IDS, reliefProtocol, reliefStep } from './protocol.js';
import { ReliefProtocol, type ReliefStep } from './schema.js';

const STEPS = reliefProtocol();

function step<K extends ReliefStep['kind']>(id: string, kind: K): Extract<ReliefStep, { kind: K }> {
  const found = reliefStep(id);
  if (found?.kind !== kind) throw new Error(`no ${kind} step ${id}`);
  return found as Extract<ReliefStep, { kind: K }>;
}

/** Every piece of prose a step shows a person. */
function proseOf(s: ReliefStep): string[] {
  return [
    s.title,
    s.summary,
    ...s.body,
    ...s.cautions,
    s.basis ?? '',
    ...s.guidelineNotes.map((n) => n.text),
    ...s.actions.map((a) => a.label),
    ...('doneMessage' in s ? [s.doneMessage] : []),
    ...(s.kind === 'medicine'
      ? [
          ...s.askFirst,
          ...s.classes.flatMap((c) => [c.name, ...c.examples, ...c.facts, ...(c.doNotTake ?? [])]),
        ]
      : []),
  ].filter((t) => t !== '');
}

/** An amount of medicine: a weight or volume, a count of tablets, or the words for a dose. */
const AMOUNT =
  /\b\d+(?:\.\d+)?\s*(?:mg|milligrams?|micrograms?|mcg|g|grams?|ml)\b|\b(?:\d+|one|two|three|four|five|six|eight|half an?)\s+(?:tablets?|pills?|capsules?|caplets?|sachets?|spoonfuls?)\b|\bdos(?:e|es|age|ing)\b/i;

describe('the relief protocol', () => {
  it('matches its schema and survives a trip through JSON', () => {
    expect(ReliefProtocol.safeParse(STEPS).error?.issues).toBeUndefined();
    expect(JSON.parse(JSON.stringify(STEPS))).toEqual(STEPS);
  });

  it('has the steps of the issue, in order, each id once', () => {
    expect(STEPS.map((s) => s.id)).toEqual([
      'stop',
      'safety-questions',
      'massage',
      'cold',
      'heat',
      'breathing',
      'gentle-movement',
      'pain-relief',
      'next-days',
    ]);
  });

  it('asks the emergency questions before anything else except stopping', () => {
    const questions = STEPS.findIndex((s) => s.kind === 'questions');
    expect(questions).toBeGreaterThan(-1);
    expect(STEPS.slice(0, questions).map((s) => s.id)).toEqual(['stop']);
    expect(STEPS.slice(questions + 1).some((s) => s.kind === 'questions')).toBe(false);
  });

  it('opens with the position of ease, shown in both figures', () => {
    const stop = step('stop', 'info');
    expect(stop.illustrations).toEqual(['position-of-ease']);
    expect(stop.body.join(' ')).toMatch(/stop/i);
  });

  it('every step can be skipped', () => {
    expect(STEPS.every((s) => s.skippable)).toBe(true);
  });

  it('every step names its sources, each one a known seed or guideline', () => {
    for (const s of STEPS) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      for (const source of [...s.sources, ...s.guidelineNotes.flatMap((n) => n.sources)]) {
        expect(sourceLabel(source).length, s.id).toBeGreaterThan(10);
      }
      for (const note of s.guidelineNotes) {
        expect(
          note.sources.some((src) => src.type === 'guideline'),
          s.id,
        ).toBe(true);
      }
    }
  });

  it('every link opens a content item, and every figure is one the figure module draws', () => {
    for (const s of STEPS) {
      for (const id of s.links) expect(contentById(id), `${s.id} -> ${id}`).toBeDefined();
      for (const id of s.illustrations) expect(ILLUSTRATION_IDS, s.id).toContain(id);
    }
  });
});

describe('the emergency questions', () => {
  const questions = step('safety-questions', 'questions');

  it('are the triage engine’s own emergency questions, with a way into the full check', () => {
    expect(questions.questionIds).toEqual([...RELIEF_QUESTION_IDS]);
    for (const id of questions.questionIds) {
      const q = QUESTIONS.find((x) => x.id === id);
      expect(q?.group, id).toBe('emergency');
      expect(q?.input.kind, id).toBe('yes_no_unsure');
    }
    expect(questions.actions.map((a) => a.kind)).toContain('full-check');
  });

  it('a yes or a not sure to any one of them gives the emergency result', () => {
    for (const id of RELIEF_QUESTION_IDS) {
      for (const answer of [true, 'unsure'] as const) {
        expect(evaluate({ [id]: answer }).disposition, `${id}: ${answer}`).toBe('emergency');
      }
    }
  });
});

describe('timers', () => {
  const timed = STEPS.filter((s) => s.kind === 'timer' || s.kind === 'breathing');

  it('every timed step has a duration within its limits, and can be lengthened', () => {
    expect(timed.map((s) => s.id)).toEqual(['massage', 'cold', 'heat', 'breathing']);
    for (const s of timed) {
      expect(s.timer.minSeconds, s.id).toBeLessThanOrEqual(s.durationSeconds);
      expect(s.durationSeconds, s.id).toBeLessThan(s.timer.maxSeconds);
      expect(s.timer.extendBySeconds, s.id).toBeLessThanOrEqual(
        s.timer.maxSeconds - s.timer.minSeconds,
      );
      expect(s.doneMessage.length, s.id).toBeGreaterThan(5);
    }
  });

  it('cold runs 10 to 15 minutes, wrapped, never on numb or broken skin, per seed 004 and NHS/CKS', () => {
    const cold = step('cold', 'timer');
    expect(cold.durationSeconds).toBe(10 * 60);
    expect(cold.timer.maxSeconds).toBe(15 * 60);
    const text = proseOf(cold).join('\n');
    expect(text).toMatch(/cloth|towel/i);
    expect(text).toMatch(/numb/i);
    expect(text).toMatch(/broken/i);
    expect(cold.sources).toContainEqual(expect.objectContaining({ id: 'back-spasms-emergeortho' }));
    expect(
      cold.sources.some(
        (s) =>
          s.type === 'guideline' && (s.id === 'nhs-back-pain' || s.id === 'nice-cks-low-back-pain'),
      ),
    ).toBe(true);
  });

  it('heat is warm, never on numb skin, and waits for the skin to feel normal after cold (seed 004; ACP 2017)', () => {
    const heat = step('heat', 'timer');
    const text = proseOf(heat).join('\n');
    expect(text).not.toMatch(/soaked in hot water/i);
    expect(text).toMatch(/warm water/i);
    expect(text).toMatch(/pleasantly warm/i);
    expect(heat.body.join('\n')).toMatch(/cold pack[^.]*skin feels normal/i);
    expect(heat.cautions.some((c) => /^do not\b[^.]*numb/i.test(c))).toBe(true);
    expect(step('cold', 'timer').doneMessage).toMatch(/skin feels normal/i);
  });

  it('heat runs 15 to 20 minutes, comes after cold, not too hot and not while asleep', () => {
    const heat = step('heat', 'timer');
    expect(heat.durationSeconds).toBe(15 * 60);
    expect(heat.timer.maxSeconds).toBe(20 * 60);
    const text = proseOf(heat).join('\n');
    expect(text).toMatch(/not too hot|never hot/i);
    expect(text).toMatch(/asleep/i);
    expect(text).toMatch(/swap|alternat/i);
    expect(STEPS.findIndex((s) => s.id === 'heat')).toBeGreaterThan(
      STEPS.findIndex((s) => s.id === 'cold'),
    );
  });

  it('breathing has a pace the UI can animate, out longer than in, in whole breaths', () => {
    const breathing = step('breathing', 'breathing');
    expect(breathing.pace.outSeconds).toBeGreaterThan(breathing.pace.inSeconds);
    const cycle = breathSeconds(breathing.pace);
    for (const seconds of [
      breathing.durationSeconds,
      breathing.timer.minSeconds,
      breathing.timer.maxSeconds,
      breathing.timer.extendBySeconds,
    ]) {
      expect(seconds % cycle).toBe(0);
    }
  });
});

describe('gentle movement', () => {
  const session = step('gentle-movement', 'session');

  it('uses only exercises whose phases include acute', () => {
    for (const e of session.exercises) {
      const item = contentById(e.exerciseId);
      expect(item?.kind, e.exerciseId).toBe('exercise');
      expect(item?.dose?.phases, e.exerciseId).toContain('acute');
    }
  });

  it('doses each exercise within its own ranges, on each side where it is one-sided', () => {
    for (const e of session.exercises) {
      const item = contentById(e.exerciseId);
      const dose = item?.dose;
      if (dose === undefined) throw new Error(`${e.exerciseId} has no dose`);
      expect(e.holdSeconds).toBeGreaterThanOrEqual(dose.holdSeconds.min);
      expect(e.holdSeconds).toBeLessThanOrEqual(dose.holdSeconds.max);
      expect(e.reps).toBeGreaterThanOrEqual(dose.reps.min);
      expect(e.reps).toBeLessThanOrEqual(dose.reps.max);
      expect(e.sets).toBeLessThanOrEqual(dose.sets);
      expect(e.perSide, e.exerciseId).toBe(item?.exercise?.perSide);
    }
  });

  it('tells a pregnant person not to lie flat on the back for long, and what to do instead (NHS exercise in pregnancy)', () => {
    const onTheBack = session.exercises.filter(
      (e) => contentById(e.exerciseId)?.exercise?.pregnancy,
    );
    expect(onTheBack.length).toBeGreaterThan(0);
    const text = proseOf(session).join('\n');
    expect(text).toMatch(/pregnan[^.]*16 weeks[^.]*flat on your back/i);
    expect(text).toMatch(/cat-cow and child’s pose/i);
    expect(session.sources).toContainEqual(
      expect.objectContaining({ id: 'nhs-exercise-in-pregnancy' }),
    );
  });

  it('is short, and says how long the player takes to run it', () => {
    expect(session.durationSeconds).toBe(sessionSeconds(session.exercises.map(timed)));
    expect(session.durationSeconds).toBeLessThanOrEqual(10 * 60);
  });
});

describe('pain relief', () => {
  const medicine = step('pain-relief', 'medicine');

  it('no step states an amount of medicine', () => {
    const offending = STEPS.flatMap((s) => proseOf(s).filter((t) => AMOUNT.test(t)));
    expect(offending).toEqual([]);
  });

  it('the amount check catches the ways an amount is written', () => {
    for (const line of ['Take 400 mg', 'two tablets at night', 'the usual dose', '1 capsule']) {
      expect(AMOUNT.test(line), line).toBe(true);
    }
    expect(AMOUNT.test('You are under 16 or over 65.')).toBe(false);
  });

  it('names classes, says follow the label, and lists who should ask a pharmacist first (NHS ibuprofen, naproxen)', () => {
    expect(medicine.classes.map((c) => c.id)).toEqual(['nsaids', 'paracetamol']);
    expect(medicine.body.join(' ')).toMatch(/label/i);
    const askFirst = medicine.askFirst.join('\n');
    for (const who of [
      /pregnant/i,
      /stomach ulcer/i,
      /bleeding/i,
      /kidney/i,
      /liver/i,
      /heart/i,
      /stroke/i,
      /crohn/i,
      /colitis/i,
      /chickenpox/i,
      /blood thinner/i,
      /other medicines/i,
      /under 16/i,
      /over 65/i,
    ]) {
      expect(askFirst).toMatch(who);
    }
    for (const c of medicine.classes) expect(contentById(c.link)?.kind).toBe('treatment');
    for (const id of ['nhs-ibuprofen', 'nhs-naproxen'] as const) {
      expect(medicine.sources).toContainEqual(expect.objectContaining({ id }));
    }
  });

  it('NSAIDs say not to take them after a reaction to aspirin or another anti-inflammatory, in a list apart from ask-first (NHS ibuprofen, naproxen)', () => {
    const nsaids = medicine.classes.find((c) => c.id === 'nsaids');
    const doNotTake = (nsaids?.doNotTake ?? []).join('\n');
    for (const re of [
      /aspirin/i,
      /anti-inflammatory/i,
      /wheez/i,
      /asthma/i,
      /runny nose/i,
      /rash/i,
    ]) {
      expect(doNotTake).toMatch(re);
    }
    expect(medicine.askFirst.join('\n')).not.toMatch(/reacted|aspirin or another|asthma/i);
    expect(medicine.classes.find((c) => c.id === 'paracetamol')?.doNotTake).toBeUndefined();
  });

  it('a pregnant person is pointed to paracetamol, and not to NSAIDs (NHS paracetamol, ibuprofen)', () => {
    const pointer = proseOf(medicine).filter(
      (t) => /pregnan/i.test(t) && /paracetamol/i.test(t) && /usually/i.test(t),
    );
    expect(pointer.length).toBeGreaterThan(0);
    expect(pointer.join('\n')).toMatch(/midwife/i);
    const facts = (id: string) => medicine.classes.find((c) => c.id === id)?.facts.join('\n') ?? '';
    expect(facts('paracetamol')).toMatch(/pregnan/i);
    expect(facts('nsaids')).toMatch(/pregnan[^.]*paracetamol/i);
    expect(medicine.sources).toContainEqual(expect.objectContaining({ id: 'nhs-paracetamol' }));
  });

  it('says the articles list acetaminophen among several options, never first (seeds 001, 003)', () => {
    const first = proseOf(medicine).filter((t) =>
      t.split(/[.:;]/).some((s) => /acetaminophen/i.test(s) && /\bfirst\b/i.test(s)),
    );
    expect(first).toEqual([]);
    expect(medicine.guidelineNotes.map((n) => n.text).join('\n')).toMatch(
      /acetaminophen[^.]*among/i,
    );
  });

  it('follows NG59 on paracetamol alone, and says so', () => {
    expect(
      medicine.guidelineNotes.some(
        (n) =>
          /paracetamol/i.test(n.text) &&
          n.sources.some((s) => s.type === 'guideline' && s.id === 'nice-ng59'),
      ),
    ).toBe(true);
  });
});

describe('the next days', () => {
  const next = step('next-days', 'info');

  it('keeps gently active, avoids strenuous work, and checks again after a few days', () => {
    const text = next.body.join('\n');
    expect(text).toMatch(/active|moving/i);
    expect(text).toMatch(/heavy lifting/i);
    expect(text).toMatch(/few days/i);
    expect(next.actions.map((a) => a.kind)).toContain('full-check');
  });

  it('follows NG59 over the seed that advises rest, and says so', () => {
    const note = next.guidelineNotes.find((n) => /rest/i.test(n.text));
    expect(note?.sources).toContainEqual(expect.objectContaining({ id: 'nice-ng59' }));
    expect(next.sources).toContainEqual(
      expect.objectContaining({ id: 'relieve-intense-back-spasms' }),
    );
  });

  it('is the last step', () => {
    expect(STEPS.at(-1)?.id).toBe('next-days');
  });
});

const RUN = 8;
function runs(text: string): string[] {
  const w = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((x) => x !== '');
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}

describe('our words', () => {
  it.skipIf(SEEDS_DIR === undefined)(
    'no step repeats eight words in a row from a seed sentence',
    () => {
      const seedRuns = new Set(
        readSeeds().flatMap((text) => text.split(/[.!?\n|]+/).flatMap(runs)),
      );
      expect(seedRuns.size).toBeGreaterThan(1000);
      const copied = STEPS.flatMap((s) =>
        proseOf(s)
          .flatMap(runs)
          .filter((r) => seedRuns.has(r))
          .map((r) => `${s.id}: ${r}`),
      );
      expect(copied).toEqual([]);
    },
  );
});
