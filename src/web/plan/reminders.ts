/**
 * In-app reminders at the planned times, while Unknot is open: a page cannot schedule a
 * notification for later, so a timer looks every 20 seconds for a session whose time has come
 * (within the last 15 minutes, so a sleeping tab that wakes late still reminds once) and announces
 * it once: a system notification when the person allowed them, and always a banner in the page.
 */

import { localMinutes, minutesOf } from '../../core/time/index.js';
import { sessionPath } from '../player/path.js';
import { currentPlan, loadProfile, sessionsOn, today, zoneOf } from './data.js';
import { sessionLabel } from './words.js';

const CHECK_MS = 20_000;
const WINDOW_MINUTES = 15;
const FIRED_KEY = 'unknot-plan-reminded';

export interface Reminder {
  key: string;
  time: string;
  title: string;
  body: string;
  /** The player's address for this session, with the plan's doses. */
  path: string;
}

function fired(): Set<string> {
  try {
    return new Set(JSON.parse(sessionStorage.getItem(FIRED_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

function markFired(keys: Set<string>): void {
  try {
    sessionStorage.setItem(FIRED_KEY, JSON.stringify([...keys].slice(-50)));
  } catch {
    // Private modes may refuse storage: a reminder may then repeat after a reload, no worse.
  }
}

async function due(now: number): Promise<Reminder[]> {
  const kept = await loadProfile();
  if (kept === undefined) return [];
  const { profile } = kept;
  const { plan } = await currentPlan(profile, now);
  const date = today(profile, now);
  const minutes = localMinutes(now, zoneOf(profile));
  return sessionsOn(plan, date)
    .filter((s) => {
      const at = minutesOf(s.time);
      return at !== undefined && minutes >= at && minutes < at + WINDOW_MINUTES;
    })
    .map((s) => ({
      key: `${date}|${s.id}`,
      time: s.time,
      title: `Time for your ${sessionLabel(s.id).toLowerCase()} exercises`,
      body: `About ${s.minutes} minutes: ${s.exercises.map((e) => e.name).join(', ')}.`,
      path: sessionPath(
        s.exercises.map((e) => e.exerciseId),
        'plan',
        s.exercises,
      ),
    }));
}

async function notify(reminder: Reminder): Promise<void> {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const options = { body: reminder.body, tag: reminder.key, icon: '/icons/icon.svg' };
  try {
    // Android's Chrome allows notifications only through the service worker.
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration !== undefined) {
      await registration.showNotification(reminder.title, options);
      return;
    }
    new Notification(reminder.title, options);
  } catch {
    // The banner in the page still says it.
  }
}

/** Starts looking for due sessions; returns the function that stops it. */
export function startReminders(show: (reminder: Reminder) => void): () => void {
  let stopped = false;
  const check = () => {
    due(Date.now())
      .then((reminders) => {
        if (stopped) return;
        const done = fired();
        for (const r of reminders) {
          if (done.has(r.key)) continue;
          done.add(r.key);
          void notify(r);
          show(r);
        }
        markFired(done);
      })
      .catch(() => {
        // No plan readable now; the next look may succeed.
      });
  };
  check();
  const timer = setInterval(check, CHECK_MS);
  document.addEventListener('visibilitychange', check);
  return () => {
    stopped = true;
    clearInterval(timer);
    document.removeEventListener('visibilitychange', check);
  };
}
