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
