/**
 * A player session from exercise items: each at its starting dose (default hold, reps and sets),
 * two-sided exercises held on each side, with the rests core/exercises/dose.ts gives every dose.
 * Built here without core's zod check, so the numbers are kept inside the bounds it enforces,
 * which core exports without zod.
 */
import { HOLD_SECONDS, REPS, SETS, TRANSITION_SECONDS, timed } from '../../core/exercises/dose.js';
import type { Session, SessionExercise } from '../../core/player/session.js';
import type { ExerciseItem } from '../exercises/catalogue.js';
import type { SessionDose } from './path.js';

/** A cue longer than this is cut, as core's schema allows at most 300 characters. */
const MAX_CUE_LENGTH = 300;

function clamp(n: number, { min, max }: { readonly min: number; readonly max: number }): number {
  return Math.min(max, Math.max(min, Math.round(n)));
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
    ...timed({ holdSeconds, reps, sets, perSide: exercise.perSide }),
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
