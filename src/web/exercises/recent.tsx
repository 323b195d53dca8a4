/**
 * "Recent sessions": the latest sessions kept on this device, each with when, what, how it ended
 * (finished, ended early, or stopped for pain with the score given) and pain before and after.
 */
import { useEffect, useState } from 'preact/hooks';
import { recentLogs, type SessionLog } from '../player/logs.js';
import { exerciseById } from './catalogue.js';

const SHOWN = 5;

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

function outcome(log: SessionLog): string {
  if (log.stoppedForPain) {
    return log.stopPain0to10 === undefined
      ? 'Stopped for pain'
      : `Stopped for pain (${log.stopPain0to10} out of 10)`;
  }
  return log.exercises.every((e) => e.completed) ? 'Finished' : 'Ended early';
}

function painLine(log: SessionLog): string {
  const parts: string[] = [];
  if (log.painBefore0to10 !== undefined) parts.push(`pain before ${log.painBefore0to10}`);
  if (log.painAfter0to10 !== undefined) parts.push(`after ${log.painAfter0to10}`);
  return parts.length === 0 ? '' : `${parts.join(', ')} (out of 10)`;
}

export function RecentSessions() {
  const [logs, setLogs] = useState<SessionLog[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    recentLogs(SHOWN)
      .then((l) => {
        if (live) setLogs(l);
      })
      .catch(() => {
        if (live) setLogs([]);
      });
    return () => {
      live = false;
    };
  }, []);

  return (
    <section aria-labelledby="recent-heading" class="recent">
      <h2 id="recent-heading">Recent sessions</h2>
      {logs === undefined ? null : logs.length === 0 ? (
        <p class="quiet">No sessions yet. The ones you do are kept on this device only.</p>
      ) : (
        <ul class="recent-list">
          {logs.map((log) => {
            const names = log.exercises.map(
              (e) => exerciseById(e.exerciseId)?.title ?? e.exerciseId,
            );
            const pain = painLine(log);
            return (
              <li key={log.id} class="recent-item">
                <span class="recent-when">{when(log.startedAt)}</span>
                <span class="recent-what">{names.join(', ')}</span>
                <span
                  class={
                    log.stoppedForPain ? 'recent-outcome recent-outcome-pain' : 'recent-outcome'
                  }
                >
                  {outcome(log)}
                </span>
                {pain !== '' && <span class="recent-pain">{pain}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
