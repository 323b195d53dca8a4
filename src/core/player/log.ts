/**
 * The record of one finished or stopped session, as kept on the device (and, with an account, on
 * the server): what was done, pain before and after if the person gave it, and whether it was
 * stopped for pain. Pain scores are whole numbers 0–10 and 0 is a real score, so absence is tested
 * with `=== undefined`, never truthiness.
 */
import { z } from 'zod';
import { Slug } from '../content/schema.js';
import { UUID_V7_PATTERN } from '../ids.js';
import { PainScoreSchema } from '../units.schema.js';
import { parseOrThrow } from '../validation.js';
import { MAX_EXERCISES, REPS, SETS } from './limits.js';
import type { PlayerState } from './machine.js';
import { buildSessionRecord, type SessionLogExtras } from './record.js';

export type { SessionLogExtras };

const IsoTime = z.iso.datetime({ error: 'must be an ISO 8601 time in UTC' });

export const ExerciseDoneRecord = z.strictObject({
  exerciseId: z.string({ error: 'is required' }).pipe(Slug),
  repsDone: z
    .number()
    .int('must be a whole number')
    .min(0)
    .max(REPS.max * SETS.max),
  setsDone: z.number().int('must be a whole number').min(0).max(SETS.max),
  completed: z.boolean({ error: 'must be true or false' }),
});
export type ExerciseDoneRecord = z.infer<typeof ExerciseDoneRecord>;

export const SessionLog = z
  .strictObject({
    id: z
      .string({ error: 'must be a UUIDv7 string' })
      .regex(UUID_V7_PATTERN, 'must be a UUIDv7')
      .transform((id) => id.toLowerCase()),
    startedAt: IsoTime,
    endedAt: IsoTime,
    exercises: z.array(ExerciseDoneRecord).min(1).max(MAX_EXERCISES),
    /** Seconds of the session without pauses. */
    activeSeconds: z.number().int('must be a whole number').min(0).optional(),
    painBefore0to10: z.optional(PainScoreSchema),
    painAfter0to10: z.optional(PainScoreSchema),
    stoppedForPain: z.boolean({ error: 'must be true or false' }),
    /** The pain that stopped the session, asked right after "This hurts". */
    stopPain0to10: z.optional(PainScoreSchema),
  })
  .superRefine((log, ctx) => {
    if (Date.parse(log.endedAt) < Date.parse(log.startedAt)) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'must not be before startedAt' });
    }
    if (log.stopPain0to10 !== undefined && !log.stoppedForPain) {
      ctx.addIssue({
        code: 'custom',
        path: ['stopPain0to10'],
        message: 'is only for a session stopped for pain',
      });
    }
  });
export type SessionLog = z.output<typeof SessionLog>;

/** The log of a finished or stopped session; a `validation_failed` AppError names a bad extra. */
export function sessionLog(state: PlayerState, extras: SessionLogExtras): SessionLog {
  return parseOrThrow(SessionLog, buildSessionRecord(state, extras));
}
