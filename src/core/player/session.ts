/**
 * What the session player is given: an ordered list of exercises with their holds, reps, sets,
 * rests and spoken cues. One zod schema checks a session wherever it is made (a plan, a
 * physiotherapist's programme, the relief protocol's gentle-movement step), so the player itself
 * never meets a zero-second hold or a thousand reps. Errors name the field ("exercises.0.reps").
 */
import { z } from 'zod';
import { Slug } from '../content/schema.js';
import { parseOrThrow } from '../validation.js';

import {
  HOLD_SECONDS,
  MAX_EXERCISES,
  REPS,
  REST_SECONDS,
  SETS,
  TRANSITION_SECONDS,
} from './limits.js';

export { HOLD_SECONDS, MAX_EXERCISES, REPS, REST_SECONDS, SETS, TRANSITION_SECONDS };

function wholeNumber(range: { min: number; max: number }, unit: 'seconds' | '') {
  const amount = (n: number) =>
    unit === '' ? String(n) : n === 1 ? `${n} second` : `${n} ${unit}`;
  return z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(range.min, `must be at least ${amount(range.min)}`)
    .max(range.max, `must be at most ${amount(range.max)}`);
}

const CueText = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .max(300, 'must be at most 300 characters');

/** Words spoken at three moments of an exercise; each is optional and spoken after our own words. */
export const ExerciseCues = z.strictObject({
  /** How to get into position, said when the exercise is announced ("Lie on your back…"). */
  start: CueText.optional(),
  /** Said as each hold begins, typically the breathing cue ("Breathe slowly…"). */
  hold: CueText.optional(),
  /** Said as each hold ends ("Lower your foot back to the floor."). */
  release: CueText.optional(),
});
export type ExerciseCues = z.output<typeof ExerciseCues>;

export const SIDES = ['one', 'both'] as const;

export const SessionExercise = z.strictObject({
  exerciseId: z.string({ error: 'is required' }).pipe(Slug),
  name: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'must not be empty')
    .max(120, 'must be at most 120 characters'),
  holdSeconds: wholeNumber(HOLD_SECONDS, 'seconds'),
  reps: wholeNumber(REPS, ''),
  sets: wholeNumber(SETS, ''),
  /** Between reps, and between the two sides of a rep; 0 goes straight on. */
  restSeconds: wholeNumber(REST_SECONDS, 'seconds'),
  /** Between sets; the rep rest when absent. */
  setRestSeconds: wholeNumber(REST_SECONDS, 'seconds').optional(),
  /** `'both'`: every rep is held once on each side, and each side is its own hold. */
  sides: z.enum(SIDES, { error: "must be 'one' or 'both'" }).default('one'),
  cues: ExerciseCues.default({}),
});
export type SessionExercise = z.output<typeof SessionExercise>;
export type SessionExerciseInput = z.input<typeof SessionExercise>;

export const Session = z.strictObject({
  exercises: z
    .array(SessionExercise, { error: 'must be a list of exercises' })
    .min(1, 'must hold at least one exercise')
    .max(MAX_EXERCISES, `must hold at most ${MAX_EXERCISES} exercises`),
  /** The "next exercise" pause to change position between two exercises; 0 skips it. */
  transitionSeconds: wholeNumber(TRANSITION_SECONDS, 'seconds').default(TRANSITION_SECONDS.default),
});
export type Session = z.output<typeof Session>;
export type SessionInput = z.input<typeof Session>;

/** A checked session, or a `validation_failed` AppError naming each bad field. */
export function parseSession(input: unknown): Session {
  return parseOrThrow(Session, input);
}
