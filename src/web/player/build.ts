/**
 * A player session from exercise items: each at its starting dose (default hold, reps and sets),
 * two-sided exercises held on each side, with rests a person can actually use to breathe and reset.
 * Built here without core's zod check, so the numbers are kept inside the bounds it enforces,
 * which core exports without zod.
 */
import { HOLD_SECONDS, REPS, SETS, TRANSITION_SECONDS } from '../../core/player/index.js';
import type { Session, SessionExercise } from '../../core/player/session.js';
import type { ExerciseItem } from '../exercises/catalogue.js';
import type { SessionDose } from './path.js';

/** A cue longer than this is cut, as core's schema allows at most 300 characters. */
const MAX_CUE_LENGTH = 300;
const SET_REST_SECONDS = 30;

function clamp(n: number, { min, max }: { readonly min: number; readonly max: number }): number {
  return Math.min(max, Math.max(min, Math.round(n)));
}

/** A short hold needs only a breath between reps; a long stretch a little longer to come out of. */
export function restFor(holdSeconds: number): number {
  if (holdSeconds <= 5) return 3;
  if (holdSeconds <= 15) return 5;
  return 10;
}

function cue(text: string): string {
  return text.length <= MAX_CUE_LENGTH ? text : `${text.slice(0, MAX_CUE_LENGTH - 1)}…`;
}

/** An exercise at its starting dose, or at the dose a plan gives it. */
export function sessionExercise(item: ExerciseItem, given?: SessionDose): SessionExercise {
  const { dose, exercise } = item;
  const holdSeconds = clamp(given?.holdSeconds ?? dose.holdSeconds.default, HOLD_SECONDS);
  // A continuous exercise (walking) is one timed stretch of time, not reps.
  const reps = exercise.continuous ? 1 : clamp(given?.reps ?? dose.reps.default, REPS);
  const sets = exercise.continuous ? 1 : clamp(given?.sets ?? dose.sets, SETS);
  return {
    exerciseId: item.id,
    name: item.title,
    holdSeconds,
    reps,
    sets,
    restSeconds: restFor(holdSeconds),
    ...(sets > 1 ? { setRestSeconds: SET_REST_SECONDS } : {}),
    sides: exercise.perSide ? 'both' : 'one',
    cues: {
      start: cue(exercise.startingPosition),
      // A breathing cue takes longer to say than a short hold lasts.
      ...(holdSeconds >= 10 ? { hold: cue(exercise.breathing) } : {}),
    },
  };
}

export function buildSession(
  items: readonly ExerciseItem[],
  doses: readonly (SessionDose | undefined)[] = [],
): Session {
  return {
    exercises: items.map((item, i) => sessionExercise(item, doses[i])),
    transitionSeconds: TRANSITION_SECONDS.default,
  };
}
