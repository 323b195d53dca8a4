/**
 * A pain diary entry: when, how bad (the one PainScore), and what the person chooses to add: where
 * it hurts, what set it off, what helped, a disturbed night, one hard activity and how well it
 * went, a short note. The fixed choices come from the source articles; the schema is in
 * entry.schema.ts, so the browser can use these without loading a validator.
 */
import type { Id, IsoInstant, PainScore } from '../units.js';

/** Where it hurts: article 004's symptom list, in the person's words. */
export const WHERE = [
  'lower-back',
  'middle-back',
  'upper-back',
  'neck',
  'buttock',
  'left-leg',
  'right-leg',
] as const;
export type Where = (typeof WHERE)[number];

/** What set it off (articles 000, 001, 004). */
export const SET_OFF_BY = [
  'lifting',
  'workout',
  'long-sitting',
  'posture',
  'injury-or-fall',
  'dehydration',
  'other',
] as const;
export type SetOffBy = (typeof SET_OFF_BY)[number];

/** What helped (articles 003, 004); a medicine is named, never dosed. */
export const HELPED = [
  'cold',
  'heat',
  'massage',
  'stretching',
  'exercise-session',
  'rest',
  'medicine',
  'relaxation',
] as const;
export type Helped = (typeof HELPED)[number];

export const NOTE_MAX = 500;
export const NAME_MAX = 60;

/** An entry's data, as its record keeps it (the record's id is the entry's). */
export interface DiaryEntryData {
  at: IsoInstant;
  pain0to10: PainScore;
  where?: Where[];
  setOffBy?: SetOffBy[];
  helped?: Helped[];
  /** The over-the-counter medicine that helped, by name only. */
  medicine?: string;
  sleepDisturbed?: boolean;
  /** One activity the person finds hard, and how well they managed it (0 not at all, 10 fully). */
  activity?: { name: string; managed0to10: PainScore };
  note?: string;
  /** The person says this episode is over. */
  episodeOver?: boolean;
}

export interface DiaryEntry extends DiaryEntryData {
  id: Id;
}

/** A score alone, given again within this many minutes, corrects the last one instead of adding. */
export const CORRECTION_MINUTES = 15;

/**
 * Whether a quick score given at `nowMs` corrects `last` rather than adding an entry: `last` is a
 * score alone (nothing else added) given within the last few minutes. So tapping 5 and then 4 on
 * Today keeps one entry of 4, while a score in the morning and one at night stay two.
 */
export function correctsLast(
  last: DiaryEntryData | DiaryEntry | undefined,
  nowMs: number,
): boolean {
  if (last === undefined) return false;
  const scoreAlone = Object.keys(last).every((k) => k === 'at' || k === 'pain0to10' || k === 'id');
  const age = nowMs - Date.parse(last.at);
  return scoreAlone && age >= 0 && age <= CORRECTION_MINUTES * 60_000;
}
