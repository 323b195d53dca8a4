/**
 * A player session from exercise items: each at its starting dose (default hold, reps and sets) or
 * the one a plan or a clinician's programme gives, two-sided exercises held on each side unless a
 * programme names one side, with the rests core/exercises/dose.ts gives every dose. Built here
 * without core's zod check, so the numbers are kept inside the bounds it enforces, which core
 * exports without zod.
 */
import { HOLD_SECONDS, REPS, SETS, TRANSITION_SECONDS, timed } from '../../core/exercises/dose.js';
import type { Session, SessionExercise } from '../../core/player/session.js';
import { SIDE_WORDS } from '../../core/programme/programme.js';
import type { ExerciseItem } from '../exercises/catalogue.js';
import type { SessionDose } from './path.js';

/**
 * A dose as the player is given it: the address's numbers, and from a programme (core/programme's
 * `playerDose`) whether each rep is held on each side and the one side a clinician named.
 */
export interface GivenDose extends SessionDose {
  readonly perSide?: boolean;
  readonly side?: 'left' | 'right';
}

/** "Left side only", for the start of a sentence. */
function sideOnly(side: 'left' | 'right'): string {
  const words = SIDE_WORDS[side];
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A cue longer than this is cut, as core's schema allows at most 300 characters. */
const MAX_CUE_LENGTH = 300;

function clamp(n: number, { min, max }: { readonly min: number; readonly max: number }): number {
  return Math.min(max, Math.max(min, Math.round(n)));
}

function cue(text: string): string {
  return text.length <= MAX_CUE_LENGTH ? text : `${text.slice(0, MAX_CUE_LENGTH - 1)}…`;
}

/**
 * An exercise at its starting dose, or at the dose a plan or programme gives it. A side the
 * clinician named is the only one run, and the exercise's name and first cue say which.
 */
export function sessionExercise(item: ExerciseItem, given?: GivenDose): SessionExercise {
  const { dose, exercise } = item;
  const holdSeconds = clamp(given?.holdSeconds ?? dose.holdSeconds.default, HOLD_SECONDS);
  // A continuous exercise (walking) is one timed stretch of time, not reps.
  const reps = exercise.continuous ? 1 : clamp(given?.reps ?? dose.reps.default, REPS);
  const sets = exercise.continuous ? 1 : clamp(given?.sets ?? dose.sets, SETS);
  const side = given?.side;
  const perSide = side === undefined && (given?.perSide ?? exercise.perSide);
  const start =
    side === undefined
      ? exercise.startingPosition
      : `${sideOnly(side)}. ${exercise.startingPosition}`;
  return {
    exerciseId: item.id,
    name: side === undefined ? item.title : `${item.title}, ${SIDE_WORDS[side]}`,
    ...timed({ holdSeconds, reps, sets, perSide }),
    cues: {
      start: cue(start),
      // A breathing cue takes longer to say than a short hold lasts.
      ...(holdSeconds >= 10 ? { hold: cue(exercise.breathing) } : {}),
    },
  };
}

export function buildSession(
  items: readonly ExerciseItem[],
  doses: readonly (GivenDose | undefined)[] = [],
): Session {
  return {
    exercises: items.map((item, i) => sessionExercise(item, doses[i])),
    transitionSeconds: TRANSITION_SECONDS.default,
  };
}
