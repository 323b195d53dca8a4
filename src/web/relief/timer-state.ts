/**
 * The state of one relief timer (massage, cold pack, warmth) as plain data, and the moves a person
 * makes on it. A running timer keeps only its end time on the wall clock, so what is left is always
 * worked out from the clock: a hidden tab, a page left and opened again, or a reload stay correct.
 * Pure: `now` is passed in.
 */

import type { TimerLimits } from '../../core/relief/schema.js';
import { canLengthen, lengthenTimer } from '../../core/relief/timer.js';

export type TimerPhase = 'idle' | 'running' | 'paused';

export interface TimerState {
  phase: TimerPhase;
  /** The length the person has set, in seconds (the step's default, lengthened by "+"). */
  lengthSeconds: number;
  /** While running: when it ends, in ms since the epoch (Date.now()'s clock). */
  endsAt?: number;
  /** While idle or paused: what is left, in ms. */
  leftMs: number;
}

export function newTimer(lengthSeconds: number): TimerState {
  return { phase: 'idle', lengthSeconds, leftMs: lengthSeconds * 1000 };
}

/** What is left at `now`, never below zero. */
export function remainingMs(state: TimerState, now: number): number {
  if (state.phase === 'running' && state.endsAt !== undefined)
    return Math.max(0, state.endsAt - now);
  return Math.max(0, state.leftMs);
}

export function isDone(state: TimerState, now: number): boolean {
  return state.phase === 'running' && remainingMs(state, now) === 0;
}

/** Starts or resumes; a finished timer starts over at its set length. */
export function start(state: TimerState, now: number): TimerState {
  if (state.phase === 'running' && !isDone(state, now)) return state;
  const left = isDone(state, now) || state.leftMs <= 0 ? state.lengthSeconds * 1000 : state.leftMs;
  return { phase: 'running', lengthSeconds: state.lengthSeconds, endsAt: now + left, leftMs: left };
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.phase !== 'running' || isDone(state, now)) return state;
  return { phase: 'paused', lengthSeconds: state.lengthSeconds, leftMs: remainingMs(state, now) };
}

/**
 * One "+" tap: the set length grows by the step's amount, never past its maximum, and what is left
 * grows by as much as was added. On a finished timer it runs again for the added time.
 */
export function lengthen(state: TimerState, limits: TimerLimits, now: number): TimerState {
  if (!canLengthen(limits, state.lengthSeconds)) return state;
  const lengthSeconds = lengthenTimer(limits, state.lengthSeconds);
  const addedMs = (lengthSeconds - state.lengthSeconds) * 1000;
  if (state.phase === 'running') {
    const endsAt = Math.max(state.endsAt ?? now, now) + addedMs;
    return { phase: 'running', lengthSeconds, endsAt, leftMs: endsAt - now };
  }
  return { phase: state.phase, lengthSeconds, leftMs: state.leftMs + addedMs };
}

export function reset(lengthSeconds: number): TimerState {
  return newTimer(lengthSeconds);
}

/** "9:05" for a countdown; rounds up so the last second shows 0:01, never 0:00 while running. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** "10 minutes", "1 minute 30 seconds", "45 seconds": for screen readers and labels. */
export function spokenDuration(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** The "+" button's words: "+1 min", "+30 s". */
export function lengthenLabel(limits: TimerLimits): string {
  const s = limits.extendBySeconds;
  return s % 60 === 0 ? `+${s / 60} min` : `+${s} s`;
}

/** Whether a stored value is a timer state (storage can hold anything an older version wrote). */
export function isTimerState(value: unknown): value is TimerState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.phase === 'idle' || v.phase === 'running' || v.phase === 'paused') &&
    typeof v.lengthSeconds === 'number' &&
    typeof v.leftMs === 'number' &&
    (v.phase !== 'running' || typeof v.endsAt === 'number')
  );
}
