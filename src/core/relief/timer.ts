/**
 * The arithmetic of a relief timer that a person can shorten or lengthen: one rule, so the page,
 * a notification and the API agree on where the limits are.
 */
import type { TimerLimits } from './schema.js';

/** `seconds`, kept within the timer's limits. */
export function clampTimerSeconds(limits: TimerLimits, seconds: number): number {
  return Math.min(limits.maxSeconds, Math.max(limits.minSeconds, Math.round(seconds)));
}

/** The new length after one "+" tap; never past the timer's maximum. */
export function lengthenTimer(limits: TimerLimits, seconds: number): number {
  return clampTimerSeconds(limits, seconds + limits.extendBySeconds);
}

/** Whether a "+" tap would still add time. */
export function canLengthen(limits: TimerLimits, seconds: number): boolean {
  return seconds < limits.maxSeconds;
}
