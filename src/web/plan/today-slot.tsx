/**
 * Where Today sits on the home page. Part of the home bundle, so it holds only the check for a
 * profile: without one, a "Make my plan" card; with one, Today loads as its own chunk (it brings
 * the plan engine and the exercise library, which the home page must not carry).
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PATHS } from '../routes.js';
import { hasLiveRecord } from '../store/records.js';

export function TodaySlot() {
  const [hasProfile, setHasProfile] = useState<boolean | undefined>(undefined);
  const [Today, setToday] = useState<ComponentType | undefined>(undefined);

  useEffect(() => {
    let live = true;
    hasLiveRecord('profile')
      .then((kept) => {
        if (!live) return;
        setHasProfile(kept);
        if (!kept) return;
        return import('./today.js').then((m) => {
          if (live) setToday(() => m.Today);
        });
      })
      .catch(() => {
        if (live) setHasProfile(false);
      });
    return () => {
      live = false;
    };
  }, []);

  if (hasProfile === undefined) return null;
  if (hasProfile) return Today === undefined ? null : <Today />;
  return (
    <ul class="cards">
      <li>
        <a class="card" href={PATHS.planProfile}>
          <span class="card-title">Make my plan</span>
          <span class="card-text">
            A short daily routine for your back, with reminders in your calendar. Under a minute to
            set up.
          </span>
        </a>
      </li>
    </ul>
  );
}
