import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { exerciseInput } from './fixtures.js';
import { parseSession, Session } from './session.schema.js';

function errorPaths(input: unknown): string[] {
  try {
    parseSession(input);
  } catch (error) {
    if (error instanceof AppError) return error.fields.map((f) => `${f.path}: ${f.message}`);
    throw error;
  }
  return [];
}

describe('parseSession', () => {
  it('fills in one side (perSide false), no cues, the rep rest between sets and a 10-second change-over', () => {
    const { perSide: _p, cues: _c, ...input } = exerciseInput();
    const session = parseSession({ exercises: [input] });
    expect(session.transitionSeconds).toBe(10);
    expect(session.exercises[0]).toMatchObject({ perSide: false, cues: {} });
    expect(session.exercises[0]?.setRestSeconds).toBeUndefined();
  });

  it('accepts the edges of every range', () => {
    for (const edge of [
      { holdSeconds: 1, reps: 1, sets: 1, restSeconds: 0 },
      { holdSeconds: 3600, reps: 30, sets: 10, restSeconds: 300, setRestSeconds: 300 },
    ]) {
      expect(Session.safeParse({ exercises: [exerciseInput(edge)] }).success).toBe(true);
    }
  });

  it.each([
    [{ holdSeconds: 0 }, 'exercises.0.holdSeconds: must be at least 1 second'],
    [{ holdSeconds: 3601 }, 'exercises.0.holdSeconds: must be at most 3600 seconds'],
    [{ holdSeconds: 2.5 }, 'exercises.0.holdSeconds: must be a whole number'],
    [{ reps: 0 }, 'exercises.0.reps: must be at least 1'],
    [{ reps: 31 }, 'exercises.0.reps: must be at most 30'],
    [{ sets: 11 }, 'exercises.0.sets: must be at most 10'],
    [{ restSeconds: -1 }, 'exercises.0.restSeconds: must be at least 0 seconds'],
    [{ setRestSeconds: 301 }, 'exercises.0.setRestSeconds: must be at most 300 seconds'],
    [{ exerciseId: 'Knee To Chest' }, 'exercises.0.exerciseId: must be lower-case words'],
    [{ name: '  ' }, 'exercises.0.name: must not be empty'],
  ])('names the field when %o is out of range', (overrides, message) => {
    const errors = errorPaths({ exercises: [exerciseInput(overrides)] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('names the exercise by its place in the list', () => {
    const errors = errorPaths({
      exercises: [exerciseInput(), exerciseInput({ perSide: 'both' as unknown as boolean })],
    });
    expect(errors).toEqual(['exercises.1.perSide: must be true or false']);
  });

  it('rejects an empty session, unknown keys and an empty cue', () => {
    expect(errorPaths({ exercises: [] })).toEqual(['exercises: must hold at least one exercise']);
    expect(errorPaths({ exercises: [{ ...exerciseInput(), tempo: 2 }] })[0]).toMatch(
      /^exercises\.0\.tempo: /,
    );
    expect(errorPaths({ exercises: [exerciseInput({ cues: { hold: '' } })] })).toEqual([
      'exercises.0.cues.hold: must not be empty',
    ]);
  });
});
