import { describe, expect, it } from 'vitest';
import type { DiaryEntry } from '../../core/diary/entry.js';
import type { Programme } from '../../core/programme/programme.js';
import type { ProgrammeSession } from '../../core/programme/progression.js';
import { painScore } from '../../core/units.js';
import { exerciseById } from '../exercises/catalogue.js';
import {
  dosesNote,
  howOften,
  programmeDoseWords,
  sideWords,
  steppedUp,
  weekWords,
} from './programme-words.js';
import { programmeNow, programmeSteps } from './programmes.js';

/** The value, or a failed test when it is missing. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('a fixture is missing');
  return value;
}

const ID = '0195f7a0-8c3e-7a11-8b22-0123456789ab';
const ZONE = 'Europe/London';

const PROGRAMME: Programme = {
  clinicianId: '0195f7a0-8c3e-7a11-8b22-000000000001',
  clinicianName: 'Sam Patel',
  profession: 'physiotherapist',
  title: 'Low back, weeks 1 to 4',
  exercises: [
    { exerciseId: 'knee-to-chest', holdSeconds: 20, reps: 2, sets: 1, side: 'left' },
    { exerciseId: 'cat-cow', holdSeconds: 3, reps: 6, sets: 1, side: 'both' },
    { exerciseId: 'bird-dog', holdSeconds: 5, reps: 5, sets: 2, side: 'both' },
  ],
  sessionsPerDay: 1,
  daysPerWeek: 7,
  startDate: '2025-03-03',
  reviewDate: '2025-03-31',
  allowProgression: false,
  assignedAt: '2025-03-03T09:00:00.000Z',
};

/** A finished session of this programme each day of the first week, at 09:00 UTC. */
const FIRST_WEEK: ProgrammeSession[] = Array.from({ length: 7 }, (_, i) => ({
  startedAt: `2025-03-0${3 + i}T09:00:00.000Z`,
  programmeId: ID,
  stoppedForPain: false,
  exercises: PROGRAMME.exercises.map((e) => ({ exerciseId: e.exerciseId, completed: true })),
}));

const STEADY: DiaryEntry[] = Array.from({ length: 7 }, (_, i) => ({
  id: `entry-${i}`,
  at: `2025-03-0${3 + i}T20:00:00.000Z`,
  pain0to10: painScore(3),
}));

const now = (programme: Programme, sessions = FIRST_WEEK, diary = STEADY, today = '2025-03-12') =>
  programmeNow({ id: ID, programme, sessions, diary, today, timeZone: ZONE });

describe('a programme on the device', () => {
  it('keeps the clinician’s doses when they did not allow progression', () => {
    expect(now(PROGRAMME).doses).toEqual(PROGRAMME.exercises);
  });

  it('steps a dose up after a full week done with steady pain, when allowed', () => {
    const doses = now({ ...PROGRAMME, allowProgression: true }).doses;
    const knee = must(doses[0]);
    expect(knee.holdSeconds).toBeGreaterThan(20);
    expect(steppedUp(knee, PROGRAMME.exercises[0])).toBe(true);
    expect(steppedUp(must(PROGRAMME.exercises[0]), PROGRAMME.exercises[0])).toBe(false);
  });

  it('never steps an exercise up after a “This hurts” stop on it', () => {
    const stopped = FIRST_WEEK.map((s, i) =>
      i === 0
        ? {
            ...s,
            stoppedForPain: true,
            exercises: [{ exerciseId: 'knee-to-chest', completed: false }],
          }
        : s,
    );
    const [knee] = now({ ...PROGRAMME, allowProgression: true }, stopped).doses;
    expect(knee?.holdSeconds).toBe(20);
  });

  it('counts this week’s sessions from the start date, and says when the review has come', () => {
    const today = now(PROGRAMME, [
      ...FIRST_WEEK,
      { ...must(FIRST_WEEK[0]), startedAt: '2025-03-11T08:00:00Z' },
    ]);
    expect(today.week).toMatchObject({ from: '2025-03-10', to: '2025-03-16', done: 1 });
    expect(today.started).toBe(true);
    expect(today.reviewDue).toBe(false);
    expect(now(PROGRAMME, [], [], '2025-03-31').reviewDue).toBe(true);
    const early = now(PROGRAMME, [], [], '2025-03-01');
    expect(early.started).toBe(false);
    expect(early.week).toBeUndefined();
  });

  it('counts only sessions that ran this programme', () => {
    const other = FIRST_WEEK.map((s) => ({ ...s, programmeId: undefined }));
    expect(now(PROGRAMME, other, STEADY, '2025-03-05').week?.done).toBe(0);
  });
});

describe('the player’s doses of a programme', () => {
  it('runs a named side alone and both sides in turn only where the exercise has sides', () => {
    const steps = programmeSteps(now(PROGRAMME));
    expect(steps.map((s) => s.dose)).toEqual([
      { holdSeconds: 20, reps: 2, sets: 1, side: 'left' },
      { holdSeconds: 3, reps: 6, sets: 1, perSide: false },
      { holdSeconds: 5, reps: 5, sets: 2, perSide: true },
    ]);
  });

  it('leaves out an exercise the library no longer has', () => {
    const gone = {
      ...PROGRAMME,
      exercises: [
        ...PROGRAMME.exercises,
        { ...must(PROGRAMME.exercises[1]), exerciseId: 'no-such' },
      ],
    };
    expect(programmeSteps(now(gone)).map((s) => s.item.id)).toEqual([
      'knee-to-chest',
      'cat-cow',
      'bird-dog',
    ]);
  });
});

describe('a programme in words', () => {
  it('says how often', () => {
    expect(howOften({ sessionsPerDay: 1, daysPerWeek: 7 })).toBe('Once a day, every day');
    expect(howOften({ sessionsPerDay: 2, daysPerWeek: 5 })).toBe('Twice a day, 5 days a week');
    expect(howOften({ sessionsPerDay: 3, daysPerWeek: 1 })).toBe('3 times a day, 1 day a week');
  });

  it('says each side only where both sides of a two-sided exercise are asked for', () => {
    const knee = must(exerciseById('knee-to-chest'));
    const cat = must(exerciseById('cat-cow'));
    const left = must(PROGRAMME.exercises[0]);
    const catCow = must(PROGRAMME.exercises[1]);
    expect(programmeDoseWords(left, knee)).toBe('Hold 20 s · 2 times · 1 set');
    expect(sideWords(left)).toBe('Left side only');
    expect(programmeDoseWords({ ...left, side: 'both' }, knee)).toBe(
      'Hold 20 s · 2 times each side · 1 set',
    );
    expect(programmeDoseWords(catCow, cat)).toBe('Hold 3 s · 6 times · 1 set');
    expect(sideWords(catCow)).toBeUndefined();
  });

  it('says whether the doses stay as set or may step up', () => {
    expect(dosesNote(PROGRAMME)).toBe(
      'Your physiotherapist set these doses. They stay the same until Sam Patel changes them.',
    );
    expect(dosesNote({ ...PROGRAMME, allowProgression: true })).toContain('step up a little');
  });

  it('says this week’s sessions against the week’s ask', () => {
    expect(weekWords({ from: '2025-03-05', to: '2025-03-11', done: 2 }, PROGRAMME)).toBe(
      'This week (Wed 5 Mar to Tue 11 Mar): 2 of 7 sessions done',
    );
  });
});
