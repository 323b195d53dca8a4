/**
 * The diary as CSV (RFC 4180): UTF-8, one header row, CRLF line ends, a field quoted when it holds
 * a comma, a quote or a line break, quotes doubled. Times are ISO 8601 in UTC, with the person's
 * local date beside them so a spreadsheet can group by day. Lists are joined with "; ".
 *
 * Free text (the note, a medicine, an activity) that begins with = + - @ or a tab is prefixed with
 * an apostrophe, so a spreadsheet shows it instead of running it as a formula (OWASP's advice on
 * CSV injection); nothing else is changed.
 */

import type { DiaryEntry } from '../diary/entry.js';
import { byTime } from '../diary/summary.js';
import { HELPED_WORDS, SET_OFF_BY_WORDS, WHERE_WORDS } from '../diary/words.js';
import { localDate } from '../time/index.js';

export const CSV_COLUMNS = [
  'id',
  'time_utc',
  'local_date',
  'pain_0_to_10',
  'where',
  'set_off_by',
  'helped',
  'medicine',
  'sleep_disturbed',
  'hard_activity',
  'activity_managed_0_to_10',
  'episode_over',
  'note',
] as const;

/** Quotes a field when RFC 4180 needs it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Free text made safe to open in a spreadsheet. */
export function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const yesNo = (b: boolean | undefined) => (b === undefined ? '' : b ? 'yes' : 'no');

function row(entry: DiaryEntry, timeZone: string): string[] {
  return [
    entry.id,
    entry.at,
    localDate(Date.parse(entry.at), timeZone),
    String(entry.pain0to10),
    (entry.where ?? []).map((w) => WHERE_WORDS[w]).join('; '),
    (entry.setOffBy ?? []).map((s) => SET_OFF_BY_WORDS[s]).join('; '),
    (entry.helped ?? []).map((h) => HELPED_WORDS[h]).join('; '),
    inert(entry.medicine ?? ''),
    yesNo(entry.sleepDisturbed),
    inert(entry.activity?.name ?? ''),
    entry.activity === undefined ? '' : String(entry.activity.managed0to10),
    yesNo(entry.episodeOver),
    inert(entry.note ?? ''),
  ];
}

/** Every entry, oldest first, under one header row. */
export function diaryCsv(entries: readonly DiaryEntry[], timeZone: string): string {
  const lines = [
    CSV_COLUMNS.join(','),
    ...byTime(entries).map((e) => row(e, timeZone).map(csvField).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
