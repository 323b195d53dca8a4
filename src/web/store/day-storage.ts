/**
 * Small things kept on this device for the rest of the person's day: where they are in the spasm
 * steps, the check in progress. Each is stamped with the local date it was kept on and read back
 * only on that date, since a new day can bring new signs. Storage that is switched off or full is
 * no error: the thing then lasts as long as the page.
 */
import { localDate } from '../../core/time/index.js';
import { browserTimeZone } from '../dates.js';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function today(now: number): string {
  return localDate(now, browserTimeZone());
}

/** What was kept under `key` today, as an object still to be checked field by field. */
export function readToday(key: string, now = Date.now()): Record<string, unknown> | undefined {
  try {
    const raw = storage()?.getItem(key);
    if (raw === null || raw === undefined) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const kept = parsed as Record<string, unknown>;
    return kept.day === today(now) ? kept : undefined;
  } catch {
    return undefined;
  }
}

export function keepToday(key: string, value: object, now = Date.now()): void {
  try {
    storage()?.setItem(key, JSON.stringify({ ...value, day: today(now) }));
  } catch {
    // Storage refused: it lasts as long as the page.
  }
}

export function forgetKept(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing kept.
  }
}
