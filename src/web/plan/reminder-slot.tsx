/**
 * The in-app reminder line at the top of every page. Part of the shell, so it only reads the
 * setting; when reminders are on, the timer and the plan load as their own chunk.
 */
import { useEffect, useState } from 'preact/hooks';
import { REMINDERS_CHANGED, remindersOn } from './reminder-setting.js';
import type { Reminder } from './reminders.js';
import './reminder.css';

export function PlanReminder() {
  const [reminder, setReminder] = useState<Reminder | undefined>(undefined);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    const sync = () => {
      void remindersOn().then(async (on) => {
        if (!live) return;
        if (!on) {
          stop?.();
          stop = undefined;
          return;
        }
        if (stop !== undefined) return;
        const { startReminders } = await import('./reminders.js');
        if (live && stop === undefined) stop = startReminders(setReminder);
      });
    };
    sync();
    window.addEventListener(REMINDERS_CHANGED, sync);
    return () => {
      live = false;
      stop?.();
      window.removeEventListener(REMINDERS_CHANGED, sync);
    };
  }, []);

  return (
    <div class="plan-reminder-slot" role="status">
      {reminder !== undefined && (
        <div class="plan-reminder">
          <p>
            <strong>
              {reminder.time}: {reminder.title}.
            </strong>{' '}
            {reminder.body}
          </p>
          <div class="plan-reminder-actions">
            <a
              class="button plan-reminder-start"
              href={reminder.path}
              onClick={() => setReminder(undefined)}
            >
              Start
            </a>
            <button
              type="button"
              class="button button-choice"
              onClick={() => setReminder(undefined)}
            >
              Later
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
