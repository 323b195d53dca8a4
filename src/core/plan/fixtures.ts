/** Small factories for the plan's tests: a profile, check-ins over days, a session log. */

import { addDays } from '../time/index.js';
import { painScore } from '../units.js';
import type { CheckIn, Profile, SessionLogLike } from './types.js';

export const WEEK = '2025-03-24';

export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    work: 'desk',
    activity: 'moderate',
    minutesPerDay: 10,
    times: ['08:00', '18:00'],
    painNow0to10: painScore(1),
    daysSinceOnset: null,
    exclude: [],
    timeZone: 'UTC',
    ...overrides,
  };
}

/** One check-in a day from `from`, with the pains given in order. */
export function checkInsFrom(from: string, pains: readonly number[]): CheckIn[] {
  return pains.map((pain, i) => ({ date: addDays(from, i), pain0to10: painScore(pain) }));
}

/** A session on `date` at 08:00 UTC with every exercise done, or stopped on `stopOn`. */
export function sessionLog(
  date: string,
  exerciseIds: readonly string[],
  stopOn?: string,
): SessionLogLike {
  const stopAt = stopOn === undefined ? -1 : exerciseIds.indexOf(stopOn);
  return {
    startedAt: `${date}T08:00:00.000Z`,
    exercises: exerciseIds.map((exerciseId, i) => ({
      exerciseId,
      completed: stopAt === -1 || i < stopAt,
    })),
    stoppedForPain: stopAt !== -1,
  };
}

/** Every planned session of a week, done: `perDay` sessions on each of the given dates. */
export function allSessions(
  dates: readonly string[],
  exerciseIds: readonly string[],
  perDay: number,
): SessionLogLike[] {
  return dates.flatMap((d) => Array.from({ length: perDay }, () => sessionLog(d, exerciseIds)));
}
