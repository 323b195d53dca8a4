/**
 * Small session factories for tests and demos of the player: one place for test data, so a change
 * to the session's shape is made once.
 */

import { TRANSITION_SECONDS } from '../exercises/dose.js';
import type { Session, SessionExercise } from './session.js';

export function exerciseInput(overrides: Partial<SessionExercise> = {}): SessionExercise {
  return {
    exerciseId: 'pelvic-tilt',
    name: 'Pelvic tilt',
    holdSeconds: 5,
    reps: 2,
    sets: 1,
    restSeconds: 2,
    perSide: false,
    cues: {},
    ...overrides,
  };
}

/** A session as the schema would give it back: defaults filled in. */
export function makeSession(input: Partial<Session> = {}): Session {
  return {
    exercises: [exerciseInput()],
    transitionSeconds: TRANSITION_SECONDS.default,
    ...input,
  };
}

/**
 * Two exercises that between them use every phase: a two-sided exercise with rests between reps
 * and sides, the pause to change exercise, and a one-sided one with two sets and a set rest.
 * Planned length 48 s: knee-to-chest 0–29 s, next-exercise 29–34 s, cat-cow 34–48 s.
 */
export function twoExerciseSession(): Session {
  return makeSession({
    transitionSeconds: 5,
    exercises: [
      exerciseInput({
        exerciseId: 'knee-to-chest',
        name: 'Knee to chest',
        holdSeconds: 5,
        reps: 2,
        sets: 1,
        restSeconds: 2,
        perSide: true,
        cues: {
          start: 'Lie on your back with your knees bent.',
          hold: 'Breathe slowly.',
          release: 'Lower your foot.',
        },
      }),
      exerciseInput({
        exerciseId: 'cat-cow',
        name: 'Cat-cow',
        holdSeconds: 4,
        reps: 1,
        sets: 2,
        restSeconds: 0,
        setRestSeconds: 3,
      }),
    ],
  });
}
