/**
 * The plan as an iCalendar file (RFC 5545), so reminders reach the person through their own
 * calendar even when Unknot is closed: one repeating event per session of the day with an alarm
 * at its start, and, when the profile asks for them, hourly desk-break reminders on weekdays.
 *
 * Written by hand rather than with the `ics` package, because that package cannot name a time
 * zone (it writes UTC or floating times only), and a session at 08:00 must stay at 08:00 local
 * across a daylight-saving change. So DTSTART carries the profile's TZID, and the VTIMEZONE that
 * RFC 5545 then requires is derived from the zone's own offsets through Intl: pure, with the clock
 * (`now`, for DTSTAMP) and the id maker passed in.
 */

import type { Plan, Profile } from '../plan/types.js';
import { addDays, localParts, offsetMinutes, weekday } from '../time/index.js';

export interface IcsOptions {
  /** The moment the file is made, in milliseconds, for DTSTAMP. */
  now: number;
  /** Makes the UID of the i-th event; the same plan and ids give the same file. */
  uid: (i: number) => string;
  productId?: string;
}

export const DEFAULT_PRODUCT_ID = '-//Unknot//Back plan//EN';
const DESK_BREAK_HOURS = [9, 10, 11, 12, 13, 14, 15, 16, 17];
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const DISCLAIMER = 'General information, not a substitute for professional care.';

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets without splitting a character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const n = utf8Length(char);
    if (octets + n > 75) {
      out.push(current);
      current = ` ${char}`;
      octets = 1 + n;
    } else {
      current += char;
      octets += n;
    }
  }
  out.push(current);
  return out.join('\r\n');
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function localStamp(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

/** The instants in `year` when `zone` changes its offset, to the minute. */
export function transitions(zone: string, year: number): Transition[] {
  const found: Transition[] = [];
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const day = 86_400_000;
  let prevAt = start;
  let prev = offsetMinutes(start, zone);
  for (let t = start + day; t <= end; t += day) {
    const off = offsetMinutes(t, zone);
    if (off !== prev) {
      let lo = prevAt;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetMinutes(mid, zone) === prev) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: prev, to: off });
    }
    prevAt = t;
    prev = off;
  }
  return found;
}

function observance(t: Transition, daylight: boolean, rrule: boolean): string[] {
  const p = localParts(t.at + t.from * 60_000, 'UTC');
  const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
  const lines = [
    `BEGIN:${kind}`,
    `DTSTART:${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}00`,
    `TZOFFSETFROM:${offsetText(t.from)}`,
    `TZOFFSETTO:${offsetText(t.to)}`,
  ];
  if (rrule) {
    const daysInMonth = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
    const nth = p.day + 7 > daysInMonth ? -1 : Math.ceil(p.day / 7);
    const dow = WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
    lines.push(`RRULE:FREQ=YEARLY;BYMONTH=${p.month};BYDAY=${nth}${dow}`);
  }
  lines.push(`END:${kind}`);
  return lines;
}

/**
 * A VTIMEZONE for `zone` from the year before `year` on, built from the zone's offsets. A zone
 * with one summer and one winter change a year gets yearly rules ("last Sunday of March"); a zone
 * with no changes gets its one offset; any other pattern is written out change by change.
 */
export function vtimezone(zone: string, year: number): string[] {
  const first = transitions(zone, year - 1);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (first.length === 0) {
    const off = offsetMinutes(Date.UTC(year, 0, 1), zone);
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(off)}`,
      `TZOFFSETTO:${offsetText(off)}`,
      'END:STANDARD',
    );
  } else if (first.length === 2) {
    const high = Math.max(...first.map((t) => t.to));
    for (const t of first) lines.push(...observance(t, t.to === high && t.to > t.from, true));
  } else {
    const all = [...first, ...transitions(zone, year), ...transitions(zone, year + 1)];
    for (const t of all) lines.push(...observance(t, t.to > t.from, false));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function rruleFor(dates: readonly string[]): string {
  if (dates.length === 7) return 'RRULE:FREQ=DAILY';
  const days = [...new Set(dates.map(weekday))].sort((a, b) => a - b).map((d) => WEEKDAYS[d]);
  return `RRULE:FREQ=WEEKLY;BYDAY=${days.join(',')}`;
}

function alarm(text: string): string[] {
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT0S',
    `DESCRIPTION:${escapeText(text)}`,
    'END:VALARM',
  ];
}

export function planToIcs(plan: Plan, profile: Profile, options: IcsOptions): string {
  const zone = profile.timeZone ?? 'UTC';
  const utc = zone === 'UTC' || zone === 'Etc/UTC';
  const stamp = utcStamp(options.now);
  const start = (date: string, time: string) =>
    utc ? `DTSTART:${localStamp(date, time)}Z` : `DTSTART;TZID=${zone}:${localStamp(date, time)}`;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? DEFAULT_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Unknot back plan',
  ];
  if (!utc) lines.push(...vtimezone(zone, Number(plan.weekStart.slice(0, 4))));

  let i = 0;
  for (const session of plan.sessions) {
    const dates = plan.days.filter((d) => d.sessionIds.includes(session.id)).map((d) => d.date);
    const firstDate = dates[0];
    if (firstDate === undefined) continue;
    const summary = `Back exercises (${session.id}, ${session.minutes} min)`;
    const description = [
      `${plan.phase[0]?.toUpperCase()}${plan.phase.slice(1)} phase. ${plan.phaseReason}`,
      ...session.exercises.map(
        (e) =>
          `• ${e.name}: ${e.reps} × ${e.holdSeconds} s${e.perSide ? ' each side' : ''}${e.sets > 1 ? `, ${e.sets} sets` : ''}. ${e.why}`,
      ),
      'Open Unknot to start the session; make a new calendar file when your plan changes.',
      DISCLAIMER,
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${options.uid(i++)}`,
      `DTSTAMP:${stamp}`,
      start(firstDate, session.time),
      `DURATION:PT${Math.max(1, session.minutes)}M`,
      rruleFor(dates),
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'CATEGORIES:Health',
      'TRANSP:TRANSPARENT',
      ...alarm(`Time for your ${session.minutes}-minute back exercises (${session.id}).`),
      'END:VEVENT',
    );
  }

  if (profile.deskBreaks === true && (profile.work === 'desk' || profile.work === 'mixed')) {
    // The first weekday of the plan's week, so each break's DTSTART is its first occurrence.
    let first = plan.weekStart;
    while (weekday(first) === 0 || weekday(first) === 6) first = addDays(first, 1);
    for (const hour of DESK_BREAK_HOURS) {
      lines.push(
        'BEGIN:VEVENT',
        `UID:${options.uid(i++)}`,
        `DTSTAMP:${stamp}`,
        start(first, `${pad(hour)}:00`),
        'DURATION:PT5M',
        'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
        'SUMMARY:Move break',
        `DESCRIPTION:${escapeText(`Stand up, walk a few steps and stretch: a break every 30–60 minutes keeps your back from stiffening. ${DISCLAIMER}`)}`,
        'CATEGORIES:Health',
        'TRANSP:TRANSPARENT',
        ...alarm('Move break: stand up and stretch.'),
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
