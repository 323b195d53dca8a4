import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { uuidv7 } from '../ids.js';
import { type PainScore, painScore } from '../units.js';
import { twoExerciseSession } from './fixtures.js';
import { SessionLog, sessionLog } from './log.schema.js';
import { createPlayer, type PlayerState, reduce } from './machine.js';

const T0 = Date.UTC(2025, 4, 1, 7, 30);
const ID = uuidv7(T0, (n) => new Uint8Array(n).fill(7));

function stoppedForPainAt(seconds: number): PlayerState {
  const started = reduce(createPlayer(twoExerciseSession()), { type: 'start', now: T0 });
  return reduce(started, { type: 'stopForPain', now: T0 + seconds * 1000 });
}

function validationFields(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.fields.map((f) => f.path);
    throw error;
  }
  return [];
}

describe('sessionLog', () => {
  it('records a session stopped for pain, keeping 0 as a real pain score', () => {
    const log = sessionLog(stoppedForPainAt(20), {
      id: ID,
      painBefore0to10: painScore(0),
      stopPain0to10: painScore(6),
    });
    expect(log).toEqual({
      id: ID,
      startedAt: '2025-05-01T07:30:00.000Z',
      endedAt: '2025-05-01T07:30:20.000Z',
      exercises: [
        { exerciseId: 'knee-to-chest', repsDone: 1, setsDone: 0, completed: false },
        { exerciseId: 'cat-cow', repsDone: 0, setsDone: 0, completed: false },
      ],
      activeSeconds: 20,
      painBefore0to10: painScore(0),
      stoppedForPain: true,
      stopPain0to10: painScore(6),
    });
    expect(log.painAfter0to10 === undefined).toBe(true);
    expect('painAfter0to10' in log).toBe(false);
  });

  it('records a finished session', () => {
    const done = reduce(reduce(createPlayer(twoExerciseSession()), { type: 'start', now: T0 }), {
      type: 'tick',
      now: T0 + 3_600_000,
    });
    const log = sessionLog(done, {
      id: ID.toUpperCase(),
      painBefore0to10: painScore(5),
      painAfter0to10: painScore(3),
    });
    expect(log).toMatchObject({
      id: ID,
      stoppedForPain: false,
      endedAt: '2025-05-01T07:30:48.000Z',
      activeSeconds: 48,
    });
    expect(log.exercises.every((e) => e.completed)).toBe(true);
  });

  it('names a pain score that is not a whole number from 0 to 10', () => {
    const state = stoppedForPainAt(5);
    expect(
      validationFields(() => sessionLog(state, { id: ID, painBefore0to10: 11 as PainScore })),
    ).toEqual(['painBefore0to10']);
    expect(
      validationFields(() => sessionLog(state, { id: ID, painAfter0to10: 2.5 as PainScore })),
    ).toEqual(['painAfter0to10']);
    expect(
      validationFields(() => sessionLog(state, { id: ID, stopPain0to10: -1 as PainScore })),
    ).toEqual(['stopPain0to10']);
    expect(validationFields(() => sessionLog(state, { id: 'not-an-id' }))).toEqual(['id']);
  });

  it('keeps the stopping pain for sessions stopped for pain only', () => {
    const ended = reduce(reduce(createPlayer(twoExerciseSession()), { type: 'start', now: T0 }), {
      type: 'end',
      now: T0 + 5000,
    });
    expect(
      validationFields(() => sessionLog(ended, { id: ID, stopPain0to10: painScore(4) })),
    ).toEqual(['stopPain0to10']);
  });

  it('refuses a session that has not ended', () => {
    const running = reduce(createPlayer(twoExerciseSession()), { type: 'start', now: T0 });
    expect(() => sessionLog(running, { id: ID })).toThrow(RangeError);
  });
});

describe('SessionLog schema', () => {
  const valid = {
    id: ID,
    startedAt: '2025-05-01T07:30:00.000Z',
    endedAt: '2025-05-01T07:40:00Z',
    exercises: [{ exerciseId: 'cat-cow', repsDone: 3, setsDone: 1, completed: true }],
    stoppedForPain: false,
  };

  it('accepts a stored log without pain scores or active time', () => {
    expect(SessionLog.safeParse(valid).success).toBe(true);
  });

  it('rejects times with an offset, an end before the start and unknown keys', () => {
    const paths = (input: unknown) => {
      const result = SessionLog.safeParse(input);
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ ...valid, startedAt: '2025-05-01T09:30:00+02:00' })).toEqual(['startedAt']);
    expect(paths({ ...valid, endedAt: '2025-05-01T07:00:00Z' })).toEqual(['endedAt']);
    expect(paths({ ...valid, mood: 'fine' })).toEqual(['']);
  });
});
