/**
 * The `programme` record's schema (types in programme.ts): what the server checks a clinician's
 * programme with before it is kept, and what every device checks it with on read. zod/mini, like
 * every record kind's schema. Whether each exercise is in the library is checked by the server,
 * which has the library (programmes.ts); the schema checks shape and ranges.
 */
import * as z from 'zod/mini';
import { HOLD_SECONDS, MAX_EXERCISES, REPS, SETS } from '../exercises/dose.js';
import { IdSchema, IsoDateSchema, IsoInstantSchema, SlugSchema } from '../units.schema.js';
import type * as T from './programme.js';
import {
  DAYS_PER_WEEK,
  NAME_MAX,
  NOTE_MAX,
  PROFESSIONS,
  PROGRAMME_NOTES_MAX,
  SESSIONS_PER_DAY,
  SIDES,
  TITLE_MAX,
} from './programme.js';

const whole = (range: { min: number; max: number }) =>
  z
    .number({ error: 'must be a number' })
    .check(
      z.int({ error: 'must be a whole number' }),
      z.gte(range.min, { error: `must be at least ${range.min}` }),
      z.lte(range.max, { error: `must be at most ${range.max}` }),
    );

const words = (max: number) =>
  z
    .string({ error: 'must be text' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'must not be empty' }),
      z.maxLength(max, { error: `must be at most ${max} characters` }),
    );

export const ProgrammeExerciseSchema = z.strictObject({
  exerciseId: z.pipe(z.string({ error: 'is required' }), SlugSchema),
  holdSeconds: whole(HOLD_SECONDS),
  reps: whole(REPS),
  sets: whole(SETS),
  side: z.enum(SIDES, { error: `must be one of ${SIDES.join(', ')}` }),
  notes: z.optional(words(NOTE_MAX)),
});

const inputFields = {
  title: words(TITLE_MAX),
  exercises: z
    .array(ProgrammeExerciseSchema, { error: 'must be a list of exercises' })
    .check(
      z.minLength(1, { error: 'must hold at least one exercise' }),
      z.maxLength(MAX_EXERCISES, { error: `must hold at most ${MAX_EXERCISES} exercises` }),
    ),
  sessionsPerDay: whole(SESSIONS_PER_DAY),
  daysPerWeek: whole(DAYS_PER_WEEK),
  notes: z.optional(words(PROGRAMME_NOTES_MAX)),
  startDate: IsoDateSchema,
  reviewDate: IsoDateSchema,
  allowProgression: z.boolean({ error: 'must be true or false' }),
};

/** The rules across fields: a review after the start, each exercise once. */
const consistent = z.superRefine(
  (p: { startDate: string; reviewDate: string; exercises: { exerciseId: string }[] }, ctx) => {
    if (p.reviewDate < p.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewDate'],
        message: 'must not be before startDate',
      });
    }
    const seen = new Set<string>();
    p.exercises.forEach((e, i) => {
      if (seen.has(e.exerciseId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['exercises', i, 'exerciseId'],
          message: 'is already in the programme',
        });
      }
      seen.add(e.exerciseId);
    });
  },
);

/** What a clinician sends: the programme without who wrote it and when, which the server adds. */
export const ProgrammeInput = z.strictObject(inputFields).check(consistent);
export type ProgrammeInput = z.output<typeof ProgrammeInput>;

/** A `programme` record's data: the input with who wrote it and when. */
export const ProgrammeData = z
  .strictObject({
    ...inputFields,
    clinicianId: IdSchema,
    clinicianName: words(NAME_MAX),
    profession: z.enum(PROFESSIONS, { error: `must be one of ${PROFESSIONS.join(', ')}` }),
    assignedAt: IsoInstantSchema,
  })
  .check(consistent) satisfies z.ZodMiniType<T.Programme>;
