/**
 * Test support: the plan requests the API and CLI tests share. A desk worker two days into a
 * spasm and a lifter with no current episode, each planning the week of Monday 3 March 2025.
 */

export const WEEK_START = '2025-03-03';

/** Desk work, pain 7 two days in: an acute plan, with desk-break reminders asked for. */
export const DESK_ACUTE_PROFILE = {
  work: 'desk',
  activity: 'low',
  minutesPerDay: 10,
  times: ['08:00', '13:00', '19:30'],
  painNow0to10: 7,
  daysSinceOnset: 2,
  exclude: ['walking'],
  region: 'UK',
  timeZone: 'Europe/London',
  deskBreaks: true,
} as const;

/** Lifting work, pain 1, no current episode: a prevention plan without desk breaks. */
export const LIFTER_PREVENTION_PROFILE = {
  work: 'lifting',
  activity: 'high',
  minutesPerDay: 20,
  times: ['06:30', '18:00'],
  painNow0to10: 1,
  daysSinceOnset: null,
  exclude: ['partial-curl-up', 'hamstring-stretch'],
  region: 'US',
  timeZone: 'America/Chicago',
} as const;

export const DESK_ACUTE = { profile: DESK_ACUTE_PROFILE, weekStart: WEEK_START } as const;
export const LIFTER_PREVENTION = {
  profile: LIFTER_PREVENTION_PROFILE,
  weekStart: WEEK_START,
} as const;

/** The request with `profile` changed by `patch`. */
export const withProfile = (
  request: { profile: object; weekStart: string },
  patch: Record<string, unknown>,
) => ({ ...request, profile: { ...request.profile, ...patch } });
