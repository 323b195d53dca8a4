import { describe, expect, it } from 'vitest';
import { twoExerciseSession } from './fixtures.js';
import { createPlayer, placeOf, reduce, resumeAt, view } from './machine.js';
import { summary } from './summary.js';

const T0 = 1_000_000;

/** A session run by the clock for `ms`, ticking every 250 ms as the page does. */
function runFor(ms: number) {
  let state = reduce(createPlayer(twoExerciseSession()), { type: 'start', now: T0 });
  for (let t = T0; t <= T0 + ms; t += 250) state = reduce(state, { type: 'tick', now: t });
  return state;
}

describe('resuming a guided session after a reload', () => {
  it('comes back paused at the start of the step it had reached, with the holds done kept', () => {
    const before = runFor(40_000);
    const place = placeOf(before, T0 + 40_000);
    if (place === undefined) throw new Error('no place for a running session');
    const back = resumeAt(twoExerciseSession(), place, T0 + 100_000);
    expect(back?.status).toBe('paused');
    expect(back?.stepIndex).toBe(before.stepIndex);
    expect(back?.holdsDone).toEqual(before.holdsDone);
    if (back === undefined) throw new Error('not resumed');
    // The 60 s the page was away count as paused, not as exercise.
    expect(back.pausedTotalMs).toBe(before.pausedTotalMs + 60_000);
    // One tap on Resume and the step runs from its start.
    const running = reduce(back, { type: 'resume', now: T0 + 101_000 });
    expect(running.status).toBe('running');
    expect(view(running, T0 + 101_000).exerciseIndex).toBe(view(before, T0 + 40_000).exerciseIndex);
    const ended = reduce(running, { type: 'end', now: T0 + 102_000 });
    // Exercise time leaves out the minute away: 40 s before, 1 s after.
    expect(summary(ended).totalSeconds).toBeLessThanOrEqual(42);
  });

  it('keeps no place for a session not yet started or already over', () => {
    expect(placeOf(createPlayer(twoExerciseSession()), T0)).toBeUndefined();
    const ended = reduce(runFor(5_000), { type: 'end', now: T0 + 6_000 });
    expect(placeOf(ended, T0 + 6_000)).toBeUndefined();
  });

  it('refuses a place this session could not have reached', () => {
    const place = placeOf(runFor(10_000), T0 + 10_000);
    if (place === undefined) throw new Error('no place');
    const session = twoExerciseSession();
    const steps = createPlayer(session).timeline.steps.length;
    expect(resumeAt(session, { ...place, stepIndex: steps }, T0 + 20_000)).toBeUndefined();
    expect(resumeAt(session, { ...place, stepIndex: 1.5 }, T0 + 20_000)).toBeUndefined();
    expect(resumeAt(session, { ...place, keptAt: T0 + 30_000 }, T0 + 20_000)).toBeUndefined();
    expect(resumeAt(session, { ...place, pausedTotalMs: -1 }, T0 + 20_000)).toBeUndefined();
    // Holds that were not before the step are not counted as done.
    const back = resumeAt(session, { ...place, stepIndex: 0, holdsDone: [3, 5] }, T0 + 20_000);
    expect(back?.holdsDone).toEqual([]);
  });
});
