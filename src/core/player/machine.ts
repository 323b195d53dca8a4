/**
 * The guided session player as a pure, clock-driven state machine. The browser owns the clock and
 * the timers; this module only answers "given this state and this moment, where are we?".
 *
 * Time is read from the clock, never counted: every event carries `now` (milliseconds from the
 * caller's clock, `Date.now()` in the browser, because the summary's start and end become ISO
 * times), and the state keeps when the current phase started, how long it has been paused and how
 * much time was added to it. A tick that arrives late, as in a throttled background tab or after
 * the phone slept, therefore lands exactly where the clock says, even several phases later: the
 * phases it passed are completed as if each had ended on time (their holds count as done), the next
 * phase starts when the previous one ended rather than when the tick came, and `cues` speaks only
 * the phase it lands in (see cues.ts). A clock that steps backwards is read as standing still.
 *
 * Typical use: `state = reduce(state, { type: 'tick', now })` from a timer or an animation frame,
 * `view(state, now)` to draw, and `cues(prev, state)` after every event to speak and chime.
 * States are plain, immutable data, so the UI can also keep one across a page reload.
 */
import type { Session } from './session.js';
import { buildTimeline, type PhaseKind, type Side, type Step, type Timeline } from './timeline.js';
import { DONE_WORDS, ENDED_WORDS, PAIN_STOP_WORDS, phaseWords } from './words.js';

/** "+10 s" adds this much to the current hold or rest. */
export const ADD_TIME_MS = 10_000;
/** A cap on time added to one phase, so a held-down button cannot make a hold endless. */
export const MAX_ADDED_MS = 300_000;

/**
 * `idle` before start; `running` or `paused` during; `done` when the last phase ran out (or was
 * skipped); `stopped` when the person ended early, with `stoppedForPain` saying whether it hurt.
 */
export type PlayerStatus = 'idle' | 'running' | 'paused' | 'done' | 'stopped';

export interface PlayerState {
  readonly session: Session;
  readonly timeline: Timeline;
  readonly status: PlayerStatus;
  readonly stoppedForPain: boolean;
  readonly stepIndex: number;
  /** Counts every phase entered, by the clock or by a button, so a restarted phase is new too. */
  readonly entry: number;
  /** Clock time at which the current phase started. */
  readonly phaseStartedAt: number;
  /** Paused time inside the current phase, for pauses that have ended. */
  readonly phasePausedMs: number;
  /** Time added to the current phase with "+10 s". */
  readonly phaseAddedMs: number;
  /** When the current pause began; null unless paused. */
  readonly pausedAt: number | null;
  readonly startedAt: number | null;
  readonly endedAt: number | null;
  /** All paused time since start, for the summary's active time. */
  readonly pausedTotalMs: number;
  /** The latest `now` seen; earlier times are read as this one. */
  readonly clock: number | null;
  /** Indices of hold steps that ran to their end, in order, each once. */
  readonly holdsDone: readonly number[];
  /** Holds that ran to their end, counting repeats after "back"; cues use it to chime. */
  readonly holdsCompleted: number;
  readonly lastCompletedHold: number | null;
}

export type PlayerEvent =
  | { readonly type: 'start'; readonly now: number }
  | { readonly type: 'tick'; readonly now: number }
  | { readonly type: 'pause'; readonly now: number }
  | { readonly type: 'resume'; readonly now: number }
  /** +10 s to the current hold, rest, set rest or next-exercise pause (not the 3-second get-ready). */
  | { readonly type: 'addTime'; readonly now: number }
  /** To the next phase, or with `to: 'exercise'` to the next exercise; past the last, to done. */
  | { readonly type: 'skip'; readonly now: number; readonly to?: 'phase' | 'exercise' }
  /**
   * To the get-ready of the current exercise; from its get-ready or the pause before it, to the
   * get-ready of the previous one (the first exercise restarts), like a music player's back button.
   */
  | { readonly type: 'back'; readonly now: number }
  | { readonly type: 'stopForPain'; readonly now: number }
  | { readonly type: 'end'; readonly now: number };

/** A player for a checked session (see `parseSession`), waiting for `start`. */
export function createPlayer(session: Session): PlayerState {
  return {
    session,
    timeline: buildTimeline(session),
    status: 'idle',
    stoppedForPain: false,
    stepIndex: 0,
    entry: 0,
    phaseStartedAt: 0,
    phasePausedMs: 0,
    phaseAddedMs: 0,
    pausedAt: null,
    startedAt: null,
    endedAt: null,
    pausedTotalMs: 0,
    clock: null,
    holdsDone: [],
    holdsCompleted: 0,
    lastCompletedHold: null,
  };
}

export function isActive(state: PlayerState): boolean {
  return state.status === 'running' || state.status === 'paused';
}

export function isFinished(state: PlayerState): boolean {
  return state.status === 'done' || state.status === 'stopped';
}

export function currentStep(state: PlayerState): Step {
  const step = state.timeline.steps[state.stepIndex];
  // The timeline always has a get-ready step and the machine never leaves its bounds.
  if (step === undefined) throw new RangeError(`no step ${state.stepIndex} in the timeline`);
  return step;
}

export function reduce(state: PlayerState, event: PlayerEvent): PlayerState {
  if (!Number.isFinite(event.now)) return state;
  const now = state.clock === null ? event.now : Math.max(event.now, state.clock);
  switch (event.type) {
    case 'start':
      return state.status === 'idle' ? begin(state, now) : advance(state, now);
    case 'tick':
      return advance(state, now);
    case 'pause': {
      const s = advance(state, now);
      return s.status === 'running' ? { ...s, status: 'paused', pausedAt: now } : s;
    }
    case 'resume': {
      if (state.status !== 'paused' || state.pausedAt === null) return advance(state, now);
      const gap = now - state.pausedAt;
      return {
        ...state,
        status: 'running',
        pausedAt: null,
        phasePausedMs: state.phasePausedMs + gap,
        pausedTotalMs: state.pausedTotalMs + gap,
        clock: now,
      };
    }
    case 'addTime': {
      const s = advance(state, now);
      if (!isActive(s) || currentStep(s).kind === 'get-ready') return s;
      return { ...s, phaseAddedMs: Math.min(MAX_ADDED_MS, s.phaseAddedMs + ADD_TIME_MS) };
    }
    case 'skip': {
      const s = advance(state, now);
      if (!isActive(s)) return s;
      const target = event.to === 'exercise' ? nextExerciseIndex(s) : s.stepIndex + 1;
      return target < s.timeline.steps.length ? enter(s, target, now) : finish(s, now, 'done');
    }
    case 'back': {
      const s = advance(state, now);
      if (!isActive(s)) return s;
      const { exerciseIndex } = currentStep(s);
      const starts = s.timeline.exerciseStarts;
      const ownStart = starts[exerciseIndex] ?? 0;
      const target =
        s.stepIndex > ownStart ? ownStart : (starts[exerciseIndex - 1] ?? starts[0] ?? 0);
      return enter(s, target, now);
    }
    case 'stopForPain':
    case 'end': {
      const s = state.status === 'idle' ? begin(state, now) : advance(state, now);
      if (!isActive(s)) return s;
      return finish(s, now, event.type === 'stopForPain' ? 'pain' : 'ended');
    }
  }
}

function begin(state: PlayerState, now: number): PlayerState {
  return {
    ...state,
    status: 'running',
    stepIndex: 0,
    entry: state.entry + 1,
    phaseStartedAt: now,
    phasePausedMs: 0,
    phaseAddedMs: 0,
    startedAt: now,
    clock: now,
  };
}

/**
 * Moves the clock to `now`, passing every phase that has run out on the way. Each passed phase ends
 * exactly when its time was up, and a session that runs out is done at its planned end: a finished
 * state's clock is its end, so it reads the same however late the tick that noticed it came.
 */
function advance(state: PlayerState, now: number): PlayerState {
  if (state.status === 'paused') return state.clock === now ? state : { ...state, clock: now };
  if (state.status !== 'running') return state;
  const steps = state.timeline.steps;
  let { stepIndex, entry, phaseStartedAt, phasePausedMs, phaseAddedMs } = state;
  let { holdsCompleted, lastCompletedHold } = state;
  // Copied only when a hold runs out, as a set: a long jump can pass hundreds of holds.
  let done: Set<number> | null = null;
  let endedAt: number | null = null;
  for (;;) {
    const step = steps[stepIndex];
    if (step === undefined) break;
    const end = phaseStartedAt + phasePausedMs + step.durationMs + phaseAddedMs;
    if (now < end) break;
    if (step.kind === 'hold') {
      done ??= new Set(state.holdsDone);
      done.add(stepIndex);
      holdsCompleted++;
      lastCompletedHold = stepIndex;
    }
    if (stepIndex === steps.length - 1) {
      endedAt = end;
      break;
    }
    stepIndex++;
    entry++;
    phaseStartedAt = end;
    phasePausedMs = 0;
    phaseAddedMs = 0;
  }
  const s: PlayerState = {
    ...state,
    stepIndex,
    entry,
    phaseStartedAt,
    phasePausedMs,
    phaseAddedMs,
    holdsCompleted,
    lastCompletedHold,
    holdsDone: done === null ? state.holdsDone : [...done].sort((a, b) => a - b),
    clock: now,
  };
  return endedAt === null ? s : finish(s, endedAt, 'done');
}

/** Starts step `index` at `t`, by a button rather than the clock; a pause carries on. */
function enter(s: PlayerState, index: number, t: number): PlayerState {
  const paused = s.status === 'paused' && s.pausedAt !== null;
  return {
    ...s,
    stepIndex: index,
    entry: s.entry + 1,
    phaseStartedAt: t,
    phasePausedMs: 0,
    phaseAddedMs: 0,
    pausedAt: paused ? t : null,
    pausedTotalMs:
      paused && s.pausedAt !== null ? s.pausedTotalMs + (t - s.pausedAt) : s.pausedTotalMs,
    clock: t,
  };
}

function finish(s: PlayerState, t: number, how: 'done' | 'ended' | 'pain'): PlayerState {
  const gap = s.status === 'paused' && s.pausedAt !== null ? t - s.pausedAt : 0;
  return {
    ...s,
    status: how === 'done' ? 'done' : 'stopped',
    stoppedForPain: how === 'pain',
    pausedAt: null,
    phasePausedMs: s.phasePausedMs + gap,
    pausedTotalMs: s.pausedTotalMs + gap,
    endedAt: t,
    clock: t,
  };
}

function nextExerciseIndex(s: PlayerState): number {
  const { exerciseIndex } = currentStep(s);
  const steps = s.timeline.steps;
  let i = s.stepIndex + 1;
  while (i < steps.length && steps[i]?.exerciseIndex === exerciseIndex) i++;
  return i;
}

/** The moment the state is read at: a pause or an end freezes it. */
function readAt(s: PlayerState, now: number): number {
  if (s.status === 'paused' && s.pausedAt !== null) return s.pausedAt;
  if (isFinished(s) && s.endedAt !== null) return s.endedAt;
  return s.clock === null ? now : Math.max(now, s.clock);
}

function phaseLengthMs(s: PlayerState): number {
  return currentStep(s).durationMs + s.phaseAddedMs;
}

function phaseElapsedMs(s: PlayerState, now: number): number {
  const elapsed = readAt(s, now) - s.phaseStartedAt - s.phasePausedMs;
  return Math.min(phaseLengthMs(s), Math.max(0, elapsed));
}

export interface UpcomingPhase {
  readonly phase: PhaseKind;
  readonly exerciseIndex: number;
  readonly exerciseName: string;
  readonly set: number;
  readonly rep: number;
  readonly side: Side;
  readonly seconds: number;
}

export interface PlayerView {
  readonly status: PlayerStatus;
  readonly stoppedForPain: boolean;
  /** The phase being timed; null before start and after the end. */
  readonly phase: PhaseKind | null;
  readonly exerciseIndex: number;
  readonly exerciseCount: number;
  readonly exerciseId: string;
  readonly exerciseName: string;
  /** Set, rep and side of the hold under way, or of the next one during a rest. From 1. */
  readonly set: number;
  readonly sets: number;
  readonly rep: number;
  readonly reps: number;
  readonly side: Side;
  /** The current phase's length, with added time. */
  readonly phaseMs: number;
  readonly remainingMs: number;
  /** Whole seconds left, rounded up, as a countdown shows them: 3, 2, 1, then the next phase. */
  readonly remainingSeconds: number;
  /** 0 to 1 through the current phase. */
  readonly phaseProgress: number;
  /**
   * 0 to 1 through the session, on the planned timeline: time added to a phase stretches that
   * phase rather than the whole, so progress only moves back on "back" and "+10 s".
   */
  readonly sessionProgress: number;
  readonly sessionRemainingSeconds: number;
  readonly canAddTime: boolean;
  /** The words for the current phase, as spoken when it began; for the screen too. */
  readonly say: string;
  /** The phase after this one; null when this is the last or the session is over. */
  readonly next: UpcomingPhase | null;
}

/** Where the session stands at `now`; the same as reading the state after a tick at `now`. */
export function view(state: PlayerState, now: number): PlayerView {
  const s = reduce(state, { type: 'tick', now });
  const step = currentStep(s);
  const exercise = s.session.exercises[step.exerciseIndex];
  const { steps, totalMs } = s.timeline;
  const active = isActive(s);
  const phaseMs = s.status === 'idle' ? 0 : phaseLengthMs(s);
  const elapsedMs = s.status === 'idle' ? 0 : phaseElapsedMs(s, now);
  const remainingMs = active ? phaseMs - elapsedMs : 0;
  const fraction = phaseMs > 0 ? elapsedMs / phaseMs : 0;
  const sessionProgress =
    s.status === 'idle'
      ? 0
      : s.status === 'done'
        ? 1
        : Math.min(1, (step.offsetMs + step.durationMs * fraction) / totalMs);
  const afterMs = totalMs - step.offsetMs - step.durationMs;
  const upcoming = active ? steps[s.stepIndex + 1] : undefined;
  const upcomingExercise =
    upcoming === undefined ? undefined : s.session.exercises[upcoming.exerciseIndex];
  return {
    status: s.status,
    stoppedForPain: s.stoppedForPain,
    phase: active ? step.kind : null,
    exerciseIndex: step.exerciseIndex,
    exerciseCount: s.session.exercises.length,
    exerciseId: exercise?.exerciseId ?? '',
    exerciseName: exercise?.name ?? '',
    set: step.set,
    sets: exercise?.sets ?? 1,
    rep: step.rep,
    reps: exercise?.reps ?? 1,
    side: step.side,
    phaseMs,
    remainingMs,
    remainingSeconds: Math.ceil(remainingMs / 1000),
    phaseProgress: active ? fraction : s.status === 'done' ? 1 : 0,
    sessionProgress,
    sessionRemainingSeconds: Math.ceil(
      (s.status === 'idle' ? totalMs : active ? remainingMs + afterMs : 0) / 1000,
    ),
    canAddTime: active && step.kind !== 'get-ready' && s.phaseAddedMs < MAX_ADDED_MS,
    say: wordsFor(s),
    next:
      upcoming === undefined || upcomingExercise === undefined
        ? null
        : {
            phase: upcoming.kind,
            exerciseIndex: upcoming.exerciseIndex,
            exerciseName: upcomingExercise.name,
            set: upcoming.set,
            rep: upcoming.rep,
            side: upcoming.side,
            seconds: upcoming.durationMs / 1000,
          },
  };
}

/** The whole seconds left in the current phase at the state's own clock; cues count down with it. */
export function remainingSecondsAtClock(s: PlayerState): number {
  if (!isActive(s) || s.clock === null) return 0;
  return Math.ceil((phaseLengthMs(s) - phaseElapsedMs(s, s.clock)) / 1000);
}

function wordsFor(s: PlayerState): string {
  if (s.status === 'done') return DONE_WORDS;
  if (s.status === 'stopped') return s.stoppedForPain ? PAIN_STOP_WORDS : ENDED_WORDS;
  if (s.status === 'idle') return '';
  return phaseWords(s.session, currentStep(s), true);
}

/** Where a session stood, as a page keeps it to offer a resume after a reload. */
export interface PlayerPlace {
  readonly stepIndex: number;
  readonly holdsDone: readonly number[];
  /** Clock time the session first started. */
  readonly startedAt: number;
  /** Paused time up to when the place was kept. */
  readonly pausedTotalMs: number;
  /** When the place was kept: the time from then to a resume counts as paused, not exercise. */
  readonly keptAt: number;
}

/** The place of a running or paused session at `now`, to keep. */
export function placeOf(state: PlayerState, now: number): PlayerPlace | undefined {
  if (!isActive(state) || state.startedAt === null) return undefined;
  const pausing = state.pausedAt === null ? 0 : Math.max(0, now - state.pausedAt);
  return {
    stepIndex: state.stepIndex,
    holdsDone: state.holdsDone,
    startedAt: state.startedAt,
    pausedTotalMs: state.pausedTotalMs + pausing,
    keptAt: now,
  };
}

/**
 * The session again at the start of the step it had reached, paused, so the person resumes it
 * with one tap. Undefined for a place this session could not have reached (another session's, or
 * one kept by an older build): the page then starts afresh.
 */
export function resumeAt(
  session: Session,
  place: PlayerPlace,
  now: number,
): PlayerState | undefined {
  const fresh = createPlayer(session);
  const { stepIndex, holdsDone, startedAt, pausedTotalMs, keptAt } = place;
  const steps = fresh.timeline.steps;
  if (!Number.isInteger(stepIndex) || stepIndex < 0 || stepIndex >= steps.length) return undefined;
  if (!Number.isFinite(startedAt) || !Number.isFinite(keptAt)) return undefined;
  if (startedAt > keptAt || keptAt > now || !(pausedTotalMs >= 0)) return undefined;
  const holds = [...new Set(holdsDone)].filter(
    (i) => Number.isInteger(i) && i >= 0 && i < stepIndex && steps[i]?.kind === 'hold',
  );
  return {
    ...fresh,
    status: 'paused',
    stepIndex,
    entry: 1,
    phaseStartedAt: now,
    pausedAt: now,
    startedAt,
    // The time the page was away is not exercise time.
    pausedTotalMs: pausedTotalMs + (now - keptAt),
    clock: now,
    holdsDone: holds,
    holdsCompleted: holds.length,
  };
}
