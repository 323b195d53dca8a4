/**
 * A line at the top of every page while a relief timer runs or has just finished and its step is
 * not on screen: so a person who went to read something still learns when to take the cold pack
 * off. Part of the shell, so it stays tiny and loads nothing of the protocol.
 */

import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import './timer-banner.css';

import { useCountdown } from './countdown.js';
import { SPASM_PATH } from './paths.js';
import { formatClock, isDone, remainingMs } from './timer-state.js';
import { allTimers, isOnScreen, markSeen, subscribe } from './timers.js';

export function TimerBanner() {
  const { path } = useLocation();
  const [, setVersion] = useState(0);
  useEffect(() => subscribe(() => setVersion((v) => v + 1)), []);
  const visible = allTimers(Date.now()).filter((t) => !isOnScreen(t.id));
  // Ticks follow the first running timer; a finished one re-renders through `subscribe` too.
  const firstEnd = visible.find((t) => t.state.phase === 'running')?.state.endsAt;
  const now = useCountdown(firstEnd);
  const running = visible.filter((t) => t.state.phase === 'running' && !isDone(t.state, now));
  const finished = visible.filter((t) => isDone(t.state, now) && !t.seen);

  const back =
    path === SPASM_PATH ? null : (
      <a class="relief-banner-link" href={SPASM_PATH}>
        Back to the steps
      </a>
    );

  return (
    <div class="relief-banner-slot">
      <div role="status">
        {finished.map((t) => (
          <div key={t.id} class="relief-banner is-done">
            <p>
              <strong>{t.name}:</strong> {t.doneMessage}
            </p>
            <div class="relief-banner-actions">
              <button type="button" class="button" onClick={() => markSeen(t.id)}>
                OK
              </button>
              {back}
            </div>
          </div>
        ))}
      </div>
      {running.map((t) => (
        <div key={t.id} class="relief-banner">
          <p>
            <strong>{t.name} timer:</strong> {formatClock(remainingMs(t.state, now))} left
          </p>
          {back}
        </div>
      ))}
    </div>
  );
}
