/**
 * The schema of a session's log (built by record.ts): what the device checks on every read of a
 * `session-log` record, and what any log arriving from outside is checked with. Pain scores are
 * whole numbers 0–10 and 0 is a real score. Written with zod/mini, like every record kind's schema.
 */
import * as z from 'zod/mini';
import { MAX_EXERCISES, REPS, SETS } from '../exercises/dose.js';
import { IdSchema, IsoInstantSchema, PainScoreSchema, SlugSchema } from '../units.schema.js';
import { parseOrThrow } from '../validation.js';
import type { PlayerState } from './machine.js';
import { buildSessionRecord, type SessionLogExtras, type SessionRecord } from './record.js';

const whole = (max: number) =>
  z.int({ error: 'must be a whole number' }).check(z.gte(0), z.lte(max));

export const ExerciseDoneRecord = z.strictObject({
  exerciseId: z.pipe(z.string({ error: 'is required' }), SlugSchema),
  repsDone: whole(REPS.max * SETS.max),
  setsDone: whole(SETS.max),
  completed: z.boolean({ error: 'must be true or false' }),
});

const sessionFields = {
  startedAt: IsoInstantSchema,
  endedAt: IsoInstantSchema,
  exercises: z.array(ExerciseDoneRecord).check(z.minLength(1), z.maxLength(MAX_EXERCISES)),
  /** Seconds of the session without pauses. */
  activeSeconds: z.optional(z.int({ error: 'must be a whole number' }).check(z.gte(0))),
  painBefore0to10: z.optional(PainScoreSchema),
  painAfter0to10: z.optional(PainScoreSchema),
  stoppedForPain: z.boolean({ error: 'must be true or false' }),
  /** The pain that stopped the session, asked right after "This hurts". */
  stopPain0to10: z.optional(PainScoreSchema),
  /** The clinician's programme the session ran (core/programme), when it ran one. */
  programmeId: z.optional(IdSchema),
};

/** The rules across fields: a session ends after it starts, and a stop score needs a stop. */
const consistent = z.superRefine(
  (
    log: { startedAt: string; endedAt: string; stoppedForPain: boolean; stopPain0to10?: unknown },
    ctx,
  ) => {
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
  },
);

/** A `session-log` record's data: the log without its id, which is the record's. */
export const SessionLogData = z.strictObject(sessionFields).check(consistent);

/** A log with its id, as a client sends it. */
export const SessionLog = z
  .strictObject({
    // RFC 9562 reads ids case-insensitively; one stored form keeps "the same id" meaning one row.
    id: z.pipe(
      IdSchema,
      z.transform((id: string) => id.toLowerCase()),
    ),
    ...sessionFields,
  })
  .check(consistent);
export type SessionLog = z.output<typeof SessionLog>;

/** The log of a finished or stopped session; a `validation_failed` AppError names a bad extra. */
export function sessionLog(state: PlayerState, extras: SessionLogExtras): SessionLog {
  return parseOrThrow(SessionLog, buildSessionRecord(state, extras));
}

// Compile-time check: the schema and record.ts's zod-free type describe the same log.
type Assignable<A extends B, B> = A;
export type _LogFits = Assignable<SessionLog, SessionRecord>;
export type _RecordFits = Assignable<SessionRecord, z.input<typeof SessionLog>>;
