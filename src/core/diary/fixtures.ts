/**
 * Test support: diaries the diary's API, CLI and bench tests share. A week of daily scores that
 * self-care has not eased, as a person would keep it in London.
 */
import { addDays } from '../time/index.js';
import { painScore } from '../units.js';
import type { DiaryEntry } from './entry.js';

export const FIXTURE_ZONE = 'Europe/London';

/** The id of the n-th fixture entry: a UUIDv7 in time order. */
export const fixtureId = (n: number): string =>
  `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** One entry a day from `start` at 08:00 UTC, with these scores. */
export function dailyEntries(start: string, scores: readonly number[]): DiaryEntry[] {
  return scores.map((pain, i) => ({
    id: fixtureId(i + 1),
    at: `${addDays(start, i)}T08:00:00.000Z`,
    pain0to10: painScore(pain),
  }));
}

/** A spasm that has not eased in five days: the "few days" escalation holds on its last day. */
export const NOT_EASING = {
  entries: dailyEntries('2026-03-02', [6, 6, 5, 6, 6]),
  today: '2026-03-06',
  timeZone: FIXTURE_ZONE,
} as const;

/** A year of daily entries, a spasm every few months, for the bench. */
export function yearOfEntries(): DiaryEntry[] {
  const scores = Array.from({ length: 365 }, (_, i) => {
    const inSpasm = i % 90;
    return inSpasm < 10 ? Math.max(0, 7 - inSpasm) : (i * 7) % 3;
  });
  return dailyEntries('2025-03-01', scores);
}

let made = 0;

/** An entry at noon UTC on `date` (noon in London, summer or winter), with an id of its own. */
export function entryOn(date: string, pain: number, extra: Partial<DiaryEntry> = {}): DiaryEntry {
  made += 1;
  return {
    id: fixtureId(100_000 + made),
    at: `${date}T12:00:00.000Z`,
    pain0to10: painScore(pain),
    ...extra,
  };
}

/** One entry a day at noon UTC from `start`, with these scores, each with an id of its own. */
export function entriesFrom(start: string, scores: readonly number[]): DiaryEntry[] {
  return scores.map((pain, i) => entryOn(addDays(start, i), pain));
}
