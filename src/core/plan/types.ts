import type { EscalationAction } from '../diary/escalation.js';
import type { ExerciseDose } from '../exercises/dose.js';
import type { PainScore } from '../units.js';

/**
 * The plan's shapes as plain TypeScript, with no validator, so the browser can build and show a
 * plan offline without loading zod. `schema.ts` holds the zod schemas that check the same shapes
 * wherever they arrive from outside, and a compile-time check there keeps the two in step.
 */

export const WORK_TYPES = ['desk', 'standing', 'lifting', 'mixed'] as const;
export type WorkType = (typeof WORK_TYPES)[number];

export const ACTIVITY_LEVELS = ['low', 'moderate', 'high'] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

export const MINUTES_PER_DAY = [5, 10, 20] as const;
export type MinutesPerDay = (typeof MINUTES_PER_DAY)[number];

export const PLAN_PHASES = ['acute', 'recovery', 'prevention'] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];

export const CHANGE_KINDS = ['progress', 'step_back', 'drop', 'keep'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** What the person tells us in under a minute; every field has a sensible default in the form. */
export interface Profile {
  work: WorkType;
  activity: ActivityLevel;
  minutesPerDay: MinutesPerDay;
  /** Preferred times of day, 'HH:MM', 1–4 entries, sorted and unique once parsed. */
  times: string[];
  painNow0to10: PainScore;
  /** Days since the current episode began, or null when there is none. */
  daysSinceOnset: number | null;
  /** Exercise ids the person wants left out. */
  exclude: string[];
  /** Emergency region (see src/core/triage/emergency-numbers.ts). */
  region?: string | undefined;
  /** IANA time zone ("Europe/London"); 'UTC' when not given. */
  timeZone?: string | undefined;
  /** Hourly desk-break reminders in the calendar, for desk and mixed work. */
  deskBreaks?: boolean | undefined;
}

/** One tap a day: how much the back hurts, 0–10. 0 is a real score. */
export interface CheckIn {
  date: string;
  pain0to10: PainScore;
}

/** What a plan needs of a player's session record (src/core/player/record.ts). */
export interface SessionLogLike {
  startedAt: string;
  exercises: { exerciseId: string; completed: boolean }[];
  stoppedForPain: boolean;
  stopPain0to10?: PainScore | undefined;
}

export interface PlanState {
  checkIns?: CheckIn[] | undefined;
  sessions?: SessionLogLike[] | undefined;
  /** Last week's plan, so this week's can progress or step back from it. */
  previous?: Plan | undefined;
}

export interface PlanRequest {
  profile: Profile;
  state?: PlanState | undefined;
  /** The first day of the plan's week, 'YYYY-MM-DD'. */
  weekStart: string;
}

/** An exercise at the dose the plan gives it this week (core/exercises/dose.ts). */
export interface PlanExercise extends ExerciseDose {
  name: string;
  /** One line: why this exercise is in this plan. */
  why: string;
}

export interface PlanSession {
  /** A stable slug from the time of day: 'morning', 'midday', 'afternoon', 'evening', 'night'. */
  id: string;
  time: string;
  /** Whole minutes the session takes, holds, rests and changes of position included. */
  minutes: number;
  exercises: PlanExercise[];
}

export interface PlanDay {
  date: string;
  /** Ids of the sessions planned that day; empty on a rest day. */
  sessionIds: string[];
}

export interface PlanChange {
  kind: ChangeKind;
  exerciseId?: string | undefined;
  reason: string;
}

/**
 * An escalation over the past week (core/diary/escalation.ts), shown with the plan. Every prompt
 * links the "Should I see a doctor?" check; plans kept before escalations had rules carry only
 * the reason.
 */
export interface PlanPrompt {
  kind: 'check';
  reason: string;
  rule?: string | undefined;
  action?: EscalationAction | undefined;
  /** Where the advice comes from, written out. */
  source?: string | undefined;
}

export interface Plan {
  version: 1;
  weekStart: string;
  phase: PlanPhase;
  phaseReason: string;
  sessionsPerDay: number;
  daysPerWeek: number;
  sessions: PlanSession[];
  days: PlanDay[];
  changes: PlanChange[];
  prompts: PlanPrompt[];
  explanations: string[];
}

/** One item of the daily prevention checklist. */
export interface Habit {
  id: string;
  title: string;
  detail: string;
  examples?: string[] | undefined;
  /** The content item that explains it, when there is one ("lifting-technique"). */
  contentId?: string | undefined;
  /** Where the advice comes from, as shown under it. */
  source: string;
}
