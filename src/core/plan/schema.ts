/**
 * zod schemas for the plan's inputs and output: the profile, the request (profile, state, week)
 * and the plan itself. The server, the CLI and the browser's form check input with these; the
 * zod-free types in `types.ts` describe the same shapes, and the checks at the foot of this file
 * fail to compile if the two drift apart.
 */
import * as z from 'zod/mini';
import { CONTENT } from '../content/index.js';
import { ESCALATION_ACTIONS } from '../diary/escalation.js';
import { isClockTime, isIsoDate, isTimeZone } from '../time/index.js';
import { isRegion, REGION_NAMES } from '../triage/emergency-numbers.js';
import { IsoInstantSchema, PainScoreSchema } from '../units.schema.js';
import type * as R from './records.js';
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
  .check(z.refine(isIsoDate, { error: "must be a real date written 'YYYY-MM-DD'" }));

const ClockTime = z
  .string({ error: "must be a time 'HH:MM'" })
  .check(z.refine(isClockTime, { error: "must be a time 'HH:MM' from 00:00 to 23:59" }));

/** One of a fixed list, published as an enum in OpenAPI, with a message that lists the values. */
function oneOf<const V extends readonly [string | number, ...(string | number)[]]>(values: V) {
  const words = values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
  return z.literal(values, { error: `must be one of ${words}` });
}

/** A whole number in a range, each bound with its own message. */
function whole(min: number, max: number, error = 'must be a number') {
  return z
    .number({ error })
    .check(
      z.int({ error: 'must be a whole number' }),
      z.gte(min, { error: `must be at least ${min}` }),
      z.lte(max, { error: `must be at most ${max}` }),
    );
}

/** A list of at most `max` items, with a message that says so. */
function atMost<S extends z.ZodMiniType>(item: S, max: number, what: string) {
  return z.array(item).check(z.maxLength(max, { error: `must hold at most ${max} ${what}` }));
}

const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

export const Profile = z.strictObject({
  work: oneOf(WORK_TYPES),
  activity: oneOf(ACTIVITY_LEVELS),
  minutesPerDay: oneOf(MINUTES_PER_DAY),
  // Accepted in any order and sorted here, so a form need not sort; a repeated time is one session.
  times: z.pipe(
    z
      .array(ClockTime, { error: "must be a list of times 'HH:MM'" })
      .check(
        z.minLength(1, { error: 'must hold at least one time' }),
        z.maxLength(4, { error: 'must hold at most 4 times' }),
      ),
    z.transform((times: string[]) => [...new Set(times)].sort()),
  ),
  painNow0to10: PainScoreSchema,
  daysSinceOnset: z.nullable(
    whole(0, 36_500, 'must be a number of days, or null when there is no current episode'),
  ),
  exclude: z._default(
    z
      .array(
        z.string({ error: 'must be an exercise id' }).check(
          z.refine((id: string) => EXERCISE_IDS.has(id), {
            error: 'is not an exercise in the library',
          }),
        ),
        { error: 'must be a list of exercise ids' },
      )
      .check(
        z.maxLength(EXERCISE_IDS.size, { error: 'lists more exercises than the library holds' }),
      ),
    [],
  ),
  region: z.optional(
    z.string({ error: 'must be a region code' }).check(
      z.refine(isRegion, {
        error: `must be one of ${Object.keys(REGION_NAMES).join(', ')}`,
      }),
    ),
  ),
  timeZone: z._default(
    z
      .string({ error: 'must be an IANA time zone name' })
      .check(
        z.maxLength(64, { error: 'must be at most 64 characters' }),
        z.refine(isTimeZone, { error: 'is not a known time zone (for example Europe/London)' }),
      ),
    'UTC',
  ),
  deskBreaks: z.optional(z.boolean({ error: 'must be true or false' })),
});
export type Profile = T.Profile;

export const CheckIn = z.strictObject({ date: IsoDate, pain0to10: PainScoreSchema });

/** A player's session record, or just the parts a plan reads; other fields pass through unread. */
export const SessionLogLike = z.looseObject({
  startedAt: z.iso.datetime({ error: 'must be an ISO 8601 time in UTC' }),
  exercises: z
    .array(
      z.looseObject({
        exerciseId: z.string({ error: 'is required' }).check(z.minLength(1), z.maxLength(80)),
        completed: z.boolean({ error: 'must be true or false' }),
      }),
    )
    .check(z.maxLength(20)),
  stoppedForPain: z.boolean({ error: 'must be true or false' }),
  stopPain0to10: z.optional(PainScoreSchema),
});

const PlanExercise = z.strictObject({
  exerciseId: text(1, 80),
  name: text(1, 120),
  holdSeconds: z.int().check(z.gte(1), z.lte(3600)),
  reps: z.int().check(z.gte(1), z.lte(30)),
  sets: z.int().check(z.gte(1), z.lte(10)),
  perSide: z.boolean(),
  why: text(1, 300),
});

const PlanSession = z.strictObject({
  id: text(1, 40),
  time: ClockTime,
  minutes: z.int().check(z.gte(0), z.lte(240)),
  exercises: z.array(PlanExercise).check(z.maxLength(20)),
});

export const Plan = z.strictObject({
  version: z.literal(1),
  weekStart: IsoDate,
  phase: oneOf(PLAN_PHASES),
  phaseReason: z.string(),
  sessionsPerDay: z.int().check(z.gte(0), z.lte(4)),
  daysPerWeek: z.int().check(z.gte(0), z.lte(7)),
  sessions: z.array(PlanSession).check(z.maxLength(4)),
  days: z
    .array(
      z.strictObject({
        date: IsoDate,
        sessionIds: z.array(z.string()).check(z.maxLength(4)),
      }),
    )
    .check(z.maxLength(7)),
  changes: z
    .array(
      z.strictObject({
        kind: oneOf(CHANGE_KINDS),
        exerciseId: z.optional(z.string()),
        reason: z.string(),
      }),
    )
    .check(z.maxLength(100)),
  prompts: z
    .array(
      z.strictObject({
        kind: z.literal('check'),
        reason: z.string(),
        rule: z.optional(z.string()),
        action: z.optional(oneOf(ESCALATION_ACTIONS)),
        source: z.optional(z.string()),
      }),
    )
    .check(z.maxLength(20)),
  explanations: z.array(z.string()).check(z.maxLength(50)),
});
export type Plan = T.Plan;

export const PlanState = z.strictObject({
  checkIns: z._default(atMost(CheckIn, STATE_LIMITS.checkIns, 'check-ins'), []),
  sessions: z._default(atMost(SessionLogLike, STATE_LIMITS.sessions, 'sessions'), []),
  previous: z.optional(Plan),
});
export type PlanState = T.PlanState;

export const PlanRequest = z.strictObject({
  profile: Profile,
  state: z.optional(PlanState),
  weekStart: IsoDate,
});
export type PlanRequest = T.PlanRequest;

// The plan's record kinds (records.ts): what the device keeps and checks on every read.

export const ProfileRecord = z.strictObject({
  profile: Profile,
  skipped: z.boolean(),
  savedAt: IsoInstantSchema,
});

export const PlanRecord = z.strictObject({
  plan: Plan,
  base: Plan,
  previous: z.optional(Plan),
  generatedAt: IsoInstantSchema,
});

export const HabitTick = z.strictObject({ date: IsoDate, habitId: text(1, 80) });

// Compile-time checks: what the schemas give must be usable as the zod-free types, so the
// browser's types and the server's validation can never disagree.
type Assignable<A extends B, B> = A;
export type _ProfileFits = Assignable<z.output<typeof Profile>, T.Profile>;
export type _PlanFits = Assignable<z.output<typeof Plan>, T.Plan>;
export type _PlanTypeFits = Assignable<T.Plan, z.input<typeof Plan>>;
export type _RequestFits = Assignable<z.output<typeof PlanRequest>, T.PlanRequest>;
export type _ProfileRecordFits = Assignable<z.output<typeof ProfileRecord>, R.ProfileRecord>;
export type _PlanRecordFits = Assignable<z.output<typeof PlanRecord>, R.PlanRecord>;
export type _HabitTickFits = Assignable<z.output<typeof HabitTick>, R.HabitTick>;
