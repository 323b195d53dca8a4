/**
 * Numbers in words, as every page writes them: a length of time ("1 min 30 s") and an exercise's
 * dose ("Hold 20 s · 2 times each side · 1 set"), so the library, the plan and the player say a
 * dose the same way.
 */
import type { Dose } from '../core/exercises/dose.js';

/** "20 s", "5 min", "1 min 30 s". */
export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const min = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? `${min} min` : `${min} min ${s} s`;
}

/** A dose in a few words; a continuous exercise (walking) is one stretch of time. */
export function doseWords(dose: Dose, continuous: boolean): string {
  if (continuous) return `${duration(dose.holdSeconds)} at an easy pace`;
  return [
    `Hold ${duration(dose.holdSeconds)}`,
    `${dose.reps} ${dose.reps === 1 ? 'time' : 'times'}${dose.perSide ? ' each side' : ''}`,
    `${dose.sets} ${dose.sets === 1 ? 'set' : 'sets'}`,
  ].join(' · ');
}
