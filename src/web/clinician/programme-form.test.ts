import { describe, expect, it } from 'vitest';
import { libraryExercise } from '../../core/plan/catalogue.js';
import { ProgrammeInput } from '../../core/programme/programme.schema.js';
import {
  checkDraft,
  doseRange,
  draftOf,
  exerciseDraft,
  fieldId,
  findExercises,
  newDraft,
  type ProgrammeDraft,
  serverErrors,
} from './programme-form.js';

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('a fixture is missing');
  return value;
}

const birdDog = must(libraryExercise('bird-dog'));
const catCow = must(libraryExercise('cat-cow'));

function twoExercises(): ProgrammeDraft {
  return { ...newDraft('2026-03-02'), exercises: [exerciseDraft(birdDog), exerciseDraft(catCow)] };
}

describe('a new programme', () => {
  it('starts today, is reviewed four weeks on, and does not step doses up on its own', () => {
    const draft = newDraft('2026-03-02');
    expect(draft.startDate).toBe('2026-03-02');
    expect(draft.reviewDate).toBe('2026-03-30');
    expect(draft.allowProgression).toBe(false);
  });

  it('starts each exercise at the library’s dose, on each side', () => {
    expect(exerciseDraft(birdDog)).toEqual({
      exerciseId: 'bird-dog',
      holdSeconds: String(birdDog.dose.holdSeconds.default),
      reps: String(birdDog.dose.reps.default),
      sets: String(birdDog.dose.sets),
      side: 'both',
      notes: '',
    });
  });
});

describe('dose ranges', () => {
  it('keeps hold and reps to the library’s range for the exercise, and sets to core’s', () => {
    expect(doseRange('bird-dog', 'holdSeconds')).toEqual({
      min: birdDog.dose.holdSeconds.min,
      max: birdDog.dose.holdSeconds.max,
    });
    expect(doseRange('bird-dog', 'reps')).toEqual({
      min: birdDog.dose.reps.min,
      max: birdDog.dose.reps.max,
    });
    expect(doseRange('bird-dog', 'sets')).toEqual({ min: 1, max: 10 });
  });
});

describe('checking a draft', () => {
  it('gives the API’s input when every field holds, every number a number', () => {
    const draft = twoExercises();
    const first = must(draft.exercises[0]);
    draft.exercises[0] = { ...first, side: 'left', notes: '  Slowly.  ' };
    draft.notes = 'Little and often.';
    const checked = checkDraft(draft);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.input.exercises[0]).toEqual({
      exerciseId: 'bird-dog',
      holdSeconds: birdDog.dose.holdSeconds.default,
      reps: birdDog.dose.reps.default,
      sets: birdDog.dose.sets,
      side: 'left',
      notes: 'Slowly.',
    });
    // The server's own schema takes it as it is.
    expect(ProgrammeInput.safeParse(checked.input).success).toBe(true);
  });

  it('sends "both" for an exercise that is not done one side at a time', () => {
    const draft = twoExercises();
    draft.exercises[1] = { ...must(draft.exercises[1]), side: 'right' };
    const checked = checkDraft(draft);
    expect(checked.ok && checked.input.exercises[1]?.side).toBe('both');
  });

  it('names each field out of range by its API path, in words', () => {
    const draft = twoExercises();
    draft.exercises[0] = { ...must(draft.exercises[0]), reps: '99', holdSeconds: '2.5' };
    draft.sessionsPerDay = '0';
    draft.reviewDate = '2026-03-01';
    const checked = checkDraft(draft);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({
      'exercises.0.reps': `Use a number from ${birdDog.dose.reps.min} to ${birdDog.dose.reps.max}.`,
      'exercises.0.holdSeconds': `Enter a whole number from ${birdDog.dose.holdSeconds.min} to ${birdDog.dose.holdSeconds.max}.`,
      sessionsPerDay: 'Use a number from 1 to 3.',
      reviewDate: 'Choose a review day on or after the start.',
    });
  });

  it('asks for a title and at least one exercise', () => {
    const checked = checkDraft({ ...newDraft('2026-03-02'), title: '  ' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(['exercises', 'title']);
  });

  it('reads a saved programme back into the same draft', () => {
    const checked = checkDraft(twoExercises());
    if (!checked.ok) throw new Error('the draft should hold');
    const saved = {
      ...checked.input,
      clinicianId: '0195f7a0-8c3e-7a11-8b22-000000000001',
      clinicianName: 'Sam Patel',
      profession: 'physiotherapist' as const,
      assignedAt: '2026-03-02T09:00:00.000Z',
    };
    expect(draftOf(saved)).toEqual(twoExercises());
  });
});

describe('the server’s refusals', () => {
  it('land beside the field they name, finished as a sentence, and the rest on the form', () => {
    const errors = serverErrors(
      [
        { path: 'exercises.1.reps', message: 'must be at most 10' },
        { path: 'exercises.0.exerciseId', message: 'is not in the library' },
        { path: 'clinicianId', message: 'must not be sent' },
      ],
      twoExercises(),
    );
    expect(errors).toEqual({
      'exercises.1.reps': 'This must be at most 10.',
      'exercises.0.exerciseId': 'This is not in the library.',
      form: 'This must not be sent.',
    });
  });

  it('finds each field by an id made from its path', () => {
    expect(fieldId('exercises.0.reps')).toBe('programme-exercises-0-reps');
  });
});

describe('finding exercises', () => {
  it('matches every word of the search in the title or other names, leaving out those chosen', () => {
    expect(findExercises('knee chest', []).map((e) => e.id)).toEqual([
      'double-knee-to-chest',
      'knee-to-chest',
    ]);
    expect(findExercises('knee chest', ['knee-to-chest']).map((e) => e.id)).toEqual([
      'double-knee-to-chest',
    ]);
    expect(findExercises('', []).length).toBeGreaterThan(10);
  });
});
