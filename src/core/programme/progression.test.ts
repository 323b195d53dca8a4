import { describe, expect, it } from 'vitest';
import { entriesFrom } from '../diary/fixtures.js';
import { libraryExercise } from '../plan/catalogue.js';
import type { Programme } from './programme.js';
import { fromWords } from './programme.js';
import { ProgrammeData } from './programme.schema.js';
import { type ProgrammeSession, programmeDoses, programmeWeeks } from './progression.js';

const ID = '0190a000-0000-7000-8000-000000000aaa';
const programme = (extra: Partial<Programme> = {}): Programme => ({
  clinicianId: '0190a000-0000-7000-8000-000000000ccc',
  clinicianName: 'Sam Patel',
  profession: 'physiotherapist',
  title: 'Settling the low back',
  exercises: [{ exerciseId: 'knee-to-chest', holdSeconds: 20, reps: 3, sets: 1, side: 'both' }],
  sessionsPerDay: 1,
  daysPerWeek: 7,
  startDate: '2026-03-02',
  reviewDate: '2026-03-30',
  allowProgression: false,
  assignedAt: '2026-03-01T09:00:00.000Z',
  ...extra,
});

/** A session of the programme each day from the 2nd of March, stopped for pain on `stops` days. */
function daily(days: number, stops: readonly number[] = []): ProgrammeSession[] {
  return Array.from({ length: days }, (_, i) => ({
    startedAt: `2026-03-${String(2 + i).padStart(2, '0')}T08:00:00.000Z`,
    programmeId: ID,
    stoppedForPain: stops.includes(i),
    exercises: [{ exerciseId: 'knee-to-chest', completed: !stops.includes(i) }],
  }));
}

const weeks = (sessions: ProgrammeSession[], pains: number[], p = programme()) =>
  programmeWeeks({
    programmeId: ID,
    programme: p,
    sessions,
    diary: entriesFrom('2026-03-02', pains),
    today: '2026-03-16',
    timeZone: 'UTC',
  });

describe('a programme’s weeks', () => {
  it('counts its own sessions against what it asks, week by week, and the stops by exercise', () => {
    const other = { ...daily(1)[0], programmeId: undefined } as ProgrammeSession;
    const w = weeks([...daily(10, [8]), other], Array(14).fill(3));
    expect(w.map((x) => [x.from, x.complete, x.done, x.asked])).toEqual([
      ['2026-03-02', true, 7, 7],
      ['2026-03-09', true, 3, 7],
      ['2026-03-16', false, 0, 1],
    ]);
    expect(w[1]?.hurtStops).toEqual({ 'knee-to-chest': 1 });
  });

  it('has no weeks before it starts', () => {
    expect(weeks(daily(3), [3, 3, 3], programme({ startDate: '2026-04-01' }))).toEqual([]);
  });
});

describe('a programme’s doses', () => {
  it('stay exactly the clinician’s when progression is not allowed, however well it goes', () => {
    const w = weeks(daily(14), Array(14).fill(2));
    expect(programmeDoses(programme(), w)).toEqual(programme().exercises);
  });

  it('step up once per full week that was steady and done, within the library’s range', () => {
    const w = weeks(daily(14), Array(14).fill(2));
    const [dose] = programmeDoses(programme({ allowProgression: true }), w);
    const hold = libraryExercise('knee-to-chest')?.dose.holdSeconds;
    expect(dose?.holdSeconds).toBeGreaterThan(20);
    expect(dose?.holdSeconds).toBeLessThanOrEqual(hold?.max ?? 0);
  });

  it('never step up in a week with a “This hurts” stop, rising pain or few sessions, and never step back', () => {
    const allowed = programme({ allowProgression: true });
    const stopped = weeks(daily(14, [3, 10]), Array(14).fill(2));
    expect(programmeDoses(allowed, stopped)).toEqual(allowed.exercises);
    const rising = weeks(daily(14), [2, 2, 3, 4, 5, 6, 7, 2, 2, 3, 4, 5, 6, 7]);
    expect(programmeDoses(allowed, rising)).toEqual(allowed.exercises);
    const few = weeks(daily(2), Array(14).fill(2));
    expect(programmeDoses(allowed, few)).toEqual(allowed.exercises);
  });
});

describe('what a programme’s progression holds to', () => {
  const allowed = programme({ allowProgression: true });

  it('steps an exercise up no more after a “This hurts” stop, however well the weeks after go', () => {
    const w = weeks(daily(14, [2]), Array(14).fill(2));
    expect(programmeDoses(allowed, w)).toEqual(allowed.exercises);
  });

  it('counts only the weeks since the clinician last saved it, so their change holds', () => {
    const w = weeks(daily(14), Array(14).fill(2));
    const saved = programme({ allowProgression: true, assignedAt: '2026-03-10T09:00:00.000Z' });
    // Both full weeks began before the save: the dose is the clinician's.
    expect(programmeDoses(saved, w)).toEqual(saved.exercises);
  });

  it('does not count a session ended at once, with nothing done', () => {
    const empty = daily(7).map((s) => ({
      ...s,
      exercises: [{ exerciseId: 'knee-to-chest', completed: false }],
    }));
    const [first] = weeks(empty, Array(14).fill(2));
    expect(first?.done).toBe(0);
  });

  it('reads at most two years of weeks, whatever the start date', () => {
    const old = programme({ startDate: '1000-01-01' });
    const w = weeks([], [], old);
    expect(w.length).toBeLessThanOrEqual(106);
    expect((w.at(-1)?.to ?? '') >= '2026-03-16').toBe(true);
  });
});

describe('a programme record', () => {
  it('says who it is from in the person’s words', () => {
    expect(fromWords(programme())).toBe('From Sam Patel, your physiotherapist');
    expect(fromWords(programme({ profession: 'doctor', clinicianName: 'Dr Ruiz' }))).toBe(
      'From Dr Ruiz, your doctor',
    );
  });

  it('is checked by its schema: a review before its start, an exercise twice or a dose out of range is named', () => {
    expect(ProgrammeData.safeParse(programme()).success).toBe(true);
    const paths = (p: unknown) =>
      (ProgrammeData.safeParse(p).error?.issues ?? []).map((i) => i.path.join('.'));
    expect(paths(programme({ reviewDate: '2026-03-01' }))).toEqual(['reviewDate']);
    const twice = programme().exercises.concat(programme().exercises);
    expect(paths(programme({ exercises: twice }))).toEqual(['exercises.1.exerciseId']);
    const huge = [{ ...programme().exercises[0], sets: 11 }];
    expect(paths(programme({ exercises: huge as Programme['exercises'] }))).toEqual([
      'exercises.0.sets',
    ]);
  });
});
