/**
 * How a programme's weeks went, and the doses it runs at. A week is seven days from the
 * programme's start date. Its sessions are the session logs that ran this programme; its pain is
 * the diary's, each day by its worst score. The clinician's view reads the weeks (adherence, "This
 * hurts" stops, pain) and the player runs the doses.
 *
 * Doses are exactly the clinician's unless they allowed progression. Then, after each full week
 * since the clinician last saved the programme, an exercise steps up a little (a longer hold, then
 * one more rep, within the library's range) only when the plan's own rule for progress holds (pain
 * steady or falling, 7 in 10 sessions done). Once an exercise is stopped with "This hurts" it
 * steps up no more until the clinician saves the programme again; nothing ever steps back on its
 * own: a stop or rising pain keeps the dose and reaches the clinician, who decides.
 */

import type { DiaryEntry } from '../diary/entry.js';
import { dayScores } from '../diary/episodes.js';
import type { Dose } from '../exercises/dose.js';
import { REPS } from '../exercises/dose.js';
import { libraryExercise } from '../plan/catalogue.js';
import {
  ADHERENCE_TO_PROGRESS,
  HIGH_PAIN,
  HIGH_PAIN_DAYS,
  type PainTrend,
  painTrend,
  stepOf,
} from '../plan/progression.js';
import { countsAsDone, stoppedOn } from '../player/summary.js';
import { addDays, daysBetween, localDate } from '../time/index.js';
import type { IsoDate } from '../units.js';
import { type Programme, type ProgrammeExercise, sessionsPerWeek } from './programme.js';

/** What the weeks read of a session log. */
export interface ProgrammeSession {
  startedAt: string;
  programmeId?: string | undefined;
  stoppedForPain: boolean;
  stopPain0to10?: number | undefined;
  exercises: readonly { exerciseId: string; completed: boolean }[];
}

export interface ProgrammeWeek {
  from: IsoDate;
  to: IsoDate;
  /** Whether the week has ended before today. */
  complete: boolean;
  /** Sessions of this programme started in the week. */
  done: number;
  /** Sessions the programme asks for in the week (a week cut short by today asks its share). */
  asked: number;
  /** Done over asked, 0–1. */
  adherence: number;
  /** "This hurts" stops by the exercise they happened on. */
  hurtStops: Record<string, number>;
  painTrend: PainTrend;
  highPainDays: number;
}

/** The programme's weeks from its start up to `today`, oldest first. */
export function programmeWeeks(input: {
  programmeId: string;
  programme: Pick<Programme, 'startDate' | 'sessionsPerDay' | 'daysPerWeek'>;
  sessions: readonly ProgrammeSession[];
  diary: readonly DiaryEntry[];
  today: IsoDate;
  timeZone: string;
}): ProgrammeWeek[] {
  const { programme, today, timeZone } = input;
  if (programme.startDate > today) return [];
  const days = dayScores(input.diary, timeZone);
  const ours = input.sessions
    .filter((s) => s.programmeId === input.programmeId && countsAsDone(s))
    .map((s) => ({ ...s, date: localDate(Date.parse(s.startedAt), timeZone) }));
  const weeks: ProgrammeWeek[] = [];
  // At most the last two years of weeks, whatever the start date says.
  const skip = Math.max(0, Math.floor((daysBetween(programme.startDate, today) - MAX_DAYS) / 7));
  for (let from = addDays(programme.startDate, skip * 7); from <= today; from = addDays(from, 7)) {
    const to = addDays(from, 6);
    const complete = to < today;
    const inWeek = ours.filter((s) => s.date >= from && s.date <= to);
    const hurtStops: Record<string, number> = {};
    for (const s of inWeek) {
      const on = stoppedOn(s);
      if (on !== undefined) hurtStops[on] = (hurtStops[on] ?? 0) + 1;
    }
    const daysSoFar = complete ? 7 : daysBetween(from, today) + 1;
    const asked = Math.max(1, Math.round((sessionsPerWeek(programme) * daysSoFar) / 7));
    const checkIns = days
      .filter((d) => d.date >= from && d.date <= to)
      .map((d) => ({ date: d.date, pain0to10: d.worst }));
    weeks.push({
      from,
      to,
      complete,
      done: inWeek.length,
      asked,
      adherence: Math.min(1, inWeek.length / asked),
      hurtStops,
      painTrend: painTrend(checkIns),
      highPainDays: checkIns.filter((c) => c.pain0to10 >= HIGH_PAIN).length,
    });
  }
  return weeks;
}

/** The longest a programme's weeks are read back. */
const MAX_DAYS = 2 * 366;

/** Whether a week lets an exercise step up, by the plan's rule for progress. */
function mayStepUp(week: ProgrammeWeek, exerciseId: string): boolean {
  return (
    week.complete &&
    (week.hurtStops[exerciseId] ?? 0) === 0 &&
    (week.painTrend === 'steady' || week.painTrend === 'falling') &&
    week.highPainDays < HIGH_PAIN_DAYS &&
    week.adherence >= ADHERENCE_TO_PROGRESS
  );
}

/** One step up within the library's range: a longer hold first, then one more rep. */
function stepUp(exercise: ProgrammeExercise): ProgrammeExercise {
  const dose = libraryExercise(exercise.exerciseId)?.dose;
  if (dose === undefined) return exercise;
  const hold = dose.holdSeconds;
  if (exercise.holdSeconds < hold.max) {
    return { ...exercise, holdSeconds: Math.min(hold.max, exercise.holdSeconds + stepOf(hold)) };
  }
  const repsMax = Math.min(dose.reps.max, REPS.max);
  return exercise.reps < repsMax ? { ...exercise, reps: exercise.reps + 1 } : exercise;
}

/**
 * The doses the programme runs at now, given its weeks (programmeWeeks). Only weeks that began on
 * or after the day the clinician last saved it count (that day by UTC, to a day's tolerance), so
 * a dose they change is the dose from then on.
 */
export function programmeDoses(
  programme: Pick<Programme, 'exercises' | 'allowProgression' | 'assignedAt'>,
  weeks: readonly ProgrammeWeek[],
): ProgrammeExercise[] {
  if (!programme.allowProgression) return programme.exercises.map((e) => ({ ...e }));
  const since = weeks.filter((w) => w.from >= programme.assignedAt.slice(0, 10));
  return programme.exercises.map((exercise) => {
    let dose = exercise;
    for (const week of since) {
      // A "This hurts" stop holds this exercise where it is until the clinician saves again.
      if ((week.hurtStops[exercise.exerciseId] ?? 0) > 0) return dose;
      if (mayStepUp(week, exercise.exerciseId)) dose = stepUp(dose);
    }
    return dose;
  });
}

/** The player's dose of a programme exercise: "both" sides runs each rep on each side. */
export function playerDose(exercise: ProgrammeExercise, perSide: boolean): Dose {
  return {
    holdSeconds: exercise.holdSeconds,
    reps: exercise.reps,
    sets: exercise.sets,
    perSide: perSide && exercise.side === 'both',
  };
}
