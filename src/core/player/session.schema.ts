/**
 * The schema of a player's session (types in session.ts): one check wherever a session is made
 * from outside (a plan, a physiotherapist's programme), so the player itself never meets a
 * zero-second hold or a thousand reps. Errors name the field ("exercises.0.reps").
 */
import { z } from 'zod';
import {
  HOLD_SECONDS,
  MAX_EXERCISES,
  REPS,
  REST_SECONDS,
  SETS,
  TRANSITION_SECONDS,
} from '../exercises/dose.js';
import { SlugSchema } from '../units.schema.js';
import { parseOrThrow } from '../validation.js';
import type * as T from './session.js';

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

export const ExerciseCues = z.strictObject({
  start: CueText.optional(),
  hold: CueText.optional(),
  release: CueText.optional(),
});

export const SessionExercise = z.strictObject({
  exerciseId: z.string({ error: 'is required' }).pipe(SlugSchema),
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
  /** Every rep is held once on each side, and each side is its own hold. */
  perSide: z.boolean({ error: 'must be true or false' }).default(false),
  cues: ExerciseCues.default({}),
});
export type SessionExerciseInput = z.input<typeof SessionExercise>;

export const Session = z.strictObject({
  exercises: z
    .array(SessionExercise, { error: 'must be a list of exercises' })
    .min(1, 'must hold at least one exercise')
    .max(MAX_EXERCISES, `must hold at most ${MAX_EXERCISES} exercises`),
  transitionSeconds: wholeNumber(TRANSITION_SECONDS, 'seconds').default(TRANSITION_SECONDS.default),
});
export type SessionInput = z.input<typeof Session>;

/** A checked session, or a `validation_failed` AppError naming each bad field. */
export function parseSession(input: unknown): T.Session {
  return parseOrThrow(Session, input);
}

// Compile-time check: the schema and the zod-free types describe the same session.
type Assignable<A extends B, B> = A;
export type _SessionFits = Assignable<z.output<typeof Session>, T.Session>;
export type _TypeFits = Assignable<T.Session, z.input<typeof Session>>;
