import { describe, expect, it } from 'vitest';
import { type Cue, cues } from './cues.js';
import { exerciseInput, makeSession, twoExerciseSession } from './fixtures.js';
import {
  ADD_TIME_MS,
  createPlayer,
  MAX_ADDED_MS,
  type PlayerEvent,
  type PlayerState,
  reduce,
  view,
} from './machine.js';
import { summary } from './summary.js';
import { PAIN_STOP_WORDS } from './words.js';

/** An arbitrary clock origin: the player only ever reads differences from it. */
const T0 = 1_700_000_000_000;
const at = (seconds: number) => T0 + seconds * 1000;

function started(session = twoExerciseSession()): PlayerState {
  return reduce(createPlayer(session), { type: 'start', now: T0 });
}

function apply(state: PlayerState, ...events: PlayerEvent[]): PlayerState {
  return events.reduce(reduce, state);
}

function show(cue: Cue): string {
  return cue.kind === 'chime' ? 'chime' : `${cue.kind} ${cue.text}`;
}

describe('a full two-exercise session', () => {
  it('walks through every phase to done, with the cues for each', () => {
    let state = createPlayer(twoExerciseSession());
    const heard: string[] = [];
    const phases: string[] = [];
    const step = (event: PlayerEvent) => {
      const next = reduce(state, event);
      const seconds = (event.now - T0) / 1000;
      for (const cue of cues(state, next)) heard.push(`${seconds} ${show(cue)}`);
      state = next;
      const v = view(state, event.now);
      const label = v.phase ?? v.status;
      if (phases.at(-1) !== label) phases.push(label);
    };
    step({ type: 'start', now: T0 });
    // A tick every quarter second, as an animation frame would, well past the planned 48 s.
    for (let ms = 250; ms <= 50_000; ms += 250) step({ type: 'tick', now: T0 + ms });

    expect(phases).toEqual([
      'get-ready',
      'hold',
      'rest',
      'hold',
      'rest',
      'hold',
      'rest',
      'hold',
      'next-exercise',
      'get-ready',
      'hold',
      'set-rest',
      'hold',
      'done',
    ]);
    const release = ['chime', 'speak Release. Lower your foot.'];
    const countdown = (from: number) => [from + 2, from + 3, from + 4].map((s, i) => [s, 3 - i]);
    const expected = [
      '0 speak Get ready: Knee to chest. Lie on your back with your knees bent.',
      '1 tick 2',
      '2 tick 1',
      '3 chime',
      '3 speak Rep 1 of 2. First side. Hold for 5 seconds. Breathe slowly.',
      ...countdown(3).map(([s, n]) => `${s} tick ${n}`),
      ...release.map((c) => `8 ${c}`),
      '8 speak Rest for 2 seconds.',
      '9 tick 1',
      '10 chime',
      '10 speak Rep 1 of 2. Other side. Hold for 5 seconds. Breathe slowly.',
      ...countdown(10).map(([s, n]) => `${s} tick ${n}`),
      ...release.map((c) => `15 ${c}`),
      '15 speak Rest for 2 seconds.',
      '16 tick 1',
      '17 chime',
      '17 speak Rep 2 of 2. First side. Hold for 5 seconds. Breathe slowly.',
      ...countdown(17).map(([s, n]) => `${s} tick ${n}`),
      ...release.map((c) => `22 ${c}`),
      '22 speak Rest for 2 seconds.',
      '23 tick 1',
      '24 chime',
      '24 speak Rep 2 of 2. Other side. Hold for 5 seconds. Breathe slowly.',
      ...countdown(24).map(([s, n]) => `${s} tick ${n}`),
      ...release.map((c) => `29 ${c}`),
      '29 speak Next: Cat-cow. Get into position.',
      '34 speak Get ready: Cat-cow.',
      '35 tick 2',
      '36 tick 1',
      '37 chime',
      '37 speak Hold for 4 seconds.',
      '38 tick 3',
      '39 tick 2',
      '40 tick 1',
      '41 chime',
      '41 speak Release.',
      '41 speak Set 1 of 2 done. Rest for 3 seconds.',
      '42 tick 2',
      '43 tick 1',
      '44 chime',
      '44 speak Hold for 4 seconds.',
      '45 tick 3',
      '46 tick 2',
      '47 tick 1',
      '48 chime',
      '48 speak Release.',
      '48 speak Well done. That is the end of the session.',
    ];
    expect(heard).toEqual(expected);

    expect(state.status).toBe('done');
    expect(summary(state)).toEqual({
      exercisesDone: [
        { exerciseId: 'knee-to-chest', repsDone: 2, setsDone: 1, completed: true },
        { exerciseId: 'cat-cow', repsDone: 2, setsDone: 2, completed: true },
      ],
      totalSeconds: 48,
      stoppedForPain: false,
      startedAt: T0,
      // The end is when the last hold ran out, not when the late tick noticed it.
      endedAt: at(48),
    });
  });

  it('shows counters, the time left and what comes next', () => {
    const v = view(started(), at(18.2));
    expect(v).toMatchObject({
      status: 'running',
      phase: 'hold',
      exerciseIndex: 0,
      exerciseCount: 2,
      exerciseId: 'knee-to-chest',
      set: 1,
      sets: 1,
      rep: 2,
      reps: 2,
      side: 1,
      phaseMs: 5000,
      remainingMs: 3800,
      remainingSeconds: 4,
      sessionRemainingSeconds: 30,
      canAddTime: true,
      next: { phase: 'rest', rep: 2, side: 2, seconds: 2, exerciseName: 'Knee to chest' },
    });
    expect(v.phaseProgress).toBeCloseTo(0.24);
    expect(v.sessionProgress).toBeCloseTo(18.2 / 48);
    expect(v.say).toBe('Rep 2 of 2. First side. Hold for 5 seconds. Breathe slowly.');
  });

  it('before start, shows the first exercise and the planned length', () => {
    const v = view(createPlayer(twoExerciseSession()), T0);
    expect(v).toMatchObject({
      status: 'idle',
      phase: null,
      exerciseName: 'Knee to chest',
      sessionProgress: 0,
      sessionRemainingSeconds: 48,
      remainingMs: 0,
    });
  });
});

describe('pause and resume', () => {
  it('freezes the time left across a long gap, and resume carries on from there', () => {
    const paused = apply(started(), { type: 'pause', now: at(4) });
    expect(paused.status).toBe('paused');
    const before = view(paused, at(4));
    // An hour later the phase and the time left have not moved.
    const later = view(paused, at(3604));
    expect(later).toEqual(before);
    expect(later).toMatchObject({ phase: 'hold', remainingMs: 4000, rep: 1, side: 1 });

    const resumed = apply(paused, { type: 'resume', now: at(3604) });
    expect(view(resumed, at(3606))).toMatchObject({ phase: 'hold', remainingMs: 2000 });
    // The rest starts 4 s after the resume, as it would have 4 s after the pause.
    expect(view(resumed, at(3608))).toMatchObject({ phase: 'rest', remainingMs: 2000 });
  });

  it('leaves pauses out of the active time', () => {
    const state = apply(
      started(),
      { type: 'pause', now: at(10) },
      { type: 'resume', now: at(70) },
      { type: 'pause', now: at(80) },
      { type: 'end', now: at(200) },
    );
    expect(summary(state).totalSeconds).toBe(20);
  });

  it('pause and resume say nothing and count nothing down', () => {
    const running = apply(started(), { type: 'tick', now: at(4) });
    const paused = reduce(running, { type: 'pause', now: at(4.5) });
    const resumed = reduce(paused, { type: 'resume', now: at(100) });
    expect(cues(running, paused)).toEqual([]);
    expect(cues(paused, resumed)).toEqual([]);
  });
});

describe('+10 s', () => {
  it('lengthens only the current hold', () => {
    const state = apply(started(), { type: 'addTime', now: at(4) });
    expect(view(state, at(4))).toMatchObject({
      phase: 'hold',
      phaseMs: 15_000,
      remainingMs: 14_000,
    });
    // The hold now ends at 18 s; the rest after it keeps its own 2 s.
    expect(view(state, at(17.9))).toMatchObject({ phase: 'hold' });
    expect(view(state, at(18))).toMatchObject({ phase: 'rest', phaseMs: 2000, remainingMs: 2000 });
    expect(view(state, at(20))).toMatchObject({ phase: 'hold', phaseMs: 5000 });
  });

  it('lengthens a rest the same way, and can be pressed while paused', () => {
    const state = apply(
      started(),
      { type: 'tick', now: at(8.5) },
      { type: 'pause', now: at(9) },
      { type: 'addTime', now: at(9) },
      { type: 'resume', now: at(9) },
    );
    expect(view(state, at(9))).toMatchObject({ phase: 'rest', remainingMs: 11_000 });
  });

  it('does not stretch the 3-second get-ready, and stops at the cap', () => {
    const ready = started();
    expect(reduce(ready, { type: 'addTime', now: T0 + 500 }).phaseAddedMs).toBe(0);
    expect(view(ready, T0).canAddTime).toBe(false);

    let hold = apply(ready, { type: 'tick', now: at(3) });
    for (let i = 0; i < MAX_ADDED_MS / ADD_TIME_MS + 5; i++) {
      hold = reduce(hold, { type: 'addTime', now: at(3) });
    }
    expect(view(hold, at(3))).toMatchObject({ phaseMs: 5000 + MAX_ADDED_MS, canAddTime: false });
  });
});

describe('skip', () => {
  it('moves to the next phase at once, which then runs its full length', () => {
    const state = apply(started(), { type: 'skip', now: at(4) });
    expect(view(state, at(4))).toMatchObject({ phase: 'rest', remainingMs: 2000 });
    // A skipped hold is not a done one.
    expect(summary(state).exercisesDone[0]).toMatchObject({ repsDone: 0 });
  });

  it('skips to the next exercise, and from the last one to done', () => {
    const second = apply(started(), { type: 'skip', now: at(4), to: 'exercise' });
    expect(view(second, at(4))).toMatchObject({ phase: 'next-exercise', exerciseIndex: 1 });

    const last = apply(second, { type: 'skip', now: at(5), to: 'exercise' });
    expect(last.status).toBe('done');
    expect(last.endedAt).toBe(at(5));
    expect(summary(last).exercisesDone.map((e) => e.completed)).toEqual([false, false]);
  });

  it('from the last phase ends the session', () => {
    const state = apply(started(), { type: 'tick', now: at(45) }, { type: 'skip', now: at(45) });
    expect(state.status).toBe('done');
    expect(cues(apply(started(), { type: 'tick', now: at(45) }), state).map(show)).toEqual([
      'chime',
      'speak Well done. That is the end of the session.',
    ]);
  });

  it('while paused moves on and stays paused', () => {
    const state = apply(started(), { type: 'pause', now: at(4) }, { type: 'skip', now: at(50) });
    expect(state.status).toBe('paused');
    expect(view(state, at(500))).toMatchObject({ phase: 'rest', remainingMs: 2000 });
    const resumed = reduce(state, { type: 'resume', now: at(500) });
    expect(view(resumed, at(501))).toMatchObject({ phase: 'rest', remainingMs: 1000 });
    expect(summary(resumed).totalSeconds).toBe(4);
  });
});

describe('back', () => {
  it('goes to the start of the current exercise, then to the previous one', () => {
    const inSecond = apply(started(), { type: 'tick', now: at(39) });
    expect(view(inSecond, at(39))).toMatchObject({ exerciseIndex: 1, phase: 'hold' });

    const restart = reduce(inSecond, { type: 'back', now: at(39) });
    expect(view(restart, at(39))).toMatchObject({
      exerciseIndex: 1,
      phase: 'get-ready',
      remainingMs: 3000,
    });
    const previous = reduce(restart, { type: 'back', now: at(40) });
    expect(view(previous, at(40))).toMatchObject({
      exerciseIndex: 0,
      phase: 'get-ready',
      rep: 1,
      remainingMs: 3000,
    });
    // Holds already done stay done.
    expect(summary(previous).exercisesDone[0]).toMatchObject({ completed: true });
  });

  it('from the pause before an exercise goes to the previous one', () => {
    const state = apply(started(), { type: 'tick', now: at(30) }, { type: 'back', now: at(30) });
    expect(view(state, at(30))).toMatchObject({ exerciseIndex: 0, phase: 'get-ready' });
  });

  it('at the start of the first exercise restarts its get-ready', () => {
    const state = apply(started(), { type: 'back', now: at(2) });
    expect(view(state, at(2))).toMatchObject({
      exerciseIndex: 0,
      phase: 'get-ready',
      remainingMs: 3000,
    });
    expect(state.entry).toBeGreaterThan(started().entry);
  });

  it('lowers the progress, the only move besides +10 s that may', () => {
    const before = apply(started(), { type: 'tick', now: at(20) });
    const after = reduce(before, { type: 'back', now: at(20) });
    expect(view(after, at(20)).sessionProgress).toBeLessThan(view(before, at(20)).sessionProgress);
  });
});

describe('stop for pain', () => {
  it('ends at once, wherever the session is, and the summary says so', () => {
    const running = apply(started(), { type: 'tick', now: at(12) });
    const stopped = reduce(running, { type: 'stopForPain', now: at(12) });
    expect(stopped).toMatchObject({ status: 'stopped', stoppedForPain: true, endedAt: at(12) });
    expect(cues(running, stopped)).toEqual([{ kind: 'speak', text: PAIN_STOP_WORDS }]);
    expect(view(stopped, at(12))).toMatchObject({ phase: null, remainingMs: 0 });

    // Nothing moves it afterwards, however much time passes.
    const later = apply(
      stopped,
      { type: 'tick', now: at(500) },
      { type: 'resume', now: at(500) },
      { type: 'skip', now: at(500) },
    );
    expect(later).toBe(stopped);
    expect(cues(stopped, later)).toEqual([]);

    expect(summary(stopped)).toMatchObject({
      stoppedForPain: true,
      totalSeconds: 12,
      startedAt: T0,
      endedAt: at(12),
      exercisesDone: [
        // The first side of rep 1 was held; the rep is not done until both sides are.
        { exerciseId: 'knee-to-chest', repsDone: 0, setsDone: 0, completed: false },
        { exerciseId: 'cat-cow', repsDone: 0, setsDone: 0, completed: false },
      ],
    });
  });

  it('works while paused, leaving the pause out of the active time', () => {
    const state = apply(
      started(),
      { type: 'pause', now: at(5) },
      { type: 'stopForPain', now: at(65) },
    );
    expect(state).toMatchObject({ status: 'stopped', stoppedForPain: true, endedAt: at(65) });
    expect(summary(state).totalSeconds).toBe(5);
  });

  it('works before start', () => {
    const state = reduce(createPlayer(twoExerciseSession()), { type: 'stopForPain', now: T0 });
    expect(state).toMatchObject({ status: 'stopped', stoppedForPain: true, startedAt: T0 });
  });

  it('is told apart from ending early', () => {
    const state = apply(started(), { type: 'end', now: at(6) });
    expect(state).toMatchObject({ status: 'stopped', stoppedForPain: false });
    expect(summary(state).stoppedForPain).toBe(false);
  });
});

describe('the clock jumping forward', () => {
  it('lands in the right phase several phases later', () => {
    const state = apply(started(), { type: 'tick', now: at(20.5) });
    expect(view(state, at(20.5))).toMatchObject({
      phase: 'hold',
      rep: 2,
      side: 1,
      remainingMs: 1500,
    });
    // The holds it passed ran out on the clock, so they count.
    expect(summary(state).exercisesDone[0]).toMatchObject({ repsDone: 1 });
  });

  it('lands at done, at the planned end, when past the end', () => {
    const state = apply(started(), { type: 'tick', now: at(4) }, { type: 'tick', now: at(600) });
    expect(state.status).toBe('done');
    expect(state.endedAt).toBe(at(48));
    expect(summary(state).exercisesDone.every((e) => e.completed)).toBe(true);
  });

  it('counts the time added and paused in the phases it passes', () => {
    const state = apply(
      started(),
      { type: 'tick', now: at(4) },
      { type: 'addTime', now: at(4) },
      { type: 'pause', now: at(5) },
      { type: 'resume', now: at(65) },
      { type: 'tick', now: at(65 + 15) },
    );
    // 80 s on the clock, less the 60 s pause and the 10 s added: the plan's 10-second mark.
    expect(view(state, at(80))).toEqual(
      view(apply(started(), { type: 'tick', now: at(10) }), at(10)),
    );
    expect(view(state, at(80))).toMatchObject({
      phase: 'hold',
      rep: 1,
      side: 2,
      remainingMs: 5000,
    });
  });

  it('reads a clock that steps back as standing still', () => {
    const state = apply(started(), { type: 'tick', now: at(10) });
    const back = reduce(state, { type: 'tick', now: at(2) });
    expect(view(back, at(2))).toEqual(view(state, at(10)));
  });
});

describe('sessions without rests', () => {
  it('goes straight from one hold to the next and gives no change-over pause', () => {
    const session = makeSession({
      transitionSeconds: 0,
      exercises: [
        exerciseInput({ restSeconds: 0, reps: 2 }),
        exerciseInput({ exerciseId: 'bird-dog', name: 'Bird-dog', restSeconds: 0, reps: 1 }),
      ],
    });
    const kinds = createPlayer(session).timeline.steps.map((s) => s.kind);
    expect(kinds).toEqual(['get-ready', 'hold', 'hold', 'get-ready', 'hold']);
    const state = reduce(createPlayer(session), { type: 'start', now: T0 });
    const ended = reduce(state, { type: 'tick', now: at(8) });
    const next = reduce(ended, { type: 'tick', now: at(8.1) });
    // One chime where one hold ends and the next begins.
    expect(cues(ended, next)).toEqual([]);
    const before = reduce(state, { type: 'tick', now: at(7.9) });
    expect(cues(before, ended).map(show)).toEqual([
      'chime',
      'speak Release.',
      'speak Rep 2 of 2. Hold for 5 seconds.',
    ]);
    // With no change-over pause, the get-ready gives the position cue itself.
    expect(view(apply(state, { type: 'tick', now: at(13) }), at(13)).say).toBe(
      'Get ready: Bird-dog.',
    );
  });
});
