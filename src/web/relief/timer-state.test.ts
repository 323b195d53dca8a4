import { describe, expect, it } from 'vitest';
import { reliefStep } from '../../core/relief/protocol.js';
import {
  formatClock,
  isDone,
  isTimerState,
  lengthen,
  lengthenLabel,
  newTimer,
  pause,
  remainingMs,
  spokenDuration,
  start,
} from './timer-state.js';

const T0 = 1_700_000_000_000;
const cold = reliefStep('cold');
if (cold?.kind !== 'timer') throw new Error('the protocol has no cold timer');
const limits = cold.timer;

describe('a relief timer', () => {
  it('works out what is left from its end time, whatever happened in between', () => {
    const running = start(newTimer(600), T0);
    expect(remainingMs(running, T0 + 1)).toBe(599_999);
    // A throttled tab or a page left for minutes: one read of the clock says where it is.
    expect(remainingMs(running, T0 + 420_000)).toBe(180_000);
    expect(isDone(running, T0 + 599_999)).toBe(false);
    expect(isDone(running, T0 + 600_000)).toBe(true);
    expect(remainingMs(running, T0 + 3_600_000)).toBe(0);
  });

  it('pauses with what was left and resumes from there', () => {
    const paused = pause(start(newTimer(600), T0), T0 + 100_000);
    expect(paused.phase).toBe('paused');
    expect(remainingMs(paused, T0 + 900_000)).toBe(500_000);
    const resumed = start(paused, T0 + 900_000);
    expect(remainingMs(resumed, T0 + 900_000)).toBe(500_000);
    expect(isDone(resumed, T0 + 1_400_000)).toBe(true);
  });

  it('adds the step’s amount per "+" tap, and never past its maximum', () => {
    let state = start(newTimer(cold.durationSeconds), T0);
    state = lengthen(state, limits, T0 + 10_000);
    expect(state.lengthSeconds).toBe(cold.durationSeconds + limits.extendBySeconds);
    expect(remainingMs(state, T0 + 10_000)).toBe(
      (cold.durationSeconds + limits.extendBySeconds) * 1000 - 10_000,
    );
    for (let i = 0; i < 50; i++) state = lengthen(state, limits, T0 + 10_000);
    expect(state.lengthSeconds).toBe(limits.maxSeconds);
    expect(remainingMs(state, T0 + 10_000)).toBe(limits.maxSeconds * 1000 - 10_000);
  });

  it('lengthens a paused timer without starting it', () => {
    const paused = pause(start(newTimer(600), T0), T0 + 60_000);
    const longer = lengthen(paused, limits, T0 + 500_000);
    expect(longer.phase).toBe('paused');
    expect(remainingMs(longer, T0 + 900_000)).toBe(600_000);
  });

  it('starts over at its set length once done', () => {
    const done = start(newTimer(600), T0);
    const again = start(done, T0 + 700_000);
    expect(remainingMs(again, T0 + 700_000)).toBe(600_000);
  });

  it('shows the last second as 0:01 and says durations in words', () => {
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(spokenDuration(90_000)).toBe('1 minute 30 seconds');
    expect(spokenDuration(600_000)).toBe('10 minutes');
    expect(spokenDuration(45_000)).toBe('45 seconds');
    expect(lengthenLabel(limits)).toBe('+1 min');
    expect(lengthenLabel({ minSeconds: 60, maxSeconds: 300, extendBySeconds: 30 })).toBe('+30 s');
  });

  it('accepts only well-formed stored states', () => {
    expect(isTimerState(start(newTimer(600), T0))).toBe(true);
    expect(isTimerState({ phase: 'running', lengthSeconds: 600, leftMs: 1 })).toBe(false);
    expect(isTimerState({ phase: 'gone', lengthSeconds: 600, leftMs: 1 })).toBe(false);
    expect(isTimerState(null)).toBe(false);
  });
});
