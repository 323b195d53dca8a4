/**
 * The programme editor's state and rules, apart from its screen: a draft keeps what the clinician
 * typed as text (a half-typed number is not yet a number), each exercise starts at the library's
 * dose, each number is bounded by the library's range for that exercise within core's ranges, and
 * the draft becomes a ProgrammeInput only when every field holds. Errors are keyed by the API's own
 * field paths ("exercises.0.reps"), so the server's refusals land beside the same fields.
 */
import type { ExerciseDetails } from '../../core/content/schema.js';
import { HOLD_SECONDS, MAX_EXERCISES, type Range, REPS, SETS } from '../../core/exercises/dose.js';
import { LIBRARY, type LibraryExercise, libraryExercise } from '../../core/plan/catalogue.js';
import {
  DAYS_PER_WEEK,
  NOTE_MAX,
  PROGRAMME_NOTES_MAX,
  type Programme,
  SESSIONS_PER_DAY,
  type Side,
  TITLE_MAX,
} from '../../core/programme/programme.js';
import type { ProgrammeInput } from '../../core/programme/programme.schema.js';
import { addDays } from '../../core/time/index.js';

export type DoseField = 'holdSeconds' | 'reps' | 'sets';

export interface ExerciseDraft {
  exerciseId: string;
  holdSeconds: string;
  reps: string;
  sets: string;
  side: Side;
  notes: string;
}

export interface ProgrammeDraft {
  title: string;
  exercises: ExerciseDraft[];
  sessionsPerDay: string;
  daysPerWeek: string;
  notes: string;
  startDate: string;
  reviewDate: string;
  allowProgression: boolean;
}

/** A first review four weeks after the start, as a physiotherapist's follow-up often is. */
export const REVIEW_AFTER_DAYS = 28;
export const DEFAULT_TITLE = 'Home exercise programme';

export function newDraft(today: string): ProgrammeDraft {
  return {
    title: DEFAULT_TITLE,
    exercises: [],
    sessionsPerDay: '1',
    daysPerWeek: '5',
    notes: '',
    startDate: today,
    reviewDate: addDays(today, REVIEW_AFTER_DAYS),
    allowProgression: false,
  };
}

export function draftOf(programme: Programme): ProgrammeDraft {
  return {
    title: programme.title,
    exercises: programme.exercises.map((e) => ({
      exerciseId: e.exerciseId,
      holdSeconds: String(e.holdSeconds),
      reps: String(e.reps),
      sets: String(e.sets),
      side: e.side,
      notes: e.notes ?? '',
    })),
    sessionsPerDay: String(programme.sessionsPerDay),
    daysPerWeek: String(programme.daysPerWeek),
    notes: programme.notes ?? '',
    startDate: programme.startDate,
    reviewDate: programme.reviewDate,
    allowProgression: programme.allowProgression,
  };
}

/** An exercise as first added: the library's starting dose, every rep on each side. */
export function exerciseDraft(exercise: LibraryExercise): ExerciseDraft {
  return {
    exerciseId: exercise.id,
    holdSeconds: String(exercise.dose.holdSeconds.default),
    reps: String(exercise.dose.reps.default),
    sets: String(exercise.dose.sets),
    side: 'both',
    notes: '',
  };
}

const CORE: Record<DoseField, Range> = { holdSeconds: HOLD_SECONDS, reps: REPS, sets: SETS };

/**
 * The range a dose field may take for an exercise: the library's, within core's. The library
 * gives sets as one number, so sets keep core's range.
 */
export function doseRange(exerciseId: string, field: DoseField): Range {
  const core = CORE[field];
  const dose = libraryExercise(exerciseId)?.dose;
  if (dose === undefined || field === 'sets') return core;
  const own = dose[field];
  return { min: Math.max(core.min, own.min), max: Math.min(core.max, own.max) };
}

export function detailsOf(exerciseId: string): ExerciseDetails | undefined {
  return libraryExercise(exerciseId)?.details;
}

/** Library exercises whose title or other names hold every word of `query`, not already chosen. */
export function findExercises(query: string, chosen: readonly string[]): LibraryExercise[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return LIBRARY.filter((e) => !chosen.includes(e.id))
    .filter((e) => {
      const text = [e.title, ...e.details.otherNames].join(' ').toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

export const canAddMore = (draft: ProgrammeDraft) => draft.exercises.length < MAX_EXERCISES;

/** A field's element id from its API path: "exercises.0.reps" is "programme-exercises-0-reps". */
export function fieldId(path: string): string {
  return `programme-${path.replace(/\./g, '-')}`;
}

export type DraftErrors = Record<string, string>;

function whole(text: string, range: Range): number | string {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return `Enter a whole number from ${range.min} to ${range.max}.`;
  const n = Number(t);
  if (n < range.min || n > range.max) return `Use a number from ${range.min} to ${range.max}.`;
  return n;
}

function words(text: string, max: number, label: string): string | undefined {
  if (text.trim().length > max) return `Keep ${label} to ${max} characters.`;
  return undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The draft as the API takes it, or the words for each field that does not hold. */
export function checkDraft(
  draft: ProgrammeDraft,
): { ok: true; input: ProgrammeInput } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'Give the programme a title, such as “Home exercises”.';
  else if (title.length > TITLE_MAX) errors.title = `Keep the title to ${TITLE_MAX} characters.`;
  if (draft.exercises.length === 0) errors.exercises = 'Add at least one exercise.';

  const exercises: ProgrammeInput['exercises'] = [];
  draft.exercises.forEach((e, i) => {
    const dose = (field: DoseField) => {
      const value = whole(e[field], doseRange(e.exerciseId, field));
      if (typeof value === 'string') errors[`exercises.${i}.${field}`] = value;
      return value;
    };
    const [holdSeconds, reps, sets] = [dose('holdSeconds'), dose('reps'), dose('sets')];
    const noteProblem = words(e.notes, NOTE_MAX, 'the notes');
    if (noteProblem !== undefined) errors[`exercises.${i}.notes`] = noteProblem;
    if (typeof holdSeconds === 'string' || typeof reps === 'string' || typeof sets === 'string') {
      return;
    }
    const perSide = detailsOf(e.exerciseId)?.perSide ?? false;
    const notes = e.notes.trim();
    exercises.push({
      exerciseId: e.exerciseId,
      holdSeconds,
      reps,
      sets,
      side: perSide ? e.side : 'both',
      ...(notes === '' ? {} : { notes }),
    });
  });

  const sessionsPerDay = whole(draft.sessionsPerDay, SESSIONS_PER_DAY);
  if (typeof sessionsPerDay === 'string') errors.sessionsPerDay = sessionsPerDay;
  const daysPerWeek = whole(draft.daysPerWeek, DAYS_PER_WEEK);
  if (typeof daysPerWeek === 'string') errors.daysPerWeek = daysPerWeek;
  const notesProblem = words(draft.notes, PROGRAMME_NOTES_MAX, 'the notes');
  if (notesProblem !== undefined) errors.notes = notesProblem;
  if (!ISO_DATE.test(draft.startDate)) errors.startDate = 'Choose the day it starts.';
  if (!ISO_DATE.test(draft.reviewDate)) errors.reviewDate = 'Choose the day you will review it.';
  else if (draft.reviewDate < draft.startDate) {
    errors.reviewDate = 'Choose a review day on or after the start.';
  }

  if (
    Object.keys(errors).length > 0 ||
    typeof sessionsPerDay === 'string' ||
    typeof daysPerWeek === 'string'
  ) {
    return { ok: false, errors };
  }
  const notes = draft.notes.trim();
  return {
    ok: true,
    input: {
      title,
      exercises,
      sessionsPerDay,
      daysPerWeek,
      ...(notes === '' ? {} : { notes }),
      startDate: draft.startDate,
      reviewDate: draft.reviewDate,
      allowProgression: draft.allowProgression,
    },
  };
}

/** The server's refusals as the draft's errors; a path the form has no field for goes to `form`. */
export function serverErrors(
  fields: readonly { path: string; message: string }[],
  draft: ProgrammeDraft,
): DraftErrors {
  const known = new Set([
    'title',
    'exercises',
    'sessionsPerDay',
    'daysPerWeek',
    'notes',
    'startDate',
    'reviewDate',
    ...draft.exercises.flatMap((_, i) =>
      ['exerciseId', 'holdSeconds', 'reps', 'sets', 'side', 'notes'].map(
        (f) => `exercises.${i}.${f}`,
      ),
    ),
  ]);
  const out: DraftErrors = {};
  for (const f of fields) {
    // The server's messages finish a sentence that starts with the field ("must be at most 30").
    const path = known.has(f.path) ? f.path : 'form';
    out[path] =
      out[path] === undefined ? sentence(f.message) : `${out[path]} ${sentence(f.message)}`;
  }
  return out;
}

function sentence(message: string): string {
  const text = /^(must|is|should)\b/.test(message) ? `This ${message}` : message;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
