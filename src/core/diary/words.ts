/**
 * The diary's fixed choices in the person's words, once: the diary page, the print summary, the
 * CSV and the FHIR bundle all say them the same way.
 */
import type { Helped, SetOffBy, Where } from './entry.js';

export const WHERE_WORDS: Record<Where, string> = {
  'lower-back': 'Lower back',
  'middle-back': 'Middle back',
  'upper-back': 'Upper back',
  neck: 'Neck',
  buttock: 'Buttock',
  'left-leg': 'Left leg',
  'right-leg': 'Right leg',
};

export const SET_OFF_BY_WORDS: Record<SetOffBy, string> = {
  lifting: 'Lifting',
  workout: 'A workout',
  'long-sitting': 'Sitting for long',
  posture: 'Posture',
  'injury-or-fall': 'An injury or fall',
  dehydration: 'Not drinking enough',
  other: 'Something else',
};

export const HELPED_WORDS: Record<Helped, string> = {
  cold: 'Cold pack',
  heat: 'Heat',
  massage: 'Massage',
  stretching: 'Stretching',
  'exercise-session': 'An exercise session',
  rest: 'Rest',
  medicine: 'A medicine from the pharmacy',
  relaxation: 'Relaxation',
};

/** What helped, in words, the medicine by its name when given. */
export function helpedWords(helped: readonly Helped[], medicine?: string): string[] {
  return helped.map((h) =>
    h === 'medicine' && medicine !== undefined ? medicine : HELPED_WORDS[h],
  );
}
