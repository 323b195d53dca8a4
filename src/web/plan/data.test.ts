import { describe, expect, it } from 'vitest';
import { makeProfile, WEEK } from '../../core/plan/fixtures.js';
import { generatePlan } from '../../core/plan/index.js';
import type { SessionLog } from '../player/logs.js';
import { doneSessionIds, sessionsOn } from './data.js';
import { sessionLabel } from './words.js';

const plan = generatePlan({ profile: makeProfile(), weekStart: WEEK });

function log(startedAt: string, ids: readonly string[], stoppedForPain = false): SessionLog {
  return {
    id: startedAt,
    startedAt,
    endedAt: startedAt,
    exercises: ids.map((exerciseId) => ({ exerciseId, repsDone: 5, setsDone: 1, completed: true })),
    stoppedForPain,
  };
}

describe("Today's sessions", () => {
  it('lists the sessions planned on a date in time order, and none outside the week', () => {
    const day = plan.days.find((d) => d.sessionIds.length > 1);
    if (day === undefined) throw new Error('the fixture plan has a day with two sessions');
    const times = sessionsOn(plan, day.date).map((s) => s.time);
    expect(times).toEqual([...times].sort());
    expect(times.length).toBe(day.sessionIds.length);
    expect(sessionsOn(plan, '1999-01-01')).toEqual([]);
  });

  it('counts a session done only for a finished log that day with the same exercises', () => {
    const session = plan.sessions[0];
    if (session === undefined) throw new Error('no session');
    const ids = session.exercises.map((e) => e.exerciseId);
    const at = `${WEEK}T08:05:00.000Z`;
    const done = (logs: SessionLog[], zone = 'UTC') =>
      doneSessionIds([session], logs, WEEK, zone).has(session.id);
    expect(done([log(at, ids)])).toBe(true);
    expect(done([log(at, ids, true)])).toBe(false);
    expect(done([log(at, ids.slice(1))])).toBe(false);
    // 23:30 UTC is already the next day in Berlin.
    expect(done([log(`${WEEK}T23:30:00.000Z`, ids)], 'Europe/Berlin')).toBe(false);
  });

  it('ticks one of two sessions with the same routine for one log, and both for two', () => {
    const same = plan.sessions.slice(0, 2);
    if (same.length < 2) throw new Error('the fixture plan has two sessions a day');
    const ids = same[0]?.exercises.map((e) => e.exerciseId) ?? [];
    const twins = same.map((s) => ({ ...s, exercises: same[0]?.exercises ?? [] }));
    const one = doneSessionIds(twins, [log(`${WEEK}T08:05:00.000Z`, ids)], WEEK, 'UTC');
    expect([...one]).toEqual([twins[0]?.id]);
    const two = [log(`${WEEK}T08:05:00.000Z`, ids), log(`${WEEK}T18:05:00.000Z`, ids)];
    expect(doneSessionIds(twins, two, WEEK, 'UTC').size).toBe(2);
  });
});

describe('the plan in words', () => {
  it('names a session from its id', () => {
    expect(sessionLabel('morning')).toBe('Morning');
    expect(sessionLabel('early-evening')).toBe('Early evening');
  });
});
