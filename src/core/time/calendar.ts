/**
 * Calendar arithmetic on 'YYYY-MM-DD' days and 'HH:MM' clock times. Days are worked on as UTC
 * midnights, so no answer depends on the machine's own zone or clock.
 */
import { type IsoDate, isIsoDate } from '../units.js';

export { isIsoDate };

const DAY_MS = 86_400_000;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function dateToMs(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function msToDate(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return msToDate(dateToMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((dateToMs(to) - dateToMs(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(dateToMs(date)).getUTCDay();
}

/** The Monday on or before a date: the first day of the plan's week. */
export function weekStartOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** True for a clock time 'HH:MM', 00:00 to 23:59. */
export function isClockTime(value: string): boolean {
  return CLOCK.test(value);
}

/** '08:30' -> 510; undefined for anything that is not a time of day. */
export function minutesOf(time: string): number | undefined {
  const match = CLOCK.exec(time);
  if (match === null) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

const DATE_WORDS = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "Mon 3 Mar": a date in a sentence written in core (the clinician's reasons). */
export function dateWords(date: IsoDate): string {
  return DATE_WORDS.format(new Date(`${date}T12:00:00Z`));
}
