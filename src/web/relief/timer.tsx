/**
 * The timer of a relief step (massage, cold pack, warmth): Start, Pause, "+", Reset, and the step's
 * own message when the time is up. Its state lives in `timers.ts` with an absolute end time, so it
 * keeps running while the person is on another page and shows the right time when they return.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReliefStep } from '../../core/relief/schema.js';
import { unlockChime } from './chime.js';
import { useCountdown } from './countdown.js';
import {
  formatClock,
  isDone,
  lengthen,
  lengthenLabel,
  newTimer,
  pause,
  remainingMs,
  reset,
  spokenDuration,
  start,
  type TimerState,
} from './timer-state.js';
import { markSeen, saveTimer, showOnScreen, subscribe, timerRecord } from './timers.js';

export type TimerStep = Extract<ReliefStep, { kind: 'timer' }>;

/** Short names for the banner and notifications. */
export const TIMER_NAMES: Readonly<Record<string, string>> = {
  massage: 'Massage',
  cold: 'Cold pack',
  heat: 'Warmth',
};

export function timerName(step: { id: string; title: string }): string {
  return TIMER_NAMES[step.id] ?? step.title;
}

type Permission = NotificationPermission | 'unsupported';

function notificationPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

function NotificationNote({ permission }: { permission: Permission }) {
  if (permission === 'unsupported' || permission === 'denied') {
    return <p class="quiet">When the time is up, Unknot says so here and on any of its pages.</p>;
  }
  if (permission === 'granted') {
    return (
      <p class="quiet">
        You will also get a notification when the time is up, but only while Unknot or your browser
        is open.
      </p>
    );
  }
  return (
    <p class="quiet">
      When you start, your browser may ask whether Unknot can notify you when the time is up. It
      only works while Unknot or your browser is open; the message here always shows.
    </p>
  );
}

export function ReliefTimer({ step }: { step: TimerStep }) {
  const name = timerName(step);
  const load = (): TimerState => timerRecord(step.id)?.state ?? newTimer(step.durationSeconds);
  const [state, setState] = useState<TimerState>(load);
  const [permission, setPermission] = useState<Permission>(notificationPermission);
  const [said, setSaid] = useState('');
  const now = useCountdown(state.phase === 'running' ? state.endsAt : undefined);
  const done = isDone(state, now);
  const left = remainingMs(state, now);

  useEffect(() => showOnScreen(step.id), [step.id]);
  // Another tab, or the banner, may change the same timer.
  useEffect(() => subscribe(() => setState(load())), [step.id]);
  useEffect(() => {
    if (done) markSeen(step.id);
  }, [done, step.id]);

  const keep = (next: TimerState, words: string) => {
    const t = Date.now();
    saveTimer({ id: step.id, name, doneMessage: step.doneMessage, state: next }, t);
    setState(next);
    setSaid(words);
  };

  const onStart = () => {
    unlockChime();
    const t = Date.now();
    const next = start(state, t);
    keep(next, `${name} timer started: ${spokenDuration(remainingMs(next, t))}.`);
    if (typeof Notification !== 'undefined' && Notification.permission === 'default') {
      // Asked at the moment it is useful; the timer has already started whatever the answer.
      Notification.requestPermission()
        .then(setPermission)
        .catch(() => undefined);
    }
  };
  const onPause = () => {
    const t = Date.now();
    const next = pause(state, t);
    keep(next, `Paused with ${spokenDuration(remainingMs(next, t))} left.`);
  };
  const onLengthen = () => {
    unlockChime();
    const t = Date.now();
    const next = lengthen(state, step.timer, t);
    keep(next, `Set to ${spokenDuration(next.lengthSeconds * 1000)}.`);
  };
  const onReset = () => {
    keep(reset(step.durationSeconds), `Reset to ${spokenDuration(step.durationSeconds * 1000)}.`);
  };

  const running = state.phase === 'running' && !done;
  const canAdd = state.lengthSeconds < step.timer.maxSeconds;
  const fraction = state.lengthSeconds > 0 ? 1 - left / (state.lengthSeconds * 1000) : 0;
  const headingId = `timer-${step.id}`;
  let status = `Set for ${spokenDuration(state.lengthSeconds * 1000)}`;
  if (running) status = 'Running';
  else if (state.phase === 'paused') status = 'Paused';
  else if (done) status = 'Time is up';

  return (
    <section class={`relief-timer${done ? ' is-done' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="relief-timer-title">
        {name} timer
      </h2>
      <p class="relief-clock" role="timer" aria-atomic="true">
        <span class="visually-hidden">Time left: </span>
        {formatClock(left)}
      </p>
      <div class="relief-bar" aria-hidden="true">
        <div class="relief-bar-fill" style={{ width: `${Math.round(fraction * 1000) / 10}%` }} />
      </div>
      <p class="relief-timer-status">
        {status}
        {canAdd ? '' : ' · longest it should be'}
      </p>
      <div class="relief-controls">
        {running ? (
          <button type="button" class="button relief-big" onClick={onPause}>
            Pause
          </button>
        ) : (
          <button type="button" class="button relief-big" onClick={onStart}>
            {state.phase === 'paused' ? 'Resume' : done ? 'Start again' : 'Start'}
          </button>
        )}
        <button
          type="button"
          class="button button-choice relief-big"
          onClick={onLengthen}
          disabled={!canAdd}
        >
          {lengthenLabel(step.timer)}
        </button>
        <button type="button" class="button button-choice relief-big" onClick={onReset}>
          Reset
        </button>
      </div>
      <p role="status" class="relief-done">
        {done ? step.doneMessage : ''}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
      <NotificationNote permission={permission} />
    </section>
  );
}
