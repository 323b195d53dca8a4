/**
 * How a week's check-ins and session logs change next week's plan. The rules are data: each has
 * an id, a condition over the week, an effect, a reason the person reads, and the source it rests
 * on. Exercise rules are tried in order and the first that holds decides an exercise's change, so
 * the cautious rules (a "This hurts" stop, rising pain, a week of high pain) always come before
 * progress. The prompts are the diary's escalation rules, read over the week's check-ins. An
 * exercise stopped with "This hurts", or left out, also takes its harder versions out of the plan
 * (`heldBack`).
 */
import { guideline, S002, seed } from '../content/items/refs.js';
import type { Source } from '../content/schema.js';
import { sourceLabel } from '../content/sources.js';
import type { DayScore } from '../diary/episodes.js';
import { type Course, courseOf, ESCALATION_RULES, escalationsFor } from '../diary/escalation.js';
import { countsAsDone, stoppedOn } from '../player/summary.js';
import { addDays, localDate } from '../time/index.js';
import { type PainScore, painScore } from '../units.js';
import { allowedIn, harderVersions, type LibraryExercise, libraryExercise } from './catalogue.js';
import type {
  ChangeKind,
  CheckIn,
  Plan,
  PlanChange,
  PlanExercise,
  PlanPhase,
  PlanPrompt,
  PlanState,
  Profile,
} from './types.js';

export type PainTrend = 'rising' | 'steady' | 'falling' | 'unknown';

/** What the week that has just passed amounted to, as the rules read it. */
export interface WeekSignals {
  /** The days reviewed, inclusive. */
  from: string;
  to: string;
  /** The week's check-ins by date, one a day (the highest, when a day has several). */
  checkIns: CheckIn[];
  painTrend: PainTrend;
  /** Check-ins at 7 or more. */
  highPainDays: number;
  /** Sessions the previous plan asked for in the week; 0 when there was no previous plan. */
  plannedSessions: number;
  /** Sessions started in the week with at least one exercise done or a "This hurts" stop. */
  doneSessions: number;
  /** Done over planned, 0–1; null when nothing was planned. */
  adherence: number | null;
  /** "This hurts" stops in the week, by the exercise they happened on. */
  hurtStops: Record<string, number>;
  painNow: number;
  daysSinceOnset: number | null;
}

/** Progress needs at least this share of planned sessions done. */
export const ADHERENCE_TO_PROGRESS = 0.7;
/** A change in average pain of at least this many points counts as rising or falling. */
export const PAIN_CHANGE_POINTS = 1;
export const HIGH_PAIN = 7;
/** Days at HIGH_PAIN or more in a week that stop any step up and prompt the check. */
export const HIGH_PAIN_DAYS = 3;

export function reviewWindow(weekStart: string, previous?: Plan): { from: string; to: string } {
  const from = previous === undefined ? addDays(weekStart, -7) : previous.weekStart;
  return { from, to: addDays(from, 6) };
}

/**
 * Rising or falling compares the average of the later half of the week's check-ins with the
 * earlier half, so one odd day does not swing it; fewer than two check-ins tell nothing.
 */
export function painTrend(checkIns: readonly CheckIn[]): PainTrend {
  const k = Math.floor(checkIns.length / 2);
  if (k === 0) return 'unknown';
  const mean = (xs: readonly CheckIn[]) => xs.reduce((s, c) => s + c.pain0to10, 0) / xs.length;
  const change = mean(checkIns.slice(-k)) - mean(checkIns.slice(0, k));
  if (change >= PAIN_CHANGE_POINTS) return 'rising';
  if (change <= -PAIN_CHANGE_POINTS) return 'falling';
  return 'steady';
}

export function weekSignals(profile: Profile, state: PlanState, weekStart: string): WeekSignals {
  const { from, to } = reviewWindow(weekStart, state.previous);
  const inWindow = (date: string) => date >= from && date <= to;

  const byDate = new Map<string, PainScore>();
  for (const c of state.checkIns ?? []) {
    if (!inWindow(c.date)) continue;
    // Two scores on one day: the higher one counts, the cautious reading.
    const before = byDate.get(c.date);
    byDate.set(c.date, before === undefined || c.pain0to10 > before ? c.pain0to10 : before);
  }
  const checkIns = [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, pain0to10]) => ({ date, pain0to10 }));

  const zone = profile.timeZone ?? 'UTC';
  const hurtStops: Record<string, number> = {};
  let doneSessions = 0;
  for (const s of state.sessions ?? []) {
    if (!inWindow(localDate(Date.parse(s.startedAt), zone))) continue;
    if (countsAsDone(s)) doneSessions++;
    const on = stoppedOn(s);
    if (on !== undefined) hurtStops[on] = (hurtStops[on] ?? 0) + 1;
  }
  const plannedSessions =
    state.previous?.days.reduce((sum, d) => sum + d.sessionIds.length, 0) ?? 0;
  const latest = checkIns.at(-1);
  return {
    from,
    to,
    checkIns,
    painTrend: painTrend(checkIns),
    highPainDays: checkIns.filter((c) => c.pain0to10 >= HIGH_PAIN).length,
    plannedSessions,
    doneSessions: Math.min(doneSessions, plannedSessions || doneSessions),
    adherence: plannedSessions === 0 ? null : Math.min(1, doneSessions / plannedSessions),
    hurtStops,
    // The profile's score and the latest check-in may be either the newer; the higher one counts,
    // the cautious reading, so a high score never reads as a lower phase.
    painNow: Math.max(profile.painNow0to10, latest?.pain0to10 ?? 0),
    daysSinceOnset: profile.daysSinceOnset,
  };
}

export const NG59_EXERCISE: Source = guideline('nice-ng59', 'Exercise');
const SEED_STOP_IF_PAIN: Source = seed(2, S002.tips);

export interface ExerciseRule {
  id: string;
  when: (week: WeekSignals, exerciseId: string) => boolean;
  effect: ChangeKind;
  reason: (week: WeekSignals, exerciseId: string) => string;
  source: Source;
}

const stops = (week: WeekSignals, id: string) => week.hurtStops[id] ?? 0;
const percent = (x: number | null) => `${Math.round((x ?? 0) * 100)}%`;

/**
 * True when the week calls for no step up at all: three or more days at 7 or more, or pain now at
 * 7 or more. Pain now is the higher of the latest check-in and the profile's score (the cautious
 * reading `weekSignals` already takes), so a latest check-in of 7 or more always counts, and so
 * does the profile's score when there is no check-in.
 */
export function holdsSteady(week: WeekSignals): boolean {
  return week.highPainDays >= HIGH_PAIN_DAYS || week.painNow >= HIGH_PAIN;
}

/** The high pain that holds the plan steady, in the person's words. */
export function highPainWords(week: WeekSignals): string {
  return week.painNow >= HIGH_PAIN
    ? `Your pain is ${week.painNow} out of 10`
    : `Your pain was 7 or more on ${week.highPainDays} days last week`;
}

/** Tried in order; the first whose condition holds decides. The last always holds. */
export const EXERCISE_RULES: readonly ExerciseRule[] = [
  {
    id: 'hurt-stop-twice-drop',
    when: (w, id) => stops(w, id) >= 2,
    effect: 'drop',
    reason: (w, id) =>
      `You stopped this one with “This hurts” ${stops(w, id)} times last week, so it is left out for now.`,
    source: SEED_STOP_IF_PAIN,
  },
  {
    id: 'hurt-stop-step-back',
    when: (w, id) => stops(w, id) === 1,
    effect: 'step_back',
    reason: () => 'You stopped this one with “This hurts” last week, so it is made gentler.',
    source: SEED_STOP_IF_PAIN,
  },
  {
    id: 'pain-rising-step-back',
    when: (w) => w.painTrend === 'rising',
    effect: 'step_back',
    reason: () => 'Your pain rose over last week, so this is eased back until it settles.',
    source: SEED_STOP_IF_PAIN,
  },
  {
    id: 'high-pain-keep',
    when: (w) => holdsSteady(w),
    effect: 'keep',
    reason: (w) => `${highPainWords(w)}, so this stays as it is until the pain settles.`,
    source: SEED_STOP_IF_PAIN,
  },
  {
    id: 'progress',
    when: (w) =>
      (w.painTrend === 'steady' || w.painTrend === 'falling') &&
      w.adherence !== null &&
      w.adherence >= ADHERENCE_TO_PROGRESS,
    effect: 'progress',
    reason: (w) =>
      `Your pain was ${w.painTrend} and you did ${w.doneSessions} of ${w.plannedSessions} sessions (${percent(w.adherence)}), so this steps up a little.`,
    source: NG59_EXERCISE,
  },
  {
    id: 'few-sessions-keep',
    when: (w) => w.painTrend !== 'unknown' && w.adherence !== null,
    effect: 'keep',
    reason: (w) =>
      `You did ${w.doneSessions} of ${w.plannedSessions} sessions (${percent(w.adherence)}); the same again this week, and it steps up once 7 in 10 are done.`,
    source: NG59_EXERCISE,
  },
  {
    id: 'no-check-ins-keep',
    when: () => true,
    effect: 'keep',
    reason: () =>
      'Too few pain check-ins last week to tell how your back is doing, so this stays the same.',
    source: NG59_EXERCISE,
  },
];

/**
 * The week's course as the escalation rules read it: the check-ins by day, ending on the last day
 * reviewed. With no check-in, the profile's score stands for that day: it is the only score the
 * plan has, and leaving it out would hide severe pain from the rules.
 */
export function weekCourse(week: WeekSignals): Course {
  const days: DayScore[] = week.checkIns.map((c) => ({
    date: c.date,
    worst: c.pain0to10,
    last: c.pain0to10,
  }));
  if (days.length === 0 && week.painNow > 0) {
    const pain = painScore(week.painNow);
    days.push({ date: week.to, worst: pain, last: pain });
  }
  return courseOf({ days, today: week.to, daysSinceOnset: week.daysSinceOnset });
}

/** The plan's prompts are the escalation rules' (core/diary/escalation.ts) over the past week. */
export function promptsFor(week: WeekSignals): PlanPrompt[] {
  return escalationsFor(weekCourse(week)).map((e) => ({
    kind: 'check',
    rule: e.rule,
    action: e.action,
    reason: e.reason,
    source: e.sources.map(sourceLabel).join('; '),
  }));
}

/** Which rule decides an exercise's change this week. */
export function ruleFor(week: WeekSignals, exerciseId: string): ExerciseRule {
  const rule = EXERCISE_RULES.find((r) => r.when(week, exerciseId));
  // The last rule always holds; this only satisfies the type checker.
  return rule ?? (EXERCISE_RULES.at(-1) as ExerciseRule);
}

/** A step a third of the way up a range (at least one), so three steps climb from bottom to top. */
export function stepOf(range: { min: number; max: number }): number {
  return Math.max(1, Math.ceil((range.max - range.min) / 3));
}

const clamp = (n: number, range: { min: number; max: number }) =>
  Math.min(range.max, Math.max(range.min, n));

/** A harder version left out this week, and why. */
export interface HeldBack {
  /** The exercise it is a harder version of. */
  of: string;
  /** That exercise was stopped with "This hurts", left out, or last week's pain was high. */
  because: 'hurt' | 'excluded' | 'high-pain';
  /** What the person reads when it is left out. */
  reason: string;
}

const titleOf = (id: string) => libraryExercise(id)?.title ?? id;

/**
 * The harder versions left out of this week's plan, each with the exercise that takes it out:
 * every harder version (harder of harder too) of an exercise stopped with "This hurts" last week
 * or left out by the person; and, in a week that holds steady, every harder version of last week's
 * exercises that was not in last week's plan already, so nothing steps up by a swap either.
 */
export function heldBack(
  week: WeekSignals,
  exclude: ReadonlySet<string>,
  previous?: Plan,
): Map<string, HeldBack> {
  const held = new Map<string, HeldBack>();
  const add = (from: Iterable<string>, because: HeldBack['because'], skip = new Set<string>()) => {
    for (const of of [...from].sort()) {
      for (const id of harderVersions(of)) {
        if (held.has(id) || skip.has(id)) continue;
        const it = `“${titleOf(id)}” is a harder version of “${titleOf(of)}”`;
        const reason =
          because === 'hurt'
            ? `${it}, which you stopped with “This hurts” last week, so it is left out for now.`
            : because === 'excluded'
              ? `${it}, which you asked to leave out, so it is left out too.`
              : `${it}. ${highPainWords(week)}, so it waits until the pain settles.`;
        held.set(id, { of, because, reason });
      }
    }
  };
  add(
    Object.keys(week.hurtStops).filter((id) => stops(week, id) > 0),
    'hurt',
  );
  add(exclude, 'excluded');
  if (holdsSteady(week)) {
    const last = new Set(previous?.sessions[0]?.exercises.map((e) => e.exerciseId) ?? []);
    add(last, 'high-pain', last);
  }
  return held;
}

export interface AdaptContext {
  phase: PlanPhase;
  exclude: ReadonlySet<string>;
  /** Harder versions left out this week (see `heldBack`): never carried over or swapped in. */
  heldBack: ReadonlyMap<string, HeldBack>;
  work: Profile['work'];
  why: (exercise: LibraryExercise) => string;
}

export function atDefault(exercise: LibraryExercise, why: string): PlanExercise {
  return {
    exerciseId: exercise.id,
    name: exercise.title,
    holdSeconds: exercise.dose.holdSeconds.default,
    reps: exercise.dose.reps.default,
    sets: exercise.dose.sets,
    perSide: exercise.details.perSide,
    why,
  };
}

function variantUsable(
  id: string | undefined,
  ctx: AdaptContext,
  taken: ReadonlySet<string>,
): LibraryExercise | undefined {
  if (id === undefined || ctx.exclude.has(id) || ctx.heldBack.has(id) || taken.has(id)) {
    return undefined;
  }
  const e = libraryExercise(id);
  return e !== undefined && allowedIn(e, ctx.phase) ? e : undefined;
}

type Outcome = { exercise: PlanExercise | null; change: PlanChange };

function progressOne(
  current: PlanExercise,
  lib: LibraryExercise,
  reason: string,
  ctx: AdaptContext,
  taken: ReadonlySet<string>,
): Outcome {
  const hold = lib.dose.holdSeconds;
  const reps = lib.dose.reps;
  const base = {
    ...current,
    holdSeconds: clamp(current.holdSeconds, hold),
    reps: clamp(current.reps, reps),
  };
  if (base.holdSeconds < hold.max) {
    const next = Math.min(hold.max, base.holdSeconds + stepOf(hold));
    return {
      exercise: { ...base, holdSeconds: next },
      change: { kind: 'progress', exerciseId: lib.id, reason: `${reason} Hold ${next} seconds.` },
    };
  }
  if (base.reps < reps.max) {
    return {
      exercise: { ...base, reps: base.reps + 1 },
      change: { kind: 'progress', exerciseId: lib.id, reason: `${reason} ${base.reps + 1} reps.` },
    };
  }
  const harderId = lib.details.harder?.exerciseId;
  const held = harderId === undefined ? undefined : ctx.heldBack.get(harderId);
  if (held !== undefined) {
    return {
      exercise: base,
      change: {
        kind: 'keep',
        exerciseId: lib.id,
        reason: `This is at the top of its range, so it stays as it is. ${held.reason}`,
      },
    };
  }
  const harder = variantUsable(harderId, ctx, taken);
  if (harder !== undefined) {
    return {
      exercise: atDefault(harder, ctx.why(harder)),
      change: {
        kind: 'progress',
        exerciseId: lib.id,
        reason: `${reason} It is at the top of its range, so “${harder.title}” takes its place.`,
      },
    };
  }
  return {
    exercise: base,
    change: {
      kind: 'keep',
      exerciseId: lib.id,
      reason: 'This is at the top of its range already, so it stays as it is.',
    },
  };
}

function stepBackOne(
  current: PlanExercise,
  lib: LibraryExercise,
  reason: string,
  mayDrop: boolean,
  ctx: AdaptContext,
  taken: ReadonlySet<string>,
): Outcome {
  const hold = lib.dose.holdSeconds;
  const reps = lib.dose.reps;
  const base = {
    ...current,
    holdSeconds: clamp(current.holdSeconds, hold),
    reps: clamp(current.reps, reps),
  };
  if (base.holdSeconds > hold.min) {
    const next = Math.max(hold.min, base.holdSeconds - stepOf(hold));
    return {
      exercise: { ...base, holdSeconds: next },
      change: { kind: 'step_back', exerciseId: lib.id, reason: `${reason} Hold ${next} seconds.` },
    };
  }
  if (base.reps > reps.min) {
    return {
      exercise: { ...base, reps: base.reps - 1 },
      change: { kind: 'step_back', exerciseId: lib.id, reason: `${reason} ${base.reps - 1} reps.` },
    };
  }
  const easier = variantUsable(lib.details.easier?.exerciseId, ctx, taken);
  if (easier !== undefined) {
    return {
      exercise: atDefault(easier, ctx.why(easier)),
      change: {
        kind: 'step_back',
        exerciseId: lib.id,
        reason: `${reason} “${easier.title}” takes its place.`,
      },
    };
  }
  if (mayDrop) {
    return {
      exercise: null,
      change: {
        kind: 'drop',
        exerciseId: lib.id,
        reason: `${reason} It is already at its gentlest, so it is left out for now.`,
      },
    };
  }
  return {
    exercise: base,
    change: {
      kind: 'keep',
      exerciseId: lib.id,
      reason: 'Your pain rose, and this is already at its gentlest, so it stays as it is.',
    },
  };
}

export interface Adapted {
  exercises: PlanExercise[];
  changes: PlanChange[];
  /**
   * Exercises left out this week because of how they went, or swapped for a variant; not to be
   * chosen again (an exercise eased into its easier version must not come back at full dose).
   */
  dropped: string[];
}

/**
 * Last week's exercises, each changed by the first rule that holds. Only for a previous plan of
 * the same phase: a new phase starts a new selection. Exercises now excluded or no longer allowed
 * in the phase are dropped before any rule is tried.
 */
export function adapt(previous: Plan, week: WeekSignals, ctx: AdaptContext): Adapted {
  const exercises: PlanExercise[] = [];
  const changes: PlanChange[] = [];
  const dropped: string[] = [];
  const previousExercises = previous.sessions[0]?.exercises ?? [];
  const taken = new Set(previousExercises.map((e) => e.exerciseId));
  for (const current of previousExercises) {
    const lib = libraryExercise(current.exerciseId);
    const held = ctx.heldBack.get(current.exerciseId);
    if (
      lib === undefined ||
      ctx.exclude.has(current.exerciseId) ||
      held !== undefined ||
      !allowedIn(lib, ctx.phase)
    ) {
      dropped.push(current.exerciseId);
      changes.push({
        kind: 'drop',
        exerciseId: current.exerciseId,
        reason:
          lib === undefined
            ? 'This exercise is no longer in the library.'
            : ctx.exclude.has(current.exerciseId)
              ? 'You asked to leave this one out.'
              : held !== undefined
                ? held.reason
                : `This one is not for the ${ctx.phase} phase.`,
      });
      continue;
    }
    const rule = ruleFor(week, lib.id);
    const reason = rule.reason(week, lib.id);
    let outcome: Outcome;
    if (rule.effect === 'drop') {
      outcome = { exercise: null, change: { kind: 'drop', exerciseId: lib.id, reason } };
    } else if (rule.effect === 'step_back') {
      outcome = stepBackOne(current, lib, reason, rule.id === 'hurt-stop-step-back', ctx, taken);
    } else if (rule.effect === 'progress') {
      outcome = progressOne(current, lib, reason, ctx, taken);
    } else {
      outcome = {
        exercise: {
          ...current,
          holdSeconds: clamp(current.holdSeconds, lib.dose.holdSeconds),
          reps: clamp(current.reps, lib.dose.reps),
        },
        change: { kind: 'keep', exerciseId: lib.id, reason },
      };
    }
    changes.push(outcome.change);
    if (outcome.exercise === null) {
      dropped.push(lib.id);
    } else {
      if (outcome.exercise.exerciseId !== lib.id) dropped.push(lib.id);
      taken.add(outcome.exercise.exerciseId);
      exercises.push(outcome.exercise);
    }
  }
  return { exercises, changes, dropped };
}

/** Every rule with its source written out, for a page that shows how the plan adapts. */
export function describeRules(): { id: string; effect: string; source: string }[] {
  return [
    ...EXERCISE_RULES.map((r) => ({ id: r.id, effect: r.effect, source: sourceLabel(r.source) })),
    ...ESCALATION_RULES.map((r) => ({
      id: r.id,
      effect: `escalate_${r.action}`,
      source: r.sources.map(sourceLabel).join('; '),
    })),
  ];
}
