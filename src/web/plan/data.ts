/**
 * The plan's records on the device and the one way to make a week's plan from them: the profile,
 * the current and last week's plans, the daily pain check-ins, and the habits ticked, each a
 * record kind of the record layer (core/plan/records.ts has their shapes). The browser computes
 * the plan itself with core's `generatePlan`, so it works offline and without an account.
 */

import type { CheckIn, Plan, PlanState, Profile } from '../../core/plan/index.js';
import { generatePlan } from '../../core/plan/index.js';
import type { HabitTick, PlanRecord, ProfileRecord } from '../../core/plan/records.js';
import { addDays, localDate, weekStartOf } from '../../core/time/index.js';
import { painScore } from '../../core/units.js';
import { browserTimeZone } from '../dates.js';
import { diaryOnset, loadEntries } from '../diary/data.js';
import { recentLogs, type SessionLog } from '../player/logs.js';
import { deleteRecord, latestRecord, listRecords, putLatest, putRecord } from '../store/records.js';

export type { HabitTick, PlanRecord, ProfileRecord };

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

export function zoneOf(profile: Profile): string {
  return profile.timeZone ?? browserTimeZone();
}

export function today(profile: Profile, now = Date.now()): string {
  return localDate(now, zoneOf(profile));
}

export async function loadProfile(): Promise<ProfileRecord | undefined> {
  try {
    return (await latestRecord('profile'))?.data;
  } catch {
    return undefined;
  }
}

/**
 * The plan's check-ins, from the diary: each day's scores on the person's calendar (the plan's
 * review counts a day by its highest).
 */
export async function loadCheckIns(timeZone: string): Promise<CheckIn[]> {
  return (await loadEntries()).map((e) => ({
    date: localDate(Date.parse(e.at), timeZone),
    pain0to10: e.pain0to10,
  }));
}

export async function loadHabitTicks(): Promise<HabitTick[]> {
  return (await listRecords('habit-tick')).map((r) => r.data);
}

/** Ticks a habit for a day, or unticks it (the tick becomes a tombstone). */
export async function setHabitTick(date: string, habitId: string, done: boolean): Promise<void> {
  const same = (await listRecords('habit-tick')).filter(
    (r) => r.data.date === date && r.data.habitId === habitId,
  );
  if (done && same.length === 0) await putRecord('habit-tick', { date, habitId });
  if (!done) for (const r of same) await deleteRecord('habit-tick', r.id);
}

/** The days a habit was ticked, for its streak. */
export function habitDates(ticks: readonly HabitTick[], habitId: string): string[] {
  return ticks.filter((t) => t.habitId === habitId).map((t) => t.date);
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
    loadCheckIns(zone).catch(() => [] as CheckIn[]),
    recentLogs(500).catch(() => [] as SessionLog[]),
  ]);
  const state: PlanState = {
    checkIns: checkIns.filter((c) => inRange(c.date)),
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
    // A record that fails its schema (one without a base, say) is skipped: the week is made again.
    return (await latestRecord('plan'))?.data;
  } catch {
    return undefined;
  }
}

async function generate(profile: Profile, previous: Plan | undefined, now: number): Promise<Plan> {
  const weekStart = weekStartOf(today(profile, now));
  // The diary knows when the current episode began better than an answer given days ago.
  const onset = await diaryOnset(zoneOf(profile), now).catch(() => null);
  const planned = onset === null ? profile : { ...profile, daysSinceOnset: onset };
  return generatePlan({
    profile: planned,
    state: await recentState(profile, previous, now),
    weekStart,
  });
}

/** A new week's plan, adapted from last week's, kept as this week's base. */
async function newWeek(profile: Profile, last: Plan | undefined, now: number): Promise<PlanRecord> {
  const plan = await generate(profile, last, now);
  const record: PlanRecord = {
    plan,
    base: plan,
    ...(last === undefined ? {} : { previous: last }),
    generatedAt: new Date(now).toISOString(),
  };
  await putLatest('plan', record);
  return record;
}

function sameWeek(record: PlanRecord, profile: Profile, now: number): boolean {
  return record.plan.weekStart === weekStartOf(today(profile, now));
}

export async function saveProfile(profile: Profile, skipped: boolean): Promise<PlanRecord> {
  const record: ProfileRecord = { profile, skipped, savedAt: new Date().toISOString() };
  await putLatest('profile', record);
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
  await putLatest('plan', record);
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
