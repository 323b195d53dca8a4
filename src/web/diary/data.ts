/**
 * The diary's records on the device: every pain score the person gives is a `diary-entry` record
 * (core/diary/entry.ts), Today's one tap among them. Pages read and write entries only through
 * here, over the record layer, so every entry is checked on the way in and on the way out.
 */
import { correctsLast, type DiaryEntry, type DiaryEntryData } from '../../core/diary/entry.js';
import { byTime, diaryCourse } from '../../core/diary/summary.js';
import { localDate } from '../../core/time/index.js';
import type { PainScore } from '../../core/units.js';
import { deleteRecord, listRecords, putRecord } from '../store/records.js';

/** Every live entry, oldest first. */
export async function loadEntries(): Promise<DiaryEntry[]> {
  return byTime((await listRecords('diary-entry')).map((r) => ({ ...r.data, id: r.id })));
}

/** Keeps an entry: a new one, or a new version of the entry `id` names. */
export async function saveEntry(data: DiaryEntryData, id?: string): Promise<DiaryEntry> {
  const kept = await putRecord('diary-entry', data, id);
  return { ...kept.data, id: kept.id };
}

export async function deleteEntry(id: string): Promise<void> {
  await deleteRecord('diary-entry', id);
}

/**
 * A score alone, given with one tap: a new entry, or a correction of the score given a moment ago
 * (core's `correctsLast`), so changing one's mind on Today does not make two entries.
 */
export async function saveScore(pain0to10: PainScore, now = Date.now()): Promise<DiaryEntry> {
  const last = (await loadEntries()).at(-1);
  const data: DiaryEntryData = { at: new Date(now).toISOString(), pain0to10 };
  return saveEntry(data, correctsLast(last, now) ? last?.id : undefined);
}

/** The latest score given on `date` in `timeZone`, if any. */
export function latestOn(
  entries: readonly DiaryEntry[],
  date: string,
  timeZone: string,
): PainScore | undefined {
  return entries.filter((e) => localDate(Date.parse(e.at), timeZone) === date).at(-1)?.pain0to10;
}

/**
 * Days since the current episode began, from the diary, or null when it shows none going on. Once
 * the diary knows, the plan takes the onset from it and its profile stops asking.
 */
export async function diaryOnset(timeZone: string, now = Date.now()): Promise<number | null> {
  const entries = await loadEntries();
  return diaryCourse(entries, localDate(now, timeZone), timeZone).daysSinceOnset;
}
