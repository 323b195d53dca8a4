import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../player/timeline.js';
import {
  exerciseSeconds,
  GET_READY_SECONDS,
  HOLD_SECONDS,
  MAX_EXERCISES,
  REPS,
  REST_SECONDS,
  restFor,
  SET_REST_SECONDS,
  SETS,
  sessionSeconds,
  TRANSITION_SECONDS,
  timed,
} from './dose.js';

const within = (range: { min: number; max: number }) => fc.integer(range);

const timedDose = fc.record({
  holdSeconds: within(HOLD_SECONDS),
  reps: within(REPS),
  sets: within(SETS),
  perSide: fc.boolean(),
  restSeconds: within(REST_SECONDS),
  setRestSeconds: fc.option(within(REST_SECONDS), { nil: undefined }),
});

describe('the exercise dose', () => {
  it('counts a session exactly as the player runs it, for any session', () => {
    fc.assert(
      fc.property(
        fc.array(timedDose, { minLength: 1, maxLength: 4 }),
        within(TRANSITION_SECONDS),
        (doses, transitionSeconds) => {
          const session = {
            exercises: doses.map((d, i) => ({
              ...d,
              exerciseId: `exercise-${i}`,
              name: `Exercise ${i}`,
              cues: {},
            })),
            transitionSeconds,
          };
          expect(buildTimeline(session).totalMs).toBe(
            sessionSeconds(doses, transitionSeconds) * 1000,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts the get-ready, every hold on each side, the rests between and the set rests', () => {
    const dose = { holdSeconds: 20, reps: 2, sets: 2, perSide: true, restSeconds: 10 };
    // Per set: 4 holds with 3 rests; then one set rest (the rep rest, none being given).
    expect(exerciseSeconds(dose)).toBe(GET_READY_SECONDS + 2 * (4 * 20 + 3 * 10) + 10);
    expect(exerciseSeconds({ ...dose, setRestSeconds: 30 })).toBe(
      GET_READY_SECONDS + 2 * (4 * 20 + 3 * 10) + 30,
    );
  });

  it('times a continuous exercise such as walking as one hold', () => {
    const walking = timed({ holdSeconds: 1800, reps: 1, sets: 1, perSide: false });
    expect(exerciseSeconds(walking)).toBe(GET_READY_SECONDS + 1800);
    expect(HOLD_SECONDS.max).toBeGreaterThanOrEqual(1800);
  });

  it('adds a change of position between exercises, not before the first', () => {
    const a = timed({ holdSeconds: 5, reps: 1, sets: 1, perSide: false });
    expect(sessionSeconds([a])).toBe(exerciseSeconds(a));
    expect(sessionSeconds([a, a])).toBe(2 * exerciseSeconds(a) + TRANSITION_SECONDS.default);
    expect(sessionSeconds([a, a], 0)).toBe(2 * exerciseSeconds(a));
  });

  it('rests longer after longer holds, and between sets only when there are sets', () => {
    expect(restFor(3)).toBeLessThan(restFor(10));
    expect(restFor(10)).toBeLessThan(restFor(30));
    const one = timed({ holdSeconds: 30, reps: 2, sets: 1, perSide: false });
    expect(one).toEqual({ holdSeconds: 30, reps: 2, sets: 1, perSide: false, restSeconds: 10 });
    expect(timed({ ...one, sets: 3 }).setRestSeconds).toBe(SET_REST_SECONDS);
  });

  it('keeps its limits inside one another: every default rest and transition is in range', () => {
    for (const hold of [HOLD_SECONDS.min, 5, 15, 60, HOLD_SECONDS.max]) {
      expect(restFor(hold)).toBeGreaterThanOrEqual(REST_SECONDS.min);
      expect(restFor(hold)).toBeLessThanOrEqual(REST_SECONDS.max);
    }
    expect(SET_REST_SECONDS).toBeLessThanOrEqual(REST_SECONDS.max);
    expect(TRANSITION_SECONDS.default).toBeLessThanOrEqual(TRANSITION_SECONDS.max);
    expect(MAX_EXERCISES).toBeGreaterThan(0);
  });
});
