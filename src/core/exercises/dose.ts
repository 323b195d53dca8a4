/**
 * The exercise dose, the one shape the plan, the relief steps, the player, the library and the API
 * share: how long each hold lasts, how many reps and sets, and whether every rep is done on each
 * side. Beside it are the ranges a dose must keep to, the rests a session puts between holds, sets
 * and exercises, and `sessionSeconds`, the one count of how long a session takes. That count is
 * exactly what the player's timeline runs (core/player/timeline.ts lays out the same phases), so
 * "about 5 minutes" on the plan is about 5 minutes in the player.
 */

export interface Dose {
  holdSeconds: number;
  reps: number;
  sets: number;
  /** Every rep is held once on each side, each side its own hold. */
  perSide: boolean;
}

/** A dose of one exercise of the library. */
export interface ExerciseDose extends Dose {
  exerciseId: string;
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Up to an hour, so a continuous exercise such as walking fits as one hold. */
export const HOLD_SECONDS = { min: 1, max: 3600 } as const satisfies Range;
export const REPS = { min: 1, max: 30 } as const satisfies Range;
export const SETS = { min: 1, max: 10 } as const satisfies Range;
/** Enough for any programme a person would follow in one go, and a bound on a session's size. */
export const MAX_EXERCISES = 20;

/** The range of any rest: between holds, between sets. */
export const REST_SECONDS = { min: 0, max: 300 } as const satisfies Range;
/** Between two sets: long enough to shake out and breathe. */
export const SET_REST_SECONDS = 30;
/** The pause to change position between two exercises ("next exercise"); 0 skips it. */
export const TRANSITION_SECONDS = { min: 0, max: 120, default: 10 } as const;
/** The fixed "3, 2, 1" before the first hold of every exercise. */
export const GET_READY_SECONDS = 3;

/** A short hold needs only a breath between reps; a long stretch a little longer to come out of. */
export function restFor(holdSeconds: number): number {
  if (holdSeconds <= 5) return 3;
  if (holdSeconds <= 15) return 5;
  return 10;
}

/** A dose with the rests the player puts around its holds. */
export interface TimedDose extends Dose {
  /** Between reps, and between the two sides of a rep. */
  restSeconds: number;
  /** Between sets; the rep rest when absent. */
  setRestSeconds?: number | undefined;
}

/** A dose with the default rests: `restFor` its hold, and a set rest when there are sets. */
export function timed(dose: Dose): TimedDose {
  return {
    ...dose,
    restSeconds: restFor(dose.holdSeconds),
    ...(dose.sets > 1 ? { setRestSeconds: SET_REST_SECONDS } : {}),
  };
}

/**
 * Seconds one exercise takes in the player: the get-ready count, every hold (on each side when it
 * is per side), a rest after every hold but the last of a set, and a set rest between sets.
 */
export function exerciseSeconds(dose: TimedDose): number {
  const holdsPerSet = dose.reps * (dose.perSide ? 2 : 1);
  const rests = dose.sets * (holdsPerSet - 1);
  const setRest = dose.setRestSeconds ?? dose.restSeconds;
  return (
    GET_READY_SECONDS +
    dose.sets * holdsPerSet * dose.holdSeconds +
    rests * dose.restSeconds +
    (dose.sets - 1) * setRest
  );
}

/**
 * A session's length as a person is told it, "about N minutes": the one rounding every screen uses
 * (the plan, the spasm steps' gentle session, the player), so one session never reads as 5 minutes
 * in one place and 6 in another. Never less than one minute.
 */
export function aboutMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}

/** Seconds a whole session takes in the player: its exercises and a change of position between each two. */
export function sessionSeconds(
  doses: readonly TimedDose[],
  transitionSeconds: number = TRANSITION_SECONDS.default,
): number {
  const exercising = doses.reduce((sum, d) => sum + exerciseSeconds(d), 0);
  return exercising + Math.max(0, doses.length - 1) * transitionSeconds;
}
