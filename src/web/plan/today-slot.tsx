/**
 * Where Today sits on the home page. Part of the home bundle, so it holds only the check for a
 * profile: without one, a "Make my plan" card; with one, Today loads as its own chunk (it brings
 * the plan engine and the exercise library, which the home page must not carry). A programme
 * from the person's clinician is named first, with the way to it on the plan.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PATHS } from '../routes.js';
import { hasLiveRecord } from '../store/records.js';

export function TodaySlot() {
  const [hasProfile, setHasProfile] = useState<boolean | undefined>(undefined);
  const [Today, setToday] = useState<ComponentType | undefined>(undefined);
  const [hasProgramme, setHasProgramme] = useState(false);

  useEffect(() => {
    let live = true;
    hasLiveRecord('programme')
      .then((kept) => {
        if (live) setHasProgramme(kept);
      })
      .catch(() => undefined);
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
  const programme = hasProgramme && (
    <ul class="cards">
      <li>
        <a class="card" href={PATHS.plan}>
          <span class="card-title">Your programme from your clinician</span>
          <span class="card-text">
            The exercises they set for you, at their doses, ready to start on your plan.
          </span>
        </a>
      </li>
    </ul>
  );
  if (hasProfile) {
    return (
      <>
        {programme}
        {Today === undefined ? null : <Today />}
      </>
    );
  }
  return (
    <>
      {programme}
      <ul class="cards">
        <li>
          <a class="card" href={PATHS.planProfile}>
            <span class="card-title">Make my plan</span>
            <span class="card-text">
              A short daily routine for your back, with reminders in your calendar. Under a minute
              to set up.
            </span>
          </a>
        </li>
      </ul>
    </>
  );
}
