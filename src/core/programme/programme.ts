/**
 * A home programme (issue 10): the exercises a person's clinician assigns, with the dose of each,
 * how often, notes in the clinician's words, a start date and a review date. The clinician writes
 * it on the server into the person's own records (kind `programme`), so it reaches every device
 * the person has by sync and works offline like the rest of the plan. Zod-free: the schema is in
 * programme.schema.ts.
 */
import type { IsoDate } from '../units.js';

export const PROFESSIONS = ['physiotherapist', 'doctor', 'osteopath', 'chiropractor'] as const;
export type Profession = (typeof PROFESSIONS)[number];

export function isProfession(value: unknown): value is Profession {
  return (PROFESSIONS as readonly unknown[]).includes(value);
}

/** How the person is told who the programme is from: "your physiotherapist". */
export const PROFESSION_WORDS: Record<Profession, string> = {
  physiotherapist: 'physiotherapist',
  doctor: 'doctor',
  osteopath: 'osteopath',
  chiropractor: 'chiropractor',
};

/** Which side a one-sided exercise is done on; "both" does every rep on each side in turn. */
export const SIDES = ['both', 'left', 'right'] as const;
export type Side = (typeof SIDES)[number];

export const SIDE_WORDS: Record<Side, string> = {
  both: 'each side',
  left: 'left side only',
  right: 'right side only',
};

export const SESSIONS_PER_DAY = { min: 1, max: 3 } as const;
export const DAYS_PER_WEEK = { min: 1, max: 7 } as const;
export const NOTE_MAX = 500;
export const PROGRAMME_NOTES_MAX = 1000;
export const TITLE_MAX = 80;
export const NAME_MAX = 80;

export interface ProgrammeExercise {
  exerciseId: string;
  holdSeconds: number;
  reps: number;
  sets: number;
  side: Side;
  /** The clinician's words for this exercise. */
  notes?: string;
}

/** A `programme` record's data. */
export interface Programme {
  clinicianId: string;
  clinicianName: string;
  profession: Profession;
  title: string;
  exercises: ProgrammeExercise[];
  sessionsPerDay: number;
  daysPerWeek: number;
  notes?: string;
  startDate: IsoDate;
  reviewDate: IsoDate;
  /**
   * Whether doses may step up week by week as the plan's own do (progression.ts); when false, the
   * doses are exactly the clinician's until they change them.
   */
  allowProgression: boolean;
  /** When the clinician last saved it. */
  assignedAt: string;
}

/** "From Sam Patel, your physiotherapist". */
export function fromWords(programme: Pick<Programme, 'clinicianName' | 'profession'>): string {
  return `From ${programme.clinicianName}, your ${PROFESSION_WORDS[programme.profession]}`;
}

/** Sessions the programme asks for in a full week. */
export function sessionsPerWeek(programme: Pick<Programme, 'sessionsPerDay' | 'daysPerWeek'>) {
  return programme.sessionsPerDay * programme.daysPerWeek;
}

/** Whether the programme runs on `today`: started, whatever its review date (a review is a prompt, not an end). */
export function isRunning(programme: Pick<Programme, 'startDate'>, today: IsoDate): boolean {
  return programme.startDate <= today;
}

/** Whether the review date has come. */
export function reviewDue(programme: Pick<Programme, 'reviewDate'>, today: IsoDate): boolean {
  return programme.reviewDate <= today;
}
