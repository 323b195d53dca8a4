/**
 * The browser's side of time: its own time zone, and days written for a person to read. The
 * arithmetic itself is core/time's, shared with the server and the CLI.
 */

/** The browser's time zone, or UTC where the browser cannot say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function noonUtc(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** "Monday 3 March" for a heading. */
export function dayLabel(date: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(noonUtc(date));
}

/** "Mon" for a compact row. */
export function shortDay(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }).format(
    noonUtc(date),
  );
}

/** "3 Mar" for a chart's axis or a table. */
export function shortDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(noonUtc(date));
}

/** "08:15", the time of an instant on the person's clock. */
export function clockTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(instant));
}
