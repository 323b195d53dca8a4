import { describe, expect, it } from 'vitest';
import { parseSession } from '../../core/player/session.schema.js';
import { EXERCISES, exerciseById } from '../exercises/catalogue.js';
import { buildSession, sessionExercise } from './build.js';

describe('sessions built from exercise items', () => {
  it('are accepted by the core session schema for every exercise, alone and all together', () => {
    for (const item of EXERCISES) {
      expect(() => parseSession(buildSession([item]))).not.toThrow();
    }
    expect(() => parseSession(buildSession(EXERCISES))).not.toThrow();
  });

  it('use the starting dose and hold two-sided exercises on each side', () => {
    const item = exerciseById('knee-to-chest');
    if (item === undefined) throw new Error('knee-to-chest is missing');
    const exercise = sessionExercise(item);
    expect(exercise.holdSeconds).toBe(item.dose.holdSeconds.default);
    expect(exercise.reps).toBe(item.dose.reps.default);
    expect(exercise.perSide).toBe(true);
  });

  it('time walking as one stretch of minutes, not reps', () => {
    const item = exerciseById('walking');
    if (item === undefined) throw new Error('walking is missing');
    const exercise = sessionExercise(item);
    expect(exercise.reps).toBe(1);
    expect(exercise.holdSeconds).toBe(item.dose.holdSeconds.default);
  });
});

describe('a clinician’s programme in the player', () => {
  const item = exerciseById('knee-to-chest');
  if (item === undefined) throw new Error('knee-to-chest is missing');
  const dose = { holdSeconds: 25, reps: 3, sets: 2 };

  it('runs one side only when the clinician named it, and says which in the name and first cue', () => {
    const left = sessionExercise(item, { ...dose, perSide: false, side: 'left' });
    expect(left.perSide).toBe(false);
    expect(left.name).toBe(`${item.title}, left side only`);
    expect(left.cues.start?.startsWith('Left side only. ')).toBe(true);
    expect([left.holdSeconds, left.reps, left.sets]).toEqual([25, 3, 2]);
    expect(() => parseSession(buildSession([item], [{ ...dose, side: 'right' }]))).not.toThrow();
  });

  it('runs both sides in turn when the clinician asked for each side', () => {
    const both = sessionExercise(item, { ...dose, perSide: true });
    expect(both.perSide).toBe(true);
    expect(both.name).toBe(item.title);
  });
});
