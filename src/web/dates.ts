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
