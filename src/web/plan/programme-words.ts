/**
 * A clinician's programme in the person's words, shared by the plan's card and the printed
 * handout: how often ("Twice a day, 5 days a week"), each exercise's dose and side, whether the
 * doses stay as set or may step up, and this week's sessions.
 */
import {
  PROFESSION_WORDS,
  type Programme,
  type ProgrammeExercise,
  SIDE_WORDS,
  sessionsPerWeek,
} from '../../core/programme/programme.js';
import type { ProgrammeWeek } from '../../core/programme/progression.js';
import { shortDate, shortDay } from '../dates.js';
import type { ExerciseItem } from '../exercises/catalogue.js';
import { doseWords } from '../format.js';

const TIMES = ['', 'Once', 'Twice'];

/** "Once a day, every day", "Twice a day, 5 days a week". */
export function howOften(programme: Pick<Programme, 'sessionsPerDay' | 'daysPerWeek'>): string {
  const perDay = `${TIMES[programme.sessionsPerDay] ?? `${programme.sessionsPerDay} times`} a day`;
  const days =
    programme.daysPerWeek === 7
      ? 'every day'
      : `${programme.daysPerWeek} ${programme.daysPerWeek === 1 ? 'day' : 'days'} a week`;
  return `${perDay}, ${days}`;
}

/**
 * The dose in words ("Hold 20 s · 2 times each side · 1 set"): "each side" only when the
 * clinician asked for both sides of an exercise done on each side.
 */
export function programmeDoseWords(exercise: ProgrammeExercise, item: ExerciseItem): string {
  return doseWords(
    {
      holdSeconds: exercise.holdSeconds,
      reps: exercise.reps,
      sets: exercise.sets,
      perSide: exercise.side === 'both' && item.exercise.perSide,
    },
    item.exercise.continuous,
  );
}

/**
 * "Left side only" or "Right side only" when the clinician named one; nothing for "both", which the
 * dose already says ("each side") where an exercise has sides.
 */
export function sideWords(exercise: Pick<ProgrammeExercise, 'side'>): string | undefined {
  if (exercise.side === 'both') return undefined;
  const words = SIDE_WORDS[exercise.side];
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whether the dose now is above the one the clinician set (progression they allowed). */
export function steppedUp(now: ProgrammeExercise, set: ProgrammeExercise | undefined): boolean {
  return set !== undefined && (now.holdSeconds > set.holdSeconds || now.reps > set.reps);
}

/** What the person is told about how the doses change. */
export function dosesNote(
  programme: Pick<Programme, 'allowProgression' | 'profession' | 'clinicianName'>,
): string {
  const who = `Your ${PROFESSION_WORDS[programme.profession]}`;
  return programme.allowProgression
    ? `${who} set these doses and lets them step up a little each week, when the pain scores you give are steady or easing and you did most of the sessions. Once you stop an exercise with “This hurts”, it steps up no more until ${programme.clinicianName} changes the programme, and no dose steps down by itself: tell them if one is too much.`
    : `${who} set these doses. They stay the same until ${programme.clinicianName} changes them.`;
}

/** "This week (Wed 5 Mar to Tue 11 Mar): 2 of 10 sessions done", a week from the start date. */
export function weekWords(
  week: Pick<ProgrammeWeek, 'from' | 'to' | 'done'>,
  programme: Pick<Programme, 'sessionsPerDay' | 'daysPerWeek'>,
): string {
  const asked = sessionsPerWeek(programme);
  const range = `${shortDay(week.from)} ${shortDate(week.from)} to ${shortDay(week.to)} ${shortDate(week.to)}`;
  return `This week (${range}): ${week.done} of ${asked} ${asked === 1 ? 'session' : 'sessions'} done`;
}
