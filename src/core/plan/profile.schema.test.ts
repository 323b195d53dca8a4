import { describe, expect, it } from 'vitest';
import { parsePlanRequest, parseProfile } from './profile.schema.js';

const valid = {
  work: 'desk',
  activity: 'moderate',
  minutesPerDay: 10,
  times: ['18:00', '08:00', '08:00'],
  painNow0to10: 0,
  daysSinceOnset: null,
  exclude: ['superman'],
};

describe('parseProfile', () => {
  it('accepts a profile, sorting and de-duplicating times and defaulting the zone', () => {
    const result = parseProfile(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.times).toEqual(['08:00', '18:00']);
    expect(result.profile.timeZone).toBe('UTC');
    expect(result.profile.painNow0to10).toBe(0);
  });

  it('names each bad field by its path', () => {
    const result = parseProfile({
      ...valid,
      minutesPerDay: 15,
      times: ['08:00', '8am'],
      painNow0to10: 11,
      daysSinceOnset: -1,
      exclude: ['superman', 'handstand'],
      region: 'XX',
      timeZone: 'Mars/Olympus',
      extra: true,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual([
      'daysSinceOnset',
      'exclude.1',
      'extra',
      'minutesPerDay',
      'painNow0to10',
      'region',
      'timeZone',
      'times.1',
    ]);
  });

  it('asks for one to four times', () => {
    const none = parseProfile({ ...valid, times: [] });
    const five = parseProfile({ ...valid, times: ['01:00', '02:00', '03:00', '04:00', '05:00'] });
    expect(none.ok || five.ok).toBe(false);
  });

  it('accepts a region and an IANA zone', () => {
    const result = parseProfile({
      ...valid,
      region: 'UK',
      timeZone: 'Europe/London',
      deskBreaks: true,
    });
    expect(result.ok).toBe(true);
  });
});

describe('parsePlanRequest', () => {
  it('accepts a profile with a week start and an empty state', () => {
    const result = parsePlanRequest({ profile: valid, weekStart: '2025-03-24', state: {} });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.request.state).toEqual({ checkIns: [], sessions: [] });
  });

  it('names bad dates, scores and sessions under their paths', () => {
    const result = parsePlanRequest({
      profile: { ...valid, work: 'office' },
      weekStart: '2025-02-30',
      state: {
        checkIns: [{ date: '2025-03-20', pain0to10: 12 }],
        sessions: [{ startedAt: 'yesterday', exercises: [], stoppedForPain: false }],
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual([
      'profile.work',
      'state.checkIns.0.pain0to10',
      'state.sessions.0.startedAt',
      'weekStart',
    ]);
  });

  it('accepts a full session record from the player', () => {
    const result = parsePlanRequest({
      profile: valid,
      weekStart: '2025-03-24',
      state: {
        sessions: [
          {
            id: '0195c2a0-0000-7000-8000-000000000000',
            startedAt: '2025-03-20T08:00:00.000Z',
            endedAt: '2025-03-20T08:05:00.000Z',
            exercises: [{ exerciseId: 'cat-cow', repsDone: 5, setsDone: 1, completed: true }],
            stoppedForPain: false,
          },
        ],
      },
    });
    expect(result.ok).toBe(true);
  });
});
