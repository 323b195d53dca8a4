import { describe, expect, it } from 'vitest';
import { sourceLabel } from '../content/sources.js';
import { addDays } from './dates.js';
import { generatePlan } from './engine.js';
import { allSessions, checkInsFrom, makeProfile, sessionLog, WEEK } from './fixtures.js';
import { EXERCISE_RULES, PROMPT_RULES, painTrend, reviewWindow } from './progression.js';
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

const recovering = makeProfile({ painNow0to10: 4, work: 'desk' });

describe('rules as data', () => {
  it('gives every rule an id, a reason and a source', () => {
    for (const rule of [...EXERCISE_RULES, ...PROMPT_RULES]) {
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
      { ...recovering, painNow0to10: 3 },
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
    const lifter = makeProfile({ painNow0to10: 4, work: 'lifting' });
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
    const p = makeProfile({ painNow0to10: 1, work: 'standing' });
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

  it('eases everything back when pain rises, and never progresses', () => {
    const prev = lastWeek(recovering);
    const { dates, ids, perDay } = planned(prev);
    const plan = next(
      { ...recovering, painNow0to10: 6 },
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
    const p = makeProfile({ painNow0to10: 1, work: 'lifting' });
    const prev = lastWeek(p);
    const plan = next(p, { previous: prev, checkIns: checkInsFrom(WEEK, [2, 5, 7, 8]) });
    expect(plan.phase).toBe('acute');
    expect(plan.changes).toContainEqual(
      expect.objectContaining({ kind: 'drop', exerciseId: 'glute-bridge' }),
    );
    expect(plan.explanations.join(' ')).toContain('chosen afresh');
  });
});

describe('prompts to do the check', () => {
  it('asks for the check after three days at 7 or more', () => {
    const plan = next(makeProfile({ painNow0to10: 8 }), {
      checkIns: checkInsFrom(WEEK, [7, 3, 8, 2, 9]),
    });
    expect(plan.prompts).toHaveLength(1);
    expect(plan.prompts[0]).toEqual({ kind: 'check', reason: expect.stringContaining('3 days') });
  });

  it('does not ask after two days at 7 or more', () => {
    const plan = next(makeProfile(), { checkIns: checkInsFrom(WEEK, [7, 3, 8, 2]) });
    expect(plan.prompts).toEqual([]);
  });

  it('asks when a week of self-care has not eased the pain', () => {
    const plan = next(makeProfile(), { checkIns: checkInsFrom(WEEK, [5, 5, 6, 5, 5, 5, 5]) });
    expect(plan.prompts.map((p) => p.reason).join(' ')).toContain('not eased after a week');
  });

  it('asks when pain is still severe a week after the episode began', () => {
    const plan = generatePlan({
      profile: makeProfile({ painNow0to10: 8, daysSinceOnset: 9 }),
      weekStart: WEEK,
    });
    expect(plan.prompts.map((p) => p.reason).join(' ')).toContain('8 out of 10');
  });
});
