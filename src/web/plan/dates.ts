/**
 * Calendar days as the person lives them: 'YYYY-MM-DD' in their own time zone, the Monday that
 * starts their week, and the minutes past midnight of a planned 'HH:MM'. Check-ins, habit ticks
 * and the plan's week are all keyed by these local dates, never by UTC days.
 */

const DAY_MS = 86_400_000;

/** The browser's time zone, or UTC where the browser cannot say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The local date of an instant in a time zone (an unknown zone falls back to UTC). */
export function localDate(now: number, timeZone: string): string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  } catch {
    return new Date(now).toISOString().slice(0, 10);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Minutes past local midnight of an instant in a time zone. */
export function localMinutes(now: number, timeZone: string): number {
  try {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(now)
        .map((p) => [p.type, p.value]),
    );
    return Number(parts.hour) * 60 + Number(parts.minute);
  } catch {
    const d = new Date(now);
    return d.getUTCHours() * 60 + d.getUTCMinutes();
  }
}

function toUtcMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** The Monday on or before a date: the first day of the plan's week. */
export function weekStartOf(date: string): string {
  const weekday = new Date(toUtcMs(date)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** '08:30' -> 510; undefined for anything that is not a time of day. */
export function minutesOf(time: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (match === null) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** "Monday 3 March" for a heading. */
export function dayLabel(date: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(toUtcMs(date));
}

/** "Mon" for a compact row. */
export function shortDay(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }).format(
    toUtcMs(date),
  );
}
