/**
 * Instants as they read in a named IANA time zone: the local date and clock, the zone's offset,
 * and the start of the week a person is in. The instant is always passed in (epoch milliseconds),
 * never read from a clock here. A zone the engine does not know reads as UTC, so a mistyped zone
 * never breaks a page.
 */
import type { IsoDate } from '../units.js';
import { weekStartOf } from './calendar.js';

/** True when `zone` is a time zone this JavaScript engine knows ("Europe/London", "UTC"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  // A known zone is found at once: checking it again would build a formatter on every call.
  const cached = formatters.get(zone);
  if (cached !== undefined) return cached;
  const known = isTimeZone(zone) ? zone : 'UTC';
  let f = formatters.get(known);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: known,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(known, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock parts in `zone` at the instant `ms`. */
export function localParts(ms: number, zone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Minutes east of UTC that `zone` is at the instant `ms` (60 for London in summer). */
export function offsetMinutes(ms: number, zone: string): number {
  const p = localParts(ms, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The calendar day in `zone` at the instant `ms`: how check-ins, ticks and weeks are keyed. */
export function localDate(ms: number, zone: string): IsoDate {
  const p = localParts(ms, zone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Minutes past local midnight in `zone` at the instant `ms`. */
export function localMinutes(ms: number, zone: string): number {
  const p = localParts(ms, zone);
  return p.hour * 60 + p.minute;
}

/** The Monday of the week that holds the instant `ms` in `zone`. */
export function weekStartAt(ms: number, zone: string): IsoDate {
  return weekStartOf(localDate(ms, zone));
}
