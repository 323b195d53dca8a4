/**
 * The plan's records on the device and the one way to make a week's plan from them: the profile,
 * the current and last week's plans, the daily pain check-ins, and the habits ticked. The browser
 * computes the plan itself with core's `generatePlan`, so it works offline and without an account.
 */

import type { Plan, PlanState, Profile } from '../../core/plan/index.js';
import { generatePlan } from '../../core/plan/index.js';
import { addDays, localDate, weekStartOf } from '../../core/time/index.js';
import { type PainScore, painScore } from '../../core/units.js';
import { browserTimeZone } from '../dates.js';
import { recentLogs, type SessionLog } from '../player/logs.js';
import { all, get, put, remove, STORES } from '../store/device.js';

/** What the plan is made from when the person skips the questions: no episode, a light routine. */
export function defaultProfile(timeZone: string): Profile {
  return {
    work: 'mixed',
    activity: 'moderate',
    minutesPerDay: 10,
    times: ['08:00', '18:00'],
    painNow0to10: painScore(0),
    daysSinceOnset: null,
    exclude: [],
    timeZone,
    deskBreaks: false,
  };
}

export interface ProfileRecord {
  id: 'profile';
  profile: Profile;
  /** True when the person skipped the questions and the defaults stand. */
  skipped: boolean;
  savedAt: string;
}

export interface PlanRecord {
  id: 'current';
  plan: Plan;
  /**
   * This week's plan as first made, before this week's check-ins and sessions: "Regenerate"
   * adapts from it, so regenerating twice adapts once.
   */
  base: Plan;
  /** Last week's plan, which this week's first plan adapted from. */
  previous?: Plan;
  generatedAt: string;
}

export interface CheckIn {
  /** The local date, so there is one check-in a day and changing it replaces it. */
  id: string;
  date: string;
  pain0to10: PainScore;
  at: string;
}

export interface HabitCheck {
  /** `${date}|${habitId}` */
  id: string;
  date: string;
  habitId: string;
}

export function zoneOf(profile: Profile): string {
  return profile.timeZone ?? browserTimeZone();
}

export function today(profile: Profile, now = Date.now()): string {
  return localDate(now, zoneOf(profile));
}

export async function loadProfile(): Promise<ProfileRecord | undefined> {
  try {
    return await get<ProfileRecord>(STORES.plan, 'profile');
  } catch {
    return undefined;
  }
}

export async function loadCheckIns(): Promise<CheckIn[]> {
  return all<CheckIn>(STORES.checkIns);
}

export async function saveCheckIn(date: string, pain0to10: PainScore): Promise<CheckIn> {
  const record: CheckIn = { id: date, date, pain0to10, at: new Date().toISOString() };
  await put(STORES.checkIns, record);
  return record;
}

export async function loadHabitChecks(): Promise<HabitCheck[]> {
  return all<HabitCheck>(STORES.habitChecks);
}

export async function setHabitCheck(date: string, habitId: string, done: boolean): Promise<void> {
  const id = `${date}|${habitId}`;
  if (done) await put<HabitCheck>(STORES.habitChecks, { id, date, habitId });
  else await remove(STORES.habitChecks, id);
}

/** The days a habit was ticked, for its streak. */
export function habitDates(checks: readonly HabitCheck[], habitId: string): string[] {
  return checks.filter((c) => c.habitId === habitId).map((c) => c.date);
}

/**
 * Check-ins and sessions from the Monday before this week up to today: the engine reviews the
 * week its `previous` plan covered (last week, or this week when regenerating) and reads only that.
 */
async function recentState(profile: Profile, previous: Plan | undefined, now: number) {
  const zone = zoneOf(profile);
  const end = localDate(now, zone);
  const start = addDays(weekStartOf(end), -7);
  const inRange = (date: string) => date >= start && date <= end;
  const [checkIns, logs] = await Promise.all([
    loadCheckIns().catch(() => [] as CheckIn[]),
    recentLogs(500).catch(() => [] as SessionLog[]),
  ]);
  const state: PlanState = {
    checkIns: checkIns
      .filter((c) => inRange(c.date))
      .map((c) => ({ date: c.date, pain0to10: c.pain0to10 })),
    sessions: logs
      .filter((l) => inRange(localDate(Date.parse(l.startedAt), zone)))
      .reverse()
      .map((l) => ({
        startedAt: l.startedAt,
        exercises: l.exercises.map((e) => ({ exerciseId: e.exerciseId, completed: e.completed })),
        stoppedForPain: l.stoppedForPain,
        ...(l.stopPain0to10 === undefined ? {} : { stopPain0to10: l.stopPain0to10 }),
      })),
    ...(previous === undefined ? {} : { previous }),
  };
  return state;
}

async function keptPlan(): Promise<PlanRecord | undefined> {
  try {
    const record = await get<PlanRecord>(STORES.plan, 'current');
    // A record without a base is not one this version wrote: make the week again.
    return record?.base === undefined ? undefined : record;
  } catch {
    return undefined;
  }
}

async function generate(profile: Profile, previous: Plan | undefined, now: number): Promise<Plan> {
  const weekStart = weekStartOf(today(profile, now));
  return generatePlan({ profile, state: await recentState(profile, previous, now), weekStart });
}

/** A new week's plan, adapted from last week's, kept as this week's base. */
async function newWeek(profile: Profile, last: Plan | undefined, now: number): Promise<PlanRecord> {
  const plan = await generate(profile, last, now);
  const record: PlanRecord = {
    id: 'current',
    plan,
    base: plan,
    ...(last === undefined ? {} : { previous: last }),
    generatedAt: new Date(now).toISOString(),
  };
  await put(STORES.plan, record);
  return record;
}

function sameWeek(record: PlanRecord, profile: Profile, now: number): boolean {
  return record.plan.weekStart === weekStartOf(today(profile, now));
}

export async function saveProfile(profile: Profile, skipped: boolean): Promise<PlanRecord> {
  const record: ProfileRecord = {
    id: 'profile',
    profile,
    skipped,
    savedAt: new Date().toISOString(),
  };
  await put(STORES.plan, record);
  const now = Date.now();
  const kept = await keptPlan();
  // New answers in the same week: this week's plan again, still adapting from last week's.
  const last = kept !== undefined && sameWeek(kept, profile, now) ? kept.previous : kept?.plan;
  return newWeek(profile, last, now);
}

/**
 * The plan for this week: the kept one while its week lasts; in a new week, a new plan that
 * adapts from the last one.
 */
export async function currentPlan(profile: Profile, now = Date.now()): Promise<PlanRecord> {
  const kept = await keptPlan();
  if (kept !== undefined && sameWeek(kept, profile, now)) return kept;
  return newWeek(profile, kept?.plan, now);
}

/**
 * "Regenerate": this week's plan again from its base and this week's check-ins and sessions, so
 * a "This hurts" stop or rising pain steps it back at once (progress waits for a week's work).
 */
export async function regenerate(profile: Profile, now = Date.now()): Promise<PlanRecord> {
  const kept = await keptPlan();
  if (kept === undefined || !sameWeek(kept, profile, now)) {
    return newWeek(profile, kept?.plan, now);
  }
  const plan = await generate(profile, kept.base, now);
  const record: PlanRecord = { ...kept, plan, generatedAt: new Date(now).toISOString() };
  await put(STORES.plan, record);
  return record;
}

/** The sessions planned on a date, in time order. */
export function sessionsOn(plan: Plan, date: string): Plan['sessions'] {
  const day = plan.days.find((d) => d.date === date);
  if (day === undefined) return [];
  return plan.sessions
    .filter((s) => day.sessionIds.includes(s.id))
    .sort((a, b) => a.time.localeCompare(b.time));
}

/**
 * The planned sessions of a day that are done: each finished log of that day (not stopped for
 * pain) counts for one planned session with the same exercises, in time order, so a morning
 * session done does not tick an evening one with the same routine.
 */
export function doneSessionIds(
  sessions: readonly Plan['sessions'][number][],
  logs: readonly SessionLog[],
  date: string,
  zone: string,
): Set<string> {
  const key = (ids: readonly string[]) => ids.join(',');
  const unmatched = logs
    .filter(
      (l) =>
        !l.stoppedForPain &&
        l.exercises.some((e) => e.completed) &&
        localDate(Date.parse(l.startedAt), zone) === date,
    )
    .map((l) => key(l.exercises.map((e) => e.exerciseId)));
  const done = new Set<string>();
  for (const s of sessions) {
    const i = unmatched.indexOf(key(s.exercises.map((e) => e.exerciseId)));
    if (i === -1) continue;
    unmatched.splice(i, 1);
    done.add(s.id);
  }
  return done;
}
