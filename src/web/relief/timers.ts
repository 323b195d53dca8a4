/**
 * The relief timers that outlive a page: each is kept in localStorage with its end time, one
 * watcher wakes at the earliest end and says it is done (a chime if the person has tapped, a system
 * notification if they allowed it), and the timer on the page and the banner on every other page
 * read from here. Small and free of the protocol, because the app shell loads it for the banner.
 */
import { chime } from './chime.js';
import { isDone, isTimerState, remainingMs, type TimerState } from './timer-state.js';

const KEY = 'unknot.relief.timers';
/** A finished timer nobody looked at is forgotten after this long: a banner days later helps no one. */
const FORGET_AFTER_MS = 60 * 60 * 1000;

export interface TimerRecord {
  /** The relief step's id ('cold'). */
  id: string;
  /** Short name for the banner and notification ("Cold pack"). */
  name: string;
  doneMessage: string;
  state: TimerState;
  /** The chime and notification have been given for this run. */
  announced: boolean;
  /** The person has seen the done message (on the step, or dismissed the banner). */
  seen: boolean;
}

type Records = Record<string, TimerRecord>;

function isRecord(value: unknown): value is TimerRecord {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.doneMessage === 'string' &&
    typeof v.announced === 'boolean' &&
    typeof v.seen === 'boolean' &&
    isTimerState(v.state)
  );
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can be switched off; timers then last as long as the page.
    return undefined;
  }
}

let memory: Records = {};

function read(): Records {
  const raw = storage()?.getItem(KEY);
  if (raw === null || raw === undefined) return memory;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const out: Records = {};
    for (const value of Object.values(parsed)) if (isRecord(value)) out[value.id] = value;
    return out;
  } catch {
    return {};
  }
}

function write(records: Records): void {
  memory = records;
  try {
    storage()?.setItem(KEY, JSON.stringify(records));
  } catch {
    // Full or refused: the copy in memory still serves this page.
  }
}

const listeners = new Set<() => void>();
/** Timers shown on the page right now: their own done message is on screen, so no banner. */
const onScreen = new Map<string, number>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a timer changes here or in another tab; returns the unsubscribe. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  ensureWatching();
  return () => listeners.delete(listener);
}

export function timerRecord(id: string): TimerRecord | undefined {
  return read()[id];
}

export function allTimers(now: number): TimerRecord[] {
  return Object.values(read()).filter((r) => !isStale(r, now));
}

function isStale(record: TimerRecord, now: number): boolean {
  return (
    record.state.phase === 'running' &&
    record.state.endsAt !== undefined &&
    now - record.state.endsAt > FORGET_AFTER_MS
  );
}

/** Keeps a timer's new state; a new run is announced afresh. */
export function saveTimer(record: Omit<TimerRecord, 'announced' | 'seen'>, now: number): void {
  const records = read();
  const done = isDone(record.state, now);
  records[record.id] = { ...record, announced: done, seen: done };
  write(records);
  schedule();
  changed();
}

export function forgetTimer(id: string): void {
  const records = read();
  delete records[id];
  write(records);
  schedule();
  changed();
}

/** The person has seen that this timer is done. */
export function markSeen(id: string): void {
  const records = read();
  const record = records[id];
  if (record === undefined || record.seen) return;
  records[id] = { ...record, seen: true };
  write(records);
  changed();
}

/** Marks a timer as on screen while its component is mounted; returns the undo. */
export function showOnScreen(id: string): () => void {
  onScreen.set(id, (onScreen.get(id) ?? 0) + 1);
  changed();
  return () => {
    const n = (onScreen.get(id) ?? 1) - 1;
    if (n <= 0) onScreen.delete(id);
    else onScreen.set(id, n);
    changed();
  };
}

export function isOnScreen(id: string): boolean {
  return onScreen.has(id);
}

// -----------------------------------------------------------------------------------------------
// Saying it is done

function notify(record: TimerRecord): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const options: NotificationOptions = {
    body: record.doneMessage,
    tag: `unknot-relief-${record.id}`,
    icon: '/icons/icon-192.png',
  };
  const title = `${record.name}: time is up`;
  // Phones only show notifications through the service worker; desktops also take the plain one.
  const viaWorker = navigator.serviceWorker?.getRegistration?.();
  if (viaWorker === undefined) {
    showPlain(title, options);
    return;
  }
  viaWorker
    .then((registration) =>
      registration === undefined
        ? showPlain(title, options)
        : registration.showNotification(title, options),
    )
    .catch(() => showPlain(title, options));
}

function showPlain(title: string, options: NotificationOptions): void {
  try {
    new Notification(title, options);
  } catch {
    // Not allowed outside a service worker here; the message on the page still shows.
  }
}

function announceDue(now: number): void {
  const records = read();
  let any = false;
  for (const record of Object.values(records)) {
    if (record.announced || !isDone(record.state, now) || isStale(record, now)) continue;
    records[record.id] = { ...record, announced: true };
    any = true;
    chime();
    notify(record);
  }
  if (any) {
    write(records);
    changed();
  }
}

let wake: ReturnType<typeof setTimeout> | undefined;
let watching = false;

/** Sets one wake-up for the earliest running timer's end; the clock, not ticks, decides. */
function schedule(): void {
  if (wake !== undefined) clearTimeout(wake);
  wake = undefined;
  const now = Date.now();
  announceDue(now);
  const next = Object.values(read())
    .filter((r) => r.state.phase === 'running' && !r.announced)
    .map((r) => remainingMs(r.state, now))
    .sort((a, b) => a - b)[0];
  if (next === undefined) return;
  // Browsers cap long delays and throttle hidden tabs, so wake at least every minute to re-check.
  wake = setTimeout(schedule, Math.min(Math.max(next, 0) + 50, 60_000));
}

function ensureWatching(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY) return;
    schedule();
    changed();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      schedule();
      changed();
    }
  });
  schedule();
}
