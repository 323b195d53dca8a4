/**
 * zod schemas for the plan's inputs and output: the profile, the request (profile, state, week)
 * and the plan itself. The server, the CLI and the browser's form check input with these; the
 * zod-free types in `types.ts` describe the same shapes, and the checks at the foot of this file
 * fail to compile if the two drift apart.
 */
import { z } from 'zod';
import { CONTENT } from '../content/index.js';
import { isClockTime, isIsoDate, isTimeZone } from '../time/index.js';
import { isRegion, REGION_NAMES } from '../triage/emergency-numbers.js';
import { PainScoreSchema } from '../units.schema.js';
import type * as T from './types.js';
import {
  ACTIVITY_LEVELS,
  CHANGE_KINDS,
  MINUTES_PER_DAY,
  PLAN_PHASES,
  WORK_TYPES,
} from './types.js';

const EXERCISE_IDS = new Set(CONTENT.filter((c) => c.kind === 'exercise').map((c) => c.id));

/** Bounds on what a request may carry, so one request cannot ask for unbounded work. */
export const STATE_LIMITS = { checkIns: 400, sessions: 1000 } as const;

export const IsoDate = z
  .string({ error: "must be a date 'YYYY-MM-DD'" })
  .refine(isIsoDate, "must be a real date written 'YYYY-MM-DD'");

const ClockTime = z
  .string({ error: "must be a time 'HH:MM'" })
  .refine(isClockTime, "must be a time 'HH:MM' from 00:00 to 23:59");

/** One of a fixed list, published as an enum in OpenAPI, with a message that lists the values. */
function oneOf<const V extends readonly [string | number, ...(string | number)[]]>(values: V) {
  const words = values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
  return z.literal(values, { error: `must be one of ${words}` });
}

export const Profile = z.strictObject({
  work: oneOf(WORK_TYPES),
  activity: oneOf(ACTIVITY_LEVELS),
  minutesPerDay: oneOf(MINUTES_PER_DAY),
  // Accepted in any order and sorted here, so a form need not sort; a repeated time is one session.
  times: z
    .array(ClockTime, { error: "must be a list of times 'HH:MM'" })
    .min(1, 'must hold at least one time')
    .max(4, 'must hold at most 4 times')
    .transform((times) => [...new Set(times)].sort()),
  painNow0to10: PainScoreSchema,
  daysSinceOnset: z
    .number({ error: 'must be a number of days, or null when there is no current episode' })
    .int('must be a whole number')
    .min(0, 'must be at least 0')
    .max(36_500, 'must be at most 36500')
    .nullable(),
  exclude: z
    .array(
      z
        .string({ error: 'must be an exercise id' })
        .refine((id) => EXERCISE_IDS.has(id), 'is not an exercise in the library'),
      { error: 'must be a list of exercise ids' },
    )
    .max(EXERCISE_IDS.size, 'lists more exercises than the library holds')
    .default([]),
  region: z
    .string({ error: 'must be a region code' })
    .refine(isRegion, `must be one of ${Object.keys(REGION_NAMES).join(', ')}`)
    .optional(),
  timeZone: z
    .string({ error: 'must be an IANA time zone name' })
    .max(64, 'must be at most 64 characters')
    .refine(isTimeZone, 'is not a known time zone (for example Europe/London)')
    .default('UTC'),
  deskBreaks: z.boolean({ error: 'must be true or false' }).optional(),
});
export type Profile = T.Profile;

export const CheckIn = z.strictObject({ date: IsoDate, pain0to10: PainScoreSchema });

/** A player's session record, or just the parts a plan reads; other fields pass through unread. */
export const SessionLogLike = z.looseObject({
  startedAt: z.iso.datetime({ error: 'must be an ISO 8601 time in UTC' }),
  exercises: z
    .array(
      z.looseObject({
        exerciseId: z.string({ error: 'is required' }).min(1).max(80),
        completed: z.boolean({ error: 'must be true or false' }),
      }),
    )
    .max(20),
  stoppedForPain: z.boolean({ error: 'must be true or false' }),
  stopPain0to10: z.optional(PainScoreSchema),
});

const PlanExercise = z.strictObject({
  exerciseId: z.string().min(1).max(80),
  name: z.string().min(1).max(120),
  holdSeconds: z.number().int().min(1).max(3600),
  reps: z.number().int().min(1).max(30),
  sets: z.number().int().min(1).max(10),
  perSide: z.boolean(),
  why: z.string().min(1).max(300),
});

const PlanSession = z.strictObject({
  id: z.string().min(1).max(40),
  time: ClockTime,
  minutes: z.number().int().min(0).max(240),
  exercises: z.array(PlanExercise).max(20),
});

export const Plan = z.strictObject({
  version: z.literal(1),
  weekStart: IsoDate,
  phase: oneOf(PLAN_PHASES),
  phaseReason: z.string(),
  sessionsPerDay: z.number().int().min(0).max(4),
  daysPerWeek: z.number().int().min(0).max(7),
  sessions: z.array(PlanSession).max(4),
  days: z.array(z.strictObject({ date: IsoDate, sessionIds: z.array(z.string()).max(4) })).max(7),
  changes: z
    .array(
      z.strictObject({
        kind: oneOf(CHANGE_KINDS),
        exerciseId: z.string().optional(),
        reason: z.string(),
      }),
    )
    .max(100),
  prompts: z.array(z.strictObject({ kind: z.literal('check'), reason: z.string() })).max(20),
  explanations: z.array(z.string()).max(50),
});
export type Plan = T.Plan;

export const PlanState = z.strictObject({
  checkIns: z
    .array(CheckIn)
    .max(STATE_LIMITS.checkIns, `must hold at most ${STATE_LIMITS.checkIns} check-ins`)
    .default([]),
  sessions: z
    .array(SessionLogLike)
    .max(STATE_LIMITS.sessions, `must hold at most ${STATE_LIMITS.sessions} sessions`)
    .default([]),
  previous: Plan.optional(),
});
export type PlanState = T.PlanState;

export const PlanRequest = z.strictObject({
  profile: Profile,
  state: PlanState.optional(),
  weekStart: IsoDate,
});
export type PlanRequest = T.PlanRequest;

// Compile-time checks: what the schemas give must be usable as the zod-free types, so the
// browser's types and the server's validation can never disagree.
type Assignable<A extends B, B> = A;
export type _ProfileFits = Assignable<z.output<typeof Profile>, T.Profile>;
export type _PlanFits = Assignable<z.output<typeof Plan>, T.Plan>;
export type _PlanTypeFits = Assignable<T.Plan, z.input<typeof Plan>>;
export type _RequestFits = Assignable<z.output<typeof PlanRequest>, T.PlanRequest>;
