/**
 * The web app's addresses in one place: Learn kinds have friendly URL names ("when-to-see-a-doctor"
 * rather than "warning_sign"), and every page builds its links through these helpers.
 */
import { type CONTENT_KINDS, KIND_LABELS } from '../core/content/constants.js';

export type Kind = (typeof CONTENT_KINDS)[number];

/** The order a person meets the kinds in on the Learn page. */
export const LEARN_ORDER: readonly Kind[] = [
  'cause',
  'symptom',
  'treatment',
  'exercise',
  'prevention',
  'warning_sign',
  'faq',
];

const KIND_SLUGS: Record<Kind, string> = {
  cause: 'causes',
  symptom: 'symptoms',
  treatment: 'treatments',
  exercise: 'exercises',
  prevention: 'prevention',
  warning_sign: 'when-to-see-a-doctor',
  faq: 'questions',
};

/** One line under each kind's name, so a person can choose without opening each. */
export const KIND_BLURBS: Record<Kind, string> = {
  cause: 'What sets a spasm off, and why muscles tighten.',
  symptom: 'How a spasm feels and what is common.',
  treatment: 'What helps, what the evidence says, and what to watch for.',
  exercise: 'Gentle stretches and strengthening, step by step.',
  prevention: 'Habits that keep the next spasm away.',
  warning_sign: 'Signs that mean you should get medical help.',
  faq: 'Short answers to common questions.',
};

export function kindLabel(kind: Kind): string {
  return KIND_LABELS[kind].plural;
}

/**
 * A kind's page. Exercises have one place, the library (with its figures and "Add to session"), so
 * Learn's exercises link there rather than to a second list of the same name.
 */
export function kindPath(kind: Kind): string {
  return kind === 'exercise' ? PATHS.exercises : `/learn/${KIND_SLUGS[kind]}`;
}

export function kindFromSlug(slug: string | undefined): Kind | undefined {
  return LEARN_ORDER.find((kind) => KIND_SLUGS[kind] === slug);
}

export function itemPath(id: string): string {
  return `/topic/${encodeURIComponent(id)}`;
}

export function searchPath(query: string): string {
  return query === '' ? '/search' : `/search?q=${encodeURIComponent(query)}`;
}

export const PATHS = {
  home: '/',
  learn: '/learn',
  compare: '/compare',
  stretching: '/stretching',
  search: '/search',
  exercises: '/exercises',
  session: '/session',
  check: '/check',
  checkHistory: '/check/history',
  spasm: '/spasm',
  plan: '/plan',
  planProfile: '/plan/profile',
  diary: '/diary',
  diaryReport: '/diary/report',
  account: '/account',
  sharing: '/account/sharing',
  clinician: '/clinician',
  clinicianSetup: '/clinician/setup',
} as const;

/** A clinician's programme for the person, as a printable handout. */
export function programmePath(id: string): string {
  return `/plan/programme/${encodeURIComponent(id)}`;
}

/** One person, in the clinician's area. */
export function clinicianPersonPath(personId: string): string {
  return `/clinician/people/${encodeURIComponent(personId)}`;
}

/** One past result of "Should I see a doctor?", kept on the device. */
export function checkRecordPath(id: string): string {
  return `/check/history/${encodeURIComponent(id)}`;
}
