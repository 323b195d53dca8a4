/**
 * The plan engine: a profile and the week that has passed in, one week's plan out. Pure and
 * deterministic (no clock, no randomness, ties broken by id), and every choice carries its reason
 * in plain words: the phase, the number of sessions, each exercise's "why this", and each change
 * from last week's plan.
 *
 * Phases, with NICE NG59 in mind (stay active, exercise as the core of self-management, no bed
 * rest): the first week of an episode, or pain of 7 or more, is acute, when only gentle relief
 * movements are offered and never loaded strengthening; up to six weeks after an episode began, or
 * pain of 3 to 6, is recovery; otherwise the plan is about prevention.
 */

import { aboutMinutes, sessionSeconds, timed } from '../exercises/dose.js';
import { addDays } from '../time/index.js';
import {
  allowedIn,
  consideredOrder,
  type LibraryExercise,
  libraryExercise,
  whyThis,
} from './catalogue.js';
import {
  type AdaptContext,
  adapt,
  atDefault,
  heldBack,
  highPainWords,
  holdsSteady,
  promptsFor,
  type WeekSignals,
  weekSignals,
} from './progression.js';
import type {
  Plan,
  PlanChange,
  PlanDay,
  PlanExercise,
  PlanPhase,
  PlanRequest,
  PlanSession,
  Profile,
} from './types.js';

export const MIN_EXERCISES = 3;
export const MAX_EXERCISES = 5;
export const ACUTE_DAYS = 7;
export const RECOVERY_DAYS = 42;
export const ACUTE_PAIN = 7;
export const RECOVERY_PAIN = 3;
export const MAX_SESSIONS_PER_DAY = 3;

/** Sessions a day each daily budget can hold while each session keeps 3 exercises. */
const SESSION_CAP: Record<Profile['minutesPerDay'], number> = { 5: 1, 10: 2, 20: 3 };

const DAYS_PER_WEEK: Record<PlanPhase, number> = { acute: 7, recovery: 7, prevention: 5 };
/** Prevention's two rest days, as offsets from the week's start: spread, never back to back. */
const PREVENTION_REST_DAYS = [2, 5];

export function phaseFor(
  painNow: number,
  daysSinceOnset: number | null,
): { phase: PlanPhase; reason: string } {
  const pain = `${painNow} out of 10`;
  const began =
    daysSinceOnset === null
      ? ''
      : daysSinceOnset === 0
        ? 'began today'
        : daysSinceOnset === 1
          ? 'began yesterday'
          : `began ${daysSinceOnset} days ago`;
  if (painNow >= ACUTE_PAIN) {
    return {
      phase: 'acute',
      reason: `Your pain is ${pain}, so this week is gentle relief movements only, with nothing that loads your back.`,
    };
  }
  if (daysSinceOnset !== null && daysSinceOnset <= ACUTE_DAYS) {
    return {
      phase: 'acute',
      reason: `Your back spasm ${began}. In the first week, gentle relief movements keep you moving while it settles; strengthening waits.`,
    };
  }
  if (daysSinceOnset !== null && daysSinceOnset <= RECOVERY_DAYS) {
    return {
      phase: 'recovery',
      reason: `Your back spasm ${began} and your pain is ${pain}: this week rebuilds movement and starts gentle strengthening.`,
    };
  }
  if (painNow >= RECOVERY_PAIN) {
    return {
      phase: 'recovery',
      reason: `Your pain is ${pain}: this week rebuilds movement and starts gentle strengthening.`,
    };
  }
  return {
    phase: 'prevention',
    reason: `Your pain is ${pain}, and no recent spasm was mentioned: this week is about making another one less likely.`,
  };
}

/** A stable name for a session from its time of day. */
export function sessionSlug(time: string): string {
  const hour = Number(time.slice(0, 2));
  if (hour >= 5 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 14) return 'midday';
  if (hour >= 14 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 21) return 'evening';
  return 'night';
}

/** `count` of the sorted times, spread over the day: the first, the last, and one between. */
export function pickTimes(times: readonly string[], count: number): string[] {
  if (count <= 0 || times.length === 0) return [];
  if (count === 1) return [times[0] as string];
  if (count >= times.length) return [...times];
  const picked = new Set<number>();
  for (let i = 0; i < count; i++) picked.add(Math.round((i * (times.length - 1)) / (count - 1)));
  return [...picked].sort((a, b) => a - b).map((i) => times[i] as string);
}

function sessionIds(times: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return times.map((t) => {
    const slug = sessionSlug(t);
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  });
}

/** How long the player takes to run these exercises, with the rests it puts between them. */
function secondsOf(list: readonly PlanExercise[]): number {
  return sessionSeconds(list.map(timed));
}

/**
 * Lowers reps, then holds, from the last exercise back to `from`, until the session fits or none
 * can. Exercises carried over from last week (before `from`) keep the dose their rules gave them.
 */
function trimToFit(list: PlanExercise[], budget: number, from: number): boolean {
  let trimmed = false;
  for (const field of ['reps', 'holdSeconds'] as const) {
    for (let i = list.length - 1; i >= from && secondsOf(list) > budget; i--) {
      const e = list[i] as PlanExercise;
      const lib = libraryExercise(e.exerciseId);
      if (lib === undefined || lib.details.continuous) continue;
      const min = field === 'reps' ? lib.dose.reps.min : lib.dose.holdSeconds.min;
      if (e[field] > min) {
        list[i] = { ...e, [field]: min };
        trimmed = true;
      }
    }
  }
  return trimmed;
}

interface Selection {
  exercises: PlanExercise[];
  trimmed: boolean;
  shortOfLibrary: boolean;
  changes: PlanChange[];
}

/**
 * Tops `start` up from the phase's order: first to three exercises (the core of the phase for
 * this work, trimmed to fit if need be), then more only while they fit the session's minutes.
 */
function select(
  start: readonly PlanExercise[],
  candidates: readonly LibraryExercise[],
  budgetSeconds: number,
  why: (e: LibraryExercise) => string,
): Selection {
  const list = [...start];
  const changes: PlanChange[] = [];
  const unused = candidates.filter((c) => !list.some((e) => e.exerciseId === c.id));
  // Core first: continuous exercises such as walking only come in when their whole length fits.
  for (const c of unused) {
    if (list.length >= MIN_EXERCISES) break;
    if (c.details.continuous) continue;
    list.push(atDefault(c, why(c)));
  }
  let trimmed = trimToFit(list, budgetSeconds, start.length);
  for (const c of unused) {
    if (list.length >= MAX_EXERCISES) break;
    if (list.some((e) => e.exerciseId === c.id)) continue;
    const next = [...list, atDefault(c, why(c))];
    if (secondsOf(next) <= budgetSeconds) list.push(next.at(-1) as PlanExercise);
  }
  // A session grown past its minutes (last week's exercises stepped up) sheds its last extras
  // rather than undo the step up.
  while (list.length > MIN_EXERCISES && secondsOf(list) > budgetSeconds) {
    const removed = list.pop() as PlanExercise;
    changes.push({
      kind: 'drop',
      exerciseId: removed.exerciseId,
      reason: 'Left out this week to keep each session within your minutes a day.',
    });
  }
  if (secondsOf(list) > budgetSeconds) {
    trimmed = trimToFit(list, budgetSeconds, start.length) || trimmed;
  }
  return { exercises: list, trimmed, shortOfLibrary: list.length < MIN_EXERCISES, changes };
}

function planDays(weekStart: string, phase: PlanPhase, ids: readonly string[]): PlanDay[] {
  return Array.from({ length: 7 }, (_, i) => {
    const rest = phase === 'prevention' && PREVENTION_REST_DAYS.includes(i);
    return { date: addDays(weekStart, i), sessionIds: rest ? [] : [...ids] };
  });
}

function phaseExplanations(phase: PlanPhase, profile: Profile): string[] {
  if (phase === 'acute') {
    return [
      'Stay as active as you can: short, easy walks and ordinary movement help a spasm settle, and bed rest does not (NICE NG59).',
      'Every movement here is gentle and unloaded. Stop any that makes the pain sharper or spread down a leg.',
    ];
  }
  const lines =
    phase === 'recovery'
      ? [
          'Exercise is the core of getting over low back pain (NICE NG59): build up slowly, and let pain guide you.',
        ]
      : [
          'Regular stretching and strengthening lowers the chance of another episode of back pain (NICE NG59): five days a week, with two rest days between.',
        ];
  if (profile.activity === 'low') {
    lines.push('A daily walk, building up to 20–30 minutes, adds to this plan (NICE NG59).');
  }
  return lines;
}

function workExplanation(profile: Profile, phase: PlanPhase): string | undefined {
  if (phase === 'acute') return undefined;
  switch (profile.work) {
    case 'desk':
      return 'For desk work the plan leans on bending back and moving the spine, to undo long sitting.';
    case 'lifting':
      return phase === 'prevention'
        ? 'For lifting work the plan leans on bracing, bridges and bird-dog: the trunk control a safe lift needs.'
        : 'For lifting work the plan starts the bracing that steadies the spine, ready for the strength work that follows.';
    case 'standing':
      return 'For standing work the plan works the hips and the back of the thighs, which share the load of standing.';
    case 'mixed':
      return 'For mixed work the plan blends moving the spine with bracing and strengthening.';
  }
}

export function generatePlan(request: PlanRequest): Plan {
  const { profile, weekStart } = request;
  const state = request.state ?? {};
  const previous = state.previous;
  const week: WeekSignals = weekSignals(profile, state, weekStart);
  const { phase, reason: phaseReason } = phaseFor(week.painNow, profile.daysSinceOnset);
  const exclude = new Set(profile.exclude);
  const why = (e: LibraryExercise) => whyThis(e, phase, profile.work);
  // Harder versions of what hurt or was left out, and, after a week of high pain, of last week's
  // exercises: kept out of every path into the plan (carried over, swapped in, chosen afresh).
  const held = heldBack(week, exclude, previous);
  const ctx: AdaptContext = { phase, exclude, heldBack: held, work: profile.work, why };

  const sessionsPerDay = Math.min(
    profile.times.length,
    MAX_SESSIONS_PER_DAY,
    SESSION_CAP[profile.minutesPerDay],
  );
  const times = pickTimes(profile.times, sessionsPerDay);
  const ids = sessionIds(times);
  const budgetSeconds = (profile.minutesPerDay * 60) / Math.max(1, sessionsPerDay);

  const changes: PlanChange[] = [];
  const explanations: string[] = [];
  let start: PlanExercise[] = [];
  const leftOut = new Set<string>();
  if (previous !== undefined && previous.phase === phase) {
    const adapted = adapt(previous, week, ctx);
    start = adapted.exercises;
    changes.push(...adapted.changes);
    for (const id of adapted.dropped) leftOut.add(id);
  } else if (previous !== undefined) {
    explanations.push(
      `Last week was the ${previous.phase} phase and this week is ${phase}, so the exercises are chosen afresh.`,
    );
    // An exercise stopped with "This hurts" stays out of a fresh start too.
    for (const [id, n] of Object.entries(week.hurtStops)) if (n > 0) leftOut.add(id);
  }

  const eligible = consideredOrder(phase, profile.work).filter(
    (e) => allowedIn(e, phase) && !exclude.has(e.id) && !leftOut.has(e.id),
  );
  const candidates = eligible.filter((e) => !held.has(e.id));
  const selection = select(start, candidates, budgetSeconds, why);
  // An exercise shed to fit the minutes has one change, the drop, not a step up and then a drop.
  const shed = new Set(selection.changes.map((c) => c.exerciseId));
  const kept = changes.filter((c) => c.exerciseId === undefined || !shed.has(c.exerciseId));
  changes.length = 0;
  changes.push(...kept, ...selection.changes);
  // A week that holds steady lets no exercise of last week come back longer or with more reps,
  // even when it is chosen afresh at its default dose.
  let capped = false;
  const lastDose = new Map(previous?.sessions[0]?.exercises.map((e) => [e.exerciseId, e]) ?? []);
  const chosen = selection.exercises.map((e) => {
    const last = lastDose.get(e.exerciseId);
    const lib = libraryExercise(e.exerciseId);
    if (!holdsSteady(week) || last === undefined || lib === undefined) return e;
    const holdSeconds = Math.min(
      e.holdSeconds,
      Math.max(lib.dose.holdSeconds.min, last.holdSeconds),
    );
    const reps = Math.min(e.reps, Math.max(lib.dose.reps.min, last.reps));
    if (holdSeconds === e.holdSeconds && reps === e.reps) return e;
    capped = true;
    return { ...e, holdSeconds, reps };
  });

  if (previous !== undefined && previous.phase !== phase) {
    const now = new Set(chosen.map((e) => e.exerciseId));
    const before = [...new Set(previous.sessions[0]?.exercises.map((e) => e.exerciseId) ?? [])];
    for (const id of before.sort()) {
      if (!now.has(id)) {
        changes.push({
          kind: 'drop',
          exerciseId: id,
          reason:
            (week.hurtStops[id] ?? 0) > 0
              ? 'You stopped this one with “This hurts” last week, so it is left out for now.'
              : (held.get(id)?.reason ?? `Replaced by exercises that suit the ${phase} phase.`),
        });
      }
    }
  }

  const minutes = aboutMinutes(secondsOf(chosen));
  const sessions: PlanSession[] = times.map((time, i) => ({
    id: ids[i] as string,
    time,
    minutes,
    exercises: chosen.map((e) => ({ ...e })),
  }));
  const daysPerWeek = DAYS_PER_WEEK[phase];

  explanations.unshift(
    `${sessionsPerDay === 1 ? 'One session' : `${sessionsPerDay} sessions`} a day of about ${minutes} minute${minutes === 1 ? '' : 's'}, ${daysPerWeek === 7 ? 'every day' : `${daysPerWeek} days a week`}: your ${profile.minutesPerDay} minutes a day at ${times.join(', ')}.`,
    'Each session is the same short routine: a few exercises done often are easier to keep up than many.',
    ...phaseExplanations(phase, profile),
  );
  const work = workExplanation(profile, phase);
  if (work !== undefined) explanations.push(work);
  if (profile.times.length > sessionsPerDay) {
    explanations.push(
      `${profile.minutesPerDay} minutes a day make room for ${sessionsPerDay} session${sessionsPerDay === 1 ? '' : 's'}, so ${sessionsPerDay === 1 ? 'one of your times is used' : `${sessionsPerDay} of your times are used`}.`,
    );
  }
  if (exclude.size > 0) {
    explanations.push(`Left out as you asked: ${[...exclude].sort().join(', ')}.`);
  }
  // Harder versions left out that no change has mentioned: those left out with the person's own
  // exclusions, all of them, since they follow from a choice; the others only when they would
  // otherwise have been in this week's sessions, where the absence is worth a word.
  const told = new Set(changes.map((c) => c.exerciseId));
  const unmentioned = [...held.entries()]
    .filter(([id]) => !told.has(id) && eligible.some((e) => e.id === id))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const alsoExcluded = unmentioned.filter(([, h]) => h.because === 'excluded').map(([id]) => id);
  if (alsoExcluded.length > 0) {
    explanations.push(`Harder versions of these are left out too: ${alsoExcluded.join(', ')}.`);
  }
  const otherwise = new Set(
    unmentioned.length === 0
      ? []
      : select(start, eligible, budgetSeconds, why).exercises.map((e) => e.exerciseId),
  );
  const missed = unmentioned.filter(([id]) => otherwise.has(id));
  for (const [, h] of missed) if (h.because === 'hurt') explanations.push(h.reason);
  if (capped || missed.some(([, h]) => h.because === 'high-pain')) {
    explanations.push(
      `${highPainWords(week)}, so nothing steps up this week: last week’s exercises keep their holds and reps, and their harder versions wait until the pain settles.`,
    );
  }
  if (selection.trimmed) {
    explanations.push('Some holds or reps are at the low end of their range to fit your minutes.');
  }
  if (minutes * 60 > budgetSeconds + 59) {
    explanations.push(
      `The shortest useful session takes about ${minutes} minutes, a little more than your ${profile.minutesPerDay} minutes a day allow.`,
    );
  }
  if (selection.shortOfLibrary) {
    explanations.push(
      `Only ${chosen.length} exercise${chosen.length === 1 ? '' : 's'} suit${chosen.length === 1 ? 's' : ''} the ${phase} phase once your exclusions are left out, so the session is shorter than the usual 3 to 5.`,
    );
  }

  return {
    version: 1,
    weekStart,
    phase,
    phaseReason,
    sessionsPerDay,
    daysPerWeek,
    sessions,
    days: planDays(weekStart, phase, ids),
    changes,
    prompts: promptsFor(week),
    explanations,
  };
}
