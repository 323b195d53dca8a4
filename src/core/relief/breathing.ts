/**
 * Where a paced breath is at a moment: which part of the breath, and how far through it. The UI
 * passes the time since the exercise began, read from the clock, so a throttled tab or a dropped
 * frame never puts the animation out of step.
 */
import type { BreathingPace } from './schema.js';

export type BreathPart = 'in' | 'hold-in' | 'out' | 'hold-out';

export interface BreathMoment {
  part: BreathPart;
  /** How far through this part, from 0 to just under 1. */
  progress: number;
  /** Which breath this is, counting from 0. */
  breath: number;
}

/** Seconds one whole breath takes at this pace. */
export function breathSeconds(pace: BreathingPace): number {
  return pace.inSeconds + pace.holdInSeconds + pace.outSeconds + pace.holdOutSeconds;
}

export function breathAt(pace: BreathingPace, elapsedMs: number): BreathMoment {
  const cycleMs = breathSeconds(pace) * 1000;
  const elapsed = Math.max(0, elapsedMs);
  const breath = Math.floor(elapsed / cycleMs);
  let t = elapsed - breath * cycleMs;
  const parts: [BreathPart, number][] = [
    ['in', pace.inSeconds],
    ['hold-in', pace.holdInSeconds],
    ['out', pace.outSeconds],
    ['hold-out', pace.holdOutSeconds],
  ];
  for (const [part, seconds] of parts) {
    const ms = seconds * 1000;
    if (t < ms) return { part, progress: t / ms, breath };
    t -= ms;
  }
  // Unreachable while t < cycleMs; kept so the function is total.
  return { part: 'in', progress: 0, breath: breath + 1 };
}
