/**
 * Escalations the person has put aside for today. Kept for the day only (day-storage), never for
 * good: tomorrow the same rule shows again while it still holds.
 */
import { forgetKept, keepToday, readToday } from '../store/day-storage.js';

const KEY = 'unknot.escalations-dismissed';

export function dismissedToday(now = Date.now()): Set<string> {
  const rules = readToday(KEY, now)?.rules;
  return new Set(Array.isArray(rules) ? rules.filter((r) => typeof r === 'string') : []);
}

export function dismissForToday(rules: readonly string[], now = Date.now()): void {
  keepToday(KEY, { rules: [...dismissedToday(now), ...rules] }, now);
}

/** For tests and for a person who wants it back now. */
export function undismiss(): void {
  forgetKept(KEY);
}
