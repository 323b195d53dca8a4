import { describe, expect, it } from 'vitest';
import type { PersonRecords } from '../../core/consent/api.schema.js';
import type { Programme } from '../../core/programme/programme.js';
import { dosesNowOf, hurtStops, overviewOf, sharedOf, weeksOf } from './records.js';

const ZONE = 'Europe/London';
const TODAY = '2026-03-16';
const id = (n: number) => `0195f7a0-8c3e-7a11-8b22-${String(n).padStart(12, '0')}`;

const programme = (title: string, clinicianName: string): Programme => ({
  clinicianId: id(900),
  clinicianName,
  profession: 'physiotherapist',
  title,
  exercises: [
    { exerciseId: 'bird-dog', holdSeconds: 5, reps: 6, sets: 1, side: 'left' },
    { exerciseId: 'cat-cow', holdSeconds: 3, reps: 5, sets: 1, side: 'both' },
  ],
  sessionsPerDay: 1,
  daysPerWeek: 7,
  startDate: '2026-03-02',
  reviewDate: '2026-03-30',
  allowProgression: false,
  assignedAt: '2026-03-02T09:00:00.000Z',
});

const log = (n: number, day: string, stop: boolean) => ({
  id: id(n),
  kind: 'session-log' as const,
  data: {
    startedAt: `${day}T09:00:00.000Z`,
    endedAt: `${day}T09:05:00.000Z`,
    exercises: [
      { exerciseId: 'bird-dog', repsDone: stop ? 2 : 6, setsDone: stop ? 0 : 1, completed: !stop },
      { exerciseId: 'cat-cow', repsDone: 0, setsDone: 0, completed: !stop },
    ],
    stoppedForPain: stop,
    ...(stop ? { stopPain0to10: 6 } : {}),
    programmeId: id(1),
  },
});

const data: PersonRecords = {
  person: {
    id: id(500),
    name: 'robin',
    consentId: id(501),
    scopes: ['diary', 'sessions', 'plan'],
    since: '2026-03-01T10:00:00.000Z',
    reviewedAt: null,
    need: { level: 'watch', reasons: [] },
  },
  records: [
    { id: id(10), kind: 'diary-entry', data: { at: '2026-03-10T08:00:00.000Z', pain0to10: 6 } },
    { id: id(11), kind: 'diary-entry', data: { at: '2026-03-03T08:00:00.000Z', pain0to10: 4 } },
    log(20, '2026-03-03', false),
    log(21, '2026-03-09', true),
    { id: id(2), kind: 'programme', data: programme('From another clinic', 'Dr Lee') },
    { id: id(1), kind: 'programme', data: programme('Back care', 'Sam Patel') },
  ],
  programmes: [{ id: id(1), data: programme('Back care', 'Sam Patel') }],
};

describe('one person’s shared records', () => {
  const shared = sharedOf(data, TODAY, ZONE);

  it('keeps the diary oldest first and the sessions newest first', () => {
    expect(shared.entries.map((e) => e.pain0to10)).toEqual([4, 6]);
    expect(shared.logs.map((l) => l.id)).toEqual([id(21), id(20)]);
  });

  it('gives the doses the player runs now only where they may step up and sessions are shared', () => {
    expect(dosesNowOf(shared).size).toBe(0);
    const stepping = {
      id: id(1),
      data: { ...programme('Back care', 'Sam Patel'), allowProgression: true },
    };
    const allowed = sharedOf({ ...data, programmes: [stepping] }, TODAY, ZONE);
    // The stop on bird-dog holds it; the rest of the first week was too few sessions to step up.
    expect(dosesNowOf(allowed).get(id(1))).toEqual(stepping.data.exercises);
    const hidden = sharedOf(
      { ...data, person: { ...data.person, scopes: ['diary'] }, programmes: [stepping] },
      TODAY,
      ZONE,
    );
    expect(dosesNowOf(hidden).size).toBe(0);
  });

  it('tells this clinician’s programmes from other clinicians’', () => {
    expect(shared.programmes.map((p) => p.data.title)).toEqual(['Back care']);
    expect(shared.otherProgrammes.map((p) => p.data.title)).toEqual(['From another clinic']);
  });

  it('names each "This hurts" stop by its exercise, pain, day and programme', () => {
    expect(hurtStops(shared)).toEqual([
      { id: id(21), date: '2026-03-09', exercise: 'Bird-dog', pain: 6, programme: 'Back care' },
    ]);
  });

  it('counts the programme’s sessions week by week against those asked', () => {
    const weeks = weeksOf(must(shared.programmes[0]), shared);
    expect(weeks.map((w) => [w.from, w.done, w.asked, w.complete])).toEqual([
      ['2026-03-02', 1, 7, true],
      ['2026-03-09', 1, 7, true],
      ['2026-03-16', 0, 1, false],
    ]);
  });

  it('gives the diary’s summary the same days and sessions the person’s own summary reads', () => {
    const overview = overviewOf(shared);
    expect(overview.days.map((d) => [d.date, d.worst])).toEqual([
      ['2026-03-03', 4],
      ['2026-03-10', 6],
    ]);
    expect(overview.sessionDates).toEqual(['2026-03-09', '2026-03-03']);
    expect(overview.checks).toEqual([]);
  });
});

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('a fixture is missing');
  return value;
}
