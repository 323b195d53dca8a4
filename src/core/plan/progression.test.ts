import { describe, expect, it } from 'vitest';
import { S002, seed } from '../content/items/refs.js';
import { sourceLabel } from '../content/sources.js';
import { courseOf, escalationsFor } from '../diary/escalation.js';
import { addDays } from '../time/index.js';
import { painScore } from '../units.js';
import { libraryExercise } from './catalogue.js';
import { generatePlan } from './engine.js';
import { allSessions, checkInsFrom, makeProfile, sessionLog, WEEK } from './fixtures.js';
import { EXERCISE_RULES, painTrend, reviewWindow } from './progression.js';
import type { Plan, PlanState, Profile } from './types.js';

const NEXT = addDays(WEEK, 7);

function lastWeek(p: Profile): Plan {
  return generatePlan({ profile: p, weekStart: WEEK });
}

function planned(plan: Plan): { dates: string[]; ids: string[]; perDay: number } {
  return {
    dates: plan.days.filter((d) => d.sessionIds.length > 0).map((d) => d.date),
    ids: plan.sessions[0]?.exercises.map((e) => e.exerciseId) ?? [],
    perDay: plan.sessionsPerDay,
  };
}

function next(p: Profile, state: PlanState): Plan {
  return generatePlan({ profile: p, state, weekStart: NEXT });
}

const recovering = makeProfile({ painNow0to10: painScore(4), work: 'desk' });

describe('rules as data', () => {
  it('gives every rule an id, a reason and a source', () => {
    for (const rule of EXERCISE_RULES) {
      expect(rule.id).toMatch(/^[a-z-]+$/);
      expect(sourceLabel(rule.source).length).toBeGreaterThan(5);
    }
    expect(new Set(EXERCISE_RULES.map((r) => r.id)).size).toBe(EXERCISE_RULES.length);
  });

  it('reads pain as rising, steady or falling from the two halves of the week', () => {
    const at = (pains: number[]) => painTrend(checkInsFrom(WEEK, pains));
    expect(at([4])).toBe('unknown');
    expect(at([4, 5])).toBe('rising');
    expect(at([5, 4, 5, 4])).toBe('steady');
    expect(at([6, 5, 4, 3, 3, 2, 2])).toBe('falling');
  });

  it('reviews the previous plan’s week, or the seven days before the new week', () => {
    expect(reviewWindow(NEXT)).toEqual({ from: WEEK, to: addDays(WEEK, 6) });
    const prev = lastWeek(recovering);
    expect(reviewWindow('2025-05-05', prev)).toEqual({ from: WEEK, to: addDays(WEEK, 6) });
  });
});

describe('after a good week', () => {
  it('steps up holds when pain is steady or falling and the sessions were done', () => {
    const prev = lastWeek(recovering);
    const { dates, ids, perDay } = planned(prev);
    const plan = next(
      { ...recovering, painNow0to10: painScore(3) },
      {
        previous: prev,
        checkIns: checkInsFrom(WEEK, [4, 4, 3, 3, 3, 3, 3]),
        sessions: allSessions(dates, ids, perDay),
      },
    );
    expect(plan.phase).toBe('recovery');
    const progressed = plan.changes.filter((c) => c.kind === 'progress');
    expect(progressed.length).toBeGreaterThan(0);
    const before = prev.sessions[0]?.exercises.find((e) => e.exerciseId === 'prone-press-up');
    const after = plan.sessions[0]?.exercises.find((e) => e.exerciseId === 'prone-press-up');
    expect(after?.holdSeconds).toBeGreaterThan(before?.holdSeconds ?? 0);
    expect(progressed[0]?.reason).toContain('sessions');
    const perExercise = plan.changes.map((c) => c.exerciseId);
    expect(new Set(perExercise).size).toBe(perExercise.length);
  });

  it('swaps in the harder variant once an exercise is at the top of its range', () => {
    const lifter = makeProfile({ painNow0to10: painScore(4), work: 'lifting' });
    const prev = lastWeek(lifter);
    const top: Plan = {
      ...prev,
      sessions: prev.sessions.map((s) => ({
        ...s,
        exercises: s.exercises.map((e) =>
          e.exerciseId === 'pelvic-tilt' ? { ...e, holdSeconds: 5, reps: 10 } : e,
        ),
      })),
    };
    const { dates, ids, perDay } = planned(top);
    const plan = next(lifter, {
      previous: top,
      checkIns: checkInsFrom(WEEK, [4, 4, 4, 4]),
      sessions: allSessions(dates, ids, perDay),
    });
    const now = plan.sessions[0]?.exercises.map((e) => e.exerciseId) ?? [];
    expect(ids).toContain('pelvic-tilt');
    expect(now).toContain('glute-bridge');
    expect(now).not.toContain('pelvic-tilt');
  });

  it('keeps the plan when fewer than 7 in 10 sessions were done', () => {
    const prev = lastWeek(recovering);
    const { dates, ids } = planned(prev);
    const plan = next(recovering, {
      previous: prev,
      checkIns: checkInsFrom(WEEK, [4, 4, 3]),
      sessions: allSessions(dates.slice(0, 3), ids, 1),
    });
    expect(plan.changes.every((c) => c.kind === 'keep')).toBe(true);
    expect(plan.changes[0]?.reason).toContain('3 of 14 sessions');
    expect(plan.sessions[0]?.exercises).toEqual(prev.sessions[0]?.exercises);
  });

  it('keeps the plan when there were too few check-ins to tell', () => {
    const prev = lastWeek(recovering);
    const { dates, ids, perDay } = planned(prev);
    const plan = next(recovering, { previous: prev, sessions: allSessions(dates, ids, perDay) });
    expect(plan.changes.every((c) => c.kind === 'keep')).toBe(true);
  });
});

describe('after a bad week', () => {
  it('makes an exercise gentler after one “This hurts” stop on it', () => {
    const p = makeProfile({ painNow0to10: painScore(1), work: 'standing' });
    const prev = lastWeek(p);
    const { dates, ids, perDay } = planned(prev);
    const sessions = allSessions(dates, ids, perDay);
    sessions[0] = sessionLog(WEEK, ids, 'glute-bridge');
    const plan = next(p, {
      previous: prev,
      checkIns: checkInsFrom(WEEK, [1, 1, 1, 1]),
      sessions,
    });
    const change = plan.changes.find((c) => c.exerciseId === 'glute-bridge');
    expect(change?.kind).toBe('step_back');
    expect(change?.reason).toContain('This hurts');
    const after = plan.sessions[0]?.exercises.find((e) => e.exerciseId === 'glute-bridge');
    expect(after?.holdSeconds).toBeLessThan(5);
  });

  it('drops an exercise stopped twice with “This hurts”, and does not choose it again', () => {
    const prev = lastWeek(recovering);
    const { ids } = planned(prev);
    const plan = next(recovering, {
      previous: prev,
      checkIns: checkInsFrom(WEEK, [4, 4, 4]),
      sessions: [sessionLog(WEEK, ids, 'cat-cow'), sessionLog(addDays(WEEK, 1), ids, 'cat-cow')],
    });
    expect(plan.changes).toContainEqual(
      expect.objectContaining({ kind: 'drop', exerciseId: 'cat-cow' }),
    );
    expect(plan.sessions[0]?.exercises.map((e) => e.exerciseId)).not.toContain('cat-cow');
    expect(plan.sessions[0]?.exercises.length).toBeGreaterThanOrEqual(3);
  });

  // Seed 2's tips: stop if it hurts. The bridge eased into the pelvic tilt after a “This hurts”
  // stop must not be chosen again, at its full dose, to fill the extra minutes.
  it('does not bring back, at full dose, an exercise eased into its easier version', () => {
    const p = makeProfile({ work: 'standing', minutesPerDay: 5, times: ['08:00'] });
    const generated = lastWeek(p);
    const bridge = libraryExercise('glute-bridge');
    const prev: Plan = {
      ...generated,
      sessions: generated.sessions.map((s) => ({
        ...s,
        exercises: s.exercises.map((e) =>
          e.exerciseId === 'glute-bridge'
            ? {
                ...e,
                holdSeconds: bridge?.dose.holdSeconds.min ?? 0,
                reps: bridge?.dose.reps.min ?? 0,
              }
            : e,
        ),
      })),
    };
    expect(prev.sessions[0]?.exercises.map((e) => e.exerciseId)).toContain('glute-bridge');
    const plan = next(
      { ...p, minutesPerDay: 20 },
      {
        previous: prev,
        checkIns: checkInsFrom(WEEK, [1, 1, 1]),
        sessions: [sessionLog(WEEK, planned(prev).ids, 'glute-bridge')],
      },
    );
    const now = plan.sessions[0]?.exercises.map((e) => e.exerciseId) ?? [];
    expect(now).toContain('pelvic-tilt');
    expect(now).not.toContain('glute-bridge');
  });

  it('eases everything back when pain rises, and never progresses', () => {
    const prev = lastWeek(recovering);
    const { dates, ids, perDay } = planned(prev);
    const plan = next(
      { ...recovering, painNow0to10: painScore(6) },
      {
        previous: prev,
        checkIns: checkInsFrom(WEEK, [3, 3, 4, 5, 6, 6]),
        sessions: allSessions(dates, ids, perDay),
      },
    );
    expect(plan.changes.some((c) => c.kind === 'progress')).toBe(false);
    expect(plan.changes.every((c) => c.kind === 'step_back' || c.kind === 'keep')).toBe(true);
  });

  it('moves back to gentle movements when pain reaches 7, dropping loaded exercises', () => {
    const p = makeProfile({ painNow0to10: painScore(1), work: 'lifting' });
    const prev = lastWeek(p);
    const plan = next(p, { previous: prev, checkIns: checkInsFrom(WEEK, [2, 5, 7, 8]) });
    expect(plan.phase).toBe('acute');
    expect(plan.changes).toContainEqual(
      expect.objectContaining({ kind: 'drop', exerciseId: 'glute-bridge' }),
    );
    expect(plan.explanations.join(' ')).toContain('chosen afresh');
  });
});

/** `plan` with the given exercises at the top of their hold and rep ranges. */
function atTop(plan: Plan, exerciseIds: readonly string[]): Plan {
  return {
    ...plan,
    sessions: plan.sessions.map((s) => ({
      ...s,
      exercises: s.exercises.map((e) => {
        const lib = libraryExercise(e.exerciseId);
        return lib === undefined || !exerciseIds.includes(e.exerciseId)
          ? e
          : { ...e, holdSeconds: lib.dose.holdSeconds.max, reps: lib.dose.reps.max };
      }),
    })),
  };
}

const ids = (plan: Plan) => plan.sessions[0]?.exercises.map((e) => e.exerciseId) ?? [];
/** One session a day of 20 minutes: room for five exercises, so topping up reaches far down. */
const roomy: Partial<Profile> = { minutesPerDay: 20, times: ['08:00'] };

// Seed 2's tips: stop if it hurts, and go gently. A harder version is the same movement with more
// load, so it stays out while the easier one hurts.
describe('harder versions after “This hurts”', () => {
  it('two “This hurts” stops on the one-leg knee-to-chest never bring in the double version', () => {
    const p = makeProfile({ painNow0to10: painScore(5), daysSinceOnset: 2, ...roomy });
    const prev = lastWeek(p);
    expect(ids(prev)).toContain('knee-to-chest');
    const plan = next(
      { ...p, daysSinceOnset: 6 },
      {
        previous: prev,
        checkIns: checkInsFrom(WEEK, [5, 5, 4, 4]),
        sessions: [
          sessionLog(WEEK, ids(prev), 'knee-to-chest'),
          sessionLog(addDays(WEEK, 1), ids(prev), 'knee-to-chest'),
        ],
      },
    );
    expect(plan.phase).toBe('acute');
    expect(ids(plan)).not.toContain('knee-to-chest');
    expect(ids(plan)).not.toContain('double-knee-to-chest');
    expect(plan.explanations.join(' ')).toContain(
      '“Double knee-to-chest stretch” is a harder version of “Knee-to-chest stretch (one leg)”',
    );
  });

  it('one “This hurts” stop on cat-cow takes the bird-dog, its harder version, out too', () => {
    const p = makeProfile({ ...roomy });
    const prev = lastWeek(p);
    expect(ids(prev)).toEqual(expect.arrayContaining(['cat-cow', 'bird-dog']));
    const { dates, perDay } = planned(prev);
    const sessions = allSessions(dates, ids(prev), perDay);
    sessions[0] = sessionLog(WEEK, ids(prev), 'cat-cow');
    const plan = next(p, { previous: prev, checkIns: checkInsFrom(WEEK, [1, 1, 1, 1]), sessions });
    expect(ids(plan)).toContain('cat-cow');
    expect(ids(plan)).not.toContain('bird-dog');
    const change = plan.changes.find((c) => c.exerciseId === 'bird-dog');
    expect(change?.kind).toBe('drop');
    expect(change?.reason).toContain('harder version of “Cat-cow”');
  });

  it('does not step an exercise up into the harder version of one stopped with “This hurts”', () => {
    // Cat-cow and abdominal bracing both lead to the bird-dog.
    const lifter = makeProfile({ painNow0to10: painScore(4), work: 'lifting' });
    const prev = atTop(lastWeek(lifter), ['cat-cow']);
    expect(ids(prev)).toEqual(expect.arrayContaining(['cat-cow', 'abdominal-bracing']));
    const { dates, perDay } = planned(prev);
    const sessions = allSessions(dates, ids(prev), perDay);
    sessions[0] = sessionLog(WEEK, ids(prev), 'abdominal-bracing');
    const plan = next(lifter, {
      previous: prev,
      checkIns: checkInsFrom(WEEK, [4, 4, 4, 4]),
      sessions,
    });
    expect(ids(plan)).not.toContain('bird-dog');
    expect(ids(plan)).toContain('cat-cow');
    const change = plan.changes.find((c) => c.exerciseId === 'cat-cow');
    expect(change?.kind).toBe('keep');
    expect(change?.reason).toContain('“Bird-dog”');
  });

  it('leaves the harder version of an exercise stopped with “This hurts” out of a fresh start', () => {
    const p = makeProfile({ painNow0to10: painScore(4), ...roomy });
    const prev = lastWeek(p);
    expect(prev.phase).toBe('recovery');
    const plan = next(
      { ...p, painNow0to10: painScore(8) },
      {
        previous: prev,
        checkIns: checkInsFrom(WEEK, [4, 5, 8]),
        sessions: [sessionLog(WEEK, ids(prev), 'knee-to-chest')],
      },
    );
    expect(plan.phase).toBe('acute');
    expect(ids(plan)).not.toContain('knee-to-chest');
    expect(ids(plan)).not.toContain('double-knee-to-chest');
  });
});

// Seed 2's tips: go gently, and stop if it hurts. Three days at 7 or more also prompt the check
// (NICE CKS safety-netting), and a plan that asks for that check does not also step up.
describe('no step up after a week of high pain', () => {
  it('places the high-pain rule before progress, resting on the seed’s tips', () => {
    const order = EXERCISE_RULES.map((r) => r.id);
    expect(order.indexOf('high-pain-keep')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('high-pain-keep')).toBeLessThan(order.indexOf('progress'));
    const rule = EXERCISE_RULES.find((r) => r.id === 'high-pain-keep');
    expect(rule?.effect).toBe('keep');
    expect(rule?.source).toEqual(seed(2, S002.tips));
  });

  it('does not step up after three days of pain at 7 or more, even with every session done', () => {
    const prev = lastWeek(recovering);
    const { dates, perDay } = planned(prev);
    const plan = next(
      { ...recovering, painNow0to10: painScore(3) },
      {
        previous: prev,
        checkIns: checkInsFrom(WEEK, [7, 8, 7, 3, 3, 3, 2]),
        sessions: allSessions(dates, ids(prev), perDay),
      },
    );
    expect(plan.phase).toBe('recovery');
    expect(plan.changes.some((c) => c.kind === 'progress')).toBe(false);
    expect(plan.sessions[0]?.exercises).toEqual(prev.sessions[0]?.exercises);
    expect(plan.changes[0]?.reason).toContain('7 or more on 3 days');
  });

  it('does not step up while the latest pain is 7 or more', () => {
    const p = makeProfile({ painNow0to10: painScore(8) });
    const prev = lastWeek(p);
    const { dates, perDay } = planned(prev);
    const plan = next(
      { ...p, painNow0to10: painScore(7) },
      {
        previous: prev,
        checkIns: checkInsFrom(WEEK, [7, 6, 6, 7]),
        sessions: allSessions(dates, ids(prev), perDay),
      },
    );
    expect(plan.phase).toBe('acute');
    expect(plan.changes.some((c) => c.kind === 'progress')).toBe(false);
    expect(plan.sessions[0]?.exercises).toEqual(prev.sessions[0]?.exercises);
    expect(plan.changes[0]?.reason).toContain('7 out of 10');
  });

  it('brings in no harder version of last week’s exercises on a fresh start after three days at 7 or more', () => {
    // Last week acute, with the pelvic tilt and cat-cow; this week prevention, whose lifting
    // routine would otherwise start the bridge and the bird-dog, their harder versions.
    const lifter = makeProfile({ work: 'lifting', ...roomy });
    const prev = lastWeek({ ...lifter, painNow0to10: painScore(8) });
    expect(ids(prev)).toEqual(expect.arrayContaining(['pelvic-tilt', 'cat-cow']));
    const plan = next(
      { ...lifter, painNow0to10: painScore(2) },
      { previous: prev, checkIns: checkInsFrom(WEEK, [8, 8, 8, 2, 2, 2, 2]) },
    );
    expect(plan.phase).toBe('prevention');
    expect(ids(plan)).not.toContain('glute-bridge');
    expect(ids(plan)).not.toContain('bird-dog');
    expect(plan.explanations.join(' ')).toContain('nothing steps up this week');
  });
});

describe('prompts to do the check', () => {
  it('asks for the check after three days at 7 or more', () => {
    const plan = next(makeProfile({ painNow0to10: painScore(8) }), {
      checkIns: checkInsFrom(WEEK, [7, 3, 8, 2, 9]),
    });
    const prompt = plan.prompts.find((p) => p.rule === 'high-pain-three-days');
    expect(prompt).toMatchObject({ kind: 'check', action: 'check' });
    expect(prompt?.reason).toContain('on 3 of the last seven days');
    expect(prompt?.source).toContain('NICE CKS');
  });

  it('does not ask after two days at 7 or more', () => {
    const plan = next(makeProfile(), { checkIns: checkInsFrom(WEEK, [7, 3, 8, 2]) });
    expect(plan.prompts.map((p) => p.rule)).not.toContain('high-pain-three-days');
  });

  it('asks nothing when the week’s pain settled', () => {
    const plan = next(makeProfile(), { checkIns: checkInsFrom(WEEK, [6, 5, 3, 2, 1, 1, 0]) });
    expect(plan.prompts).toEqual([]);
  });

  it('uses the diary’s escalation rules, so the plan and the diary never disagree', () => {
    const checkIns = checkInsFrom(WEEK, [5, 5, 6, 5, 5, 5, 5]);
    const plan = next(makeProfile(), { checkIns });
    const days = checkIns.map((c) => ({ date: c.date, worst: c.pain0to10, last: c.pain0to10 }));
    const rules = escalationsFor(courseOf({ days, today: addDays(WEEK, 6) })).map((e) => e.rule);
    expect(plan.prompts.map((p) => p.rule)).toEqual(rules);
  });

  it('asks when a week of self-care has not eased the pain', () => {
    const plan = next(makeProfile(), { checkIns: checkInsFrom(WEEK, [5, 5, 6, 5, 5, 5, 5]) });
    expect(plan.prompts.map((p) => p.reason).join(' ')).toContain('has hurt for 7 days');
  });

  it('asks when pain is still severe a week after the episode began', () => {
    const plan = generatePlan({
      profile: makeProfile({ painNow0to10: painScore(8), daysSinceOnset: 9 }),
      weekStart: WEEK,
    });
    expect(plan.prompts.map((p) => p.reason).join(' ')).toContain('8 out of 10');
  });
});
