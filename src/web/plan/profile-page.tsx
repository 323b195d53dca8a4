/**
 * /plan/profile: the few questions a plan is made from, answerable in under a minute with one
 * thumb, and skippable (sensible defaults stand until the person edits them). Kept on the device
 * with the person's time zone; saving makes this week's plan at once and opens it.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Profile } from '../../core/plan/index.js';
import { minutesOf } from '../../core/time/index.js';
import { isRegion, type Region } from '../../core/triage/emergency-numbers.js';
import type { PainScore } from '../../core/units.js';
import { PainScale } from '../components/pain-scale.js';
import { RegionSelect } from '../components/region-select.js';
import { browserTimeZone } from '../dates.js';
import { diaryOnset, saveScore } from '../diary/data.js';
import { EXERCISES } from '../exercises/catalogue.js';
import { usePageTitle } from '../page.js';
import { resolveRegion, saveRegion } from '../region.js';
import { PATHS } from '../routes.js';
import { defaultProfile, loadProfile, saveProfile } from './data.js';
import '../player/player.css';
import './plan.css';

const MAX_TIMES = 3;

type Work = Profile['work'];
type Activity = Profile['activity'];
type Minutes = Profile['minutesPerDay'];

const WORK: { value: Work; label: string; hint: string }[] = [
  { value: 'desk', label: 'Desk', hint: 'Mostly sitting' },
  { value: 'standing', label: 'On my feet', hint: 'Standing or walking' },
  { value: 'lifting', label: 'Lifting', hint: 'Carrying, lifting, bending' },
  { value: 'mixed', label: 'Mixed', hint: 'A bit of everything' },
];
const ACTIVITY: { value: Activity; label: string }[] = [
  { value: 'low', label: 'Low' },
  { value: 'moderate', label: 'Some' },
  { value: 'high', label: 'A lot' },
];
const MINUTES: Minutes[] = [5, 10, 20];

function Choices<T extends string | number>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly { value: T; label: string; hint?: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="plan-field">
      <legend class="field-label">{legend}</legend>
      <div class={options.length === 4 ? 'plan-options plan-options-2' : 'plan-options'}>
        {options.map((o) => (
          <label key={String(o.value)} class="plan-option">
            <input
              type="radio"
              name={name}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span class="plan-option-text">
              {o.label}
              {o.hint !== undefined && <span class="plan-option-hint">{o.hint}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Desk-break reminders are for work done sitting down. */
function sitsAtWork(work: Work): boolean {
  return work === 'desk' || work === 'mixed';
}

export interface Draft {
  work: Work;
  activity: Activity;
  minutesPerDay: Minutes;
  times: string[];
  pain: PainScore | undefined;
  episode: boolean;
  days: string;
  exclude: string[];
  region: Region | undefined;
  deskBreaks: boolean;
}

function draftFrom(profile: Profile): Draft {
  return {
    work: profile.work,
    activity: profile.activity,
    minutesPerDay: profile.minutesPerDay,
    times: [...profile.times].slice(0, MAX_TIMES),
    pain: profile.painNow0to10,
    episode: profile.daysSinceOnset !== null,
    days: profile.daysSinceOnset === null ? '' : String(profile.daysSinceOnset),
    exclude: [...profile.exclude],
    region: isRegion(profile.region) ? profile.region : undefined,
    deskBreaks: profile.deskBreaks ?? false,
  };
}

/** What is wrong with each field, shown beside it. */
export type FieldErrors = Partial<Record<'times' | 'pain' | 'days', string>>;

/** The element to focus for a field with an error: the first thing in it a person can fix. */
const FIELD_FOCUS: Record<keyof FieldErrors, string> = {
  times: 'time-0',
  pain: 'plan-pain',
  days: 'plan-days',
};

/** The profile the draft says, or what to fix in each field (never a pain the person did not give). */
export function profileFrom(d: Draft): { profile: Profile } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const times = [...new Set(d.times.filter((t) => t !== ''))].sort();
  if (times.length === 0) errors.times = 'Choose at least one time of day.';
  else if (times.some((t) => minutesOf(t) === undefined)) {
    errors.times = 'Write each time as hours and minutes, like 08:00.';
  }
  if (d.pain === undefined) errors.pain = 'Tap a number for your pain now: 0 if there is none.';
  let daysSinceOnset: number | null = null;
  if (d.episode) {
    const n = Number(d.days);
    if (d.days.trim() === '' || !Number.isInteger(n) || n < 0 || n > 3650) {
      errors.days = 'Say how many days ago it started, as a whole number (0 for today).';
    } else daysSinceOnset = n;
  }
  if (d.pain === undefined || Object.keys(errors).length > 0) return { errors };
  return {
    profile: {
      work: d.work,
      activity: d.activity,
      minutesPerDay: d.minutesPerDay,
      times,
      painNow0to10: d.pain,
      daysSinceOnset,
      exclude: d.exclude,
      ...(d.region === undefined ? {} : { region: d.region }),
      timeZone: browserTimeZone(),
      deskBreaks: d.deskBreaks && sitsAtWork(d.work),
    },
  };
}

export function PlanProfilePage() {
  usePageTitle('Your plan: a few questions');
  const { route } = useLocation();
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | undefined>(undefined);
  const [askPainOnly, setAskPainOnly] = useState(false);
  const [busy, setBusy] = useState(false);
  /** Days since the current episode began, when the diary shows one: then it is not asked. */
  const [onset, setOnset] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([
      loadProfile(),
      resolveRegion(),
      diaryOnset(browserTimeZone()).catch(() => null),
    ]).then(([kept, region, fromDiary]) => {
      if (!live) return;
      setOnset(fromDiary);
      const base = draftFrom(kept?.profile ?? defaultProfile(browserTimeZone()));
      setEditing(kept !== undefined && !kept.skipped);
      setDraft({
        ...base,
        region: base.region ?? region,
        pain: kept === undefined ? undefined : base.pain,
      });
    });
    return () => {
      live = false;
    };
  }, []);

  if (draft === undefined) {
    return (
      <div class="plan-page" data-state="loading">
        <h1>Your plan</h1>
        <p class="quiet">Loading…</p>
      </div>
    );
  }

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  const finish = async (profile: Profile, skipped: boolean) => {
    setBusy(true);
    try {
      // A submitted form showed the region it keeps, "somewhere else" included; a skipped one did
      // not ask, so an unknown region stays open to the browser's inference.
      if (isRegion(profile.region) || !skipped) {
        await saveRegion(isRegion(profile.region) ? profile.region : undefined);
      }
      await saveProfile(profile, skipped);
      // The pain just given (skipping asks for it too) goes in the diary, so Today does not ask
      // for it again.
      await saveScore(profile.painNow0to10).catch(() => {});
      route(PATHS.plan);
    } catch {
      setBusy(false);
      setSaveError('Your answers could not be kept on this device. Try again.');
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const result = profileFrom(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      const first = (Object.keys(FIELD_FOCUS) as (keyof FieldErrors)[]).find(
        (field) => result.errors[field] !== undefined,
      );
      if (first !== undefined) document.getElementById(FIELD_FOCUS[first])?.focus();
      return;
    }
    setErrors({});
    void finish(result.profile, false);
  };

  // Skipping asks the one thing a plan cannot be honest without: the pain now, in one tap. The
  // rest are everyday defaults, and no spasm is assumed either way.
  const skipWithPain = (pain: PainScore) => {
    const profile: Profile = {
      ...defaultProfile(browserTimeZone()),
      painNow0to10: pain,
      ...(draft.region === undefined ? {} : { region: draft.region }),
    };
    void finish(profile, true);
  };

  if (askPainOnly) {
    return (
      <div class="plan-page plan-profile" data-state="ready">
        <h1>One thing first</h1>
        <p class="lead">
          How much does your back hurt now? One tap, and you get a gentle everyday plan you can
          change at any time.
        </p>
        <PainScale legend="Pain now, 0 to 10" value={undefined} onChoose={skipWithPain} />
        {saveError !== undefined && (
          <p class="plan-error" role="alert">
            {saveError}
          </p>
        )}
        <button
          type="button"
          class="button button-choice plan-wide"
          onClick={() => setAskPainOnly(false)}
        >
          Back to all the questions
        </button>
      </div>
    );
  }

  return (
    <form class="plan-page plan-profile" data-state="ready" onSubmit={submit} noValidate>
      <h1>{editing ? 'Edit your plan' : 'Make my plan'}</h1>
      <p class="lead">
        A few taps, under a minute. Your answers stay on this device; nothing is sent anywhere.
      </p>
      {!editing && (
        <button
          type="button"
          class="button button-choice plan-skip"
          onClick={() => setAskPainOnly(true)}
          disabled={busy}
        >
          Skip: one tap for a gentle everyday plan
        </button>
      )}

      <Choices
        legend="Your work"
        name="work"
        options={WORK}
        value={draft.work}
        onChange={(work) => set({ work })}
      />
      <Choices
        legend="How active you are outside work"
        name="activity"
        options={ACTIVITY}
        value={draft.activity}
        onChange={(activity) => set({ activity })}
      />
      <Choices
        legend="Minutes a day for exercises"
        name="minutes"
        options={MINUTES.map((m) => ({ value: m, label: `${m} min` }))}
        value={draft.minutesPerDay}
        onChange={(minutesPerDay) => set({ minutesPerDay })}
      />

      <fieldset class="plan-field">
        <legend class="field-label">Times that suit you</legend>
        {errors.times !== undefined && (
          <p id="plan-times-error" class="field-error">
            {errors.times}
          </p>
        )}
        <ul class="plan-times">
          {draft.times.map((time, i) => (
            <li key={i} class="plan-time">
              <label for={`time-${i}`} class="visually-hidden">
                Time {i + 1}
              </label>
              <input
                id={`time-${i}`}
                type="time"
                aria-invalid={errors.times === undefined ? undefined : true}
                aria-describedby={errors.times === undefined ? undefined : 'plan-times-error'}
                class="plan-input"
                value={time}
                onInput={(e) => {
                  const times = [...draft.times];
                  times[i] = e.currentTarget.value;
                  set({ times });
                }}
              />
              {draft.times.length > 1 && (
                <button
                  type="button"
                  class="button button-choice plan-small"
                  onClick={() => set({ times: draft.times.filter((_, j) => j !== i) })}
                >
                  Remove<span class="visually-hidden"> time {i + 1}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
        {draft.times.length < MAX_TIMES && (
          <button
            type="button"
            class="button button-choice plan-small"
            onClick={() => set({ times: [...draft.times, '12:30'] })}
          >
            Add a time
          </button>
        )}
      </fieldset>

      <div class="plan-field">
        <PainScale
          id="plan-pain"
          legend="Pain now, 0 to 10"
          value={draft.pain}
          error={errors.pain}
          onChoose={(pain) => {
            set({ pain });
            setErrors(({ pain: _, ...rest }) => rest);
          }}
        />
      </div>

      {onset !== null ? (
        <p class="plan-field">
          Your pain diary shows this episode began{' '}
          {onset === 0 ? 'today' : onset === 1 ? 'yesterday' : `${onset} days ago`}, so the plan
          takes it from there.
        </p>
      ) : (
        <fieldset class="plan-field">
          <legend class="field-label">A spasm or bout of back pain right now?</legend>
          <div class="plan-options">
            <label class="plan-option">
              <input
                type="radio"
                name="episode"
                checked={!draft.episode}
                onChange={() => set({ episode: false })}
              />
              <span class="plan-option-text">No current episode</span>
            </label>
            <label class="plan-option">
              <input
                type="radio"
                name="episode"
                checked={draft.episode}
                onChange={() => set({ episode: true })}
              />
              <span class="plan-option-text">Yes, it started recently</span>
            </label>
          </div>
          {draft.episode && (
            <div class="plan-days">
              <label for="plan-days" class="field-label">
                How many days ago did it start? (0 for today)
              </label>
              {errors.days !== undefined && (
                <p id="plan-days-error" class="field-error">
                  {errors.days}
                </p>
              )}
              <input
                id="plan-days"
                type="number"
                inputMode="numeric"
                min={0}
                max={3650}
                aria-invalid={errors.days === undefined ? undefined : true}
                aria-describedby={errors.days === undefined ? undefined : 'plan-days-error'}
                class="plan-input plan-input-number"
                value={draft.days}
                onInput={(e) => set({ days: e.currentTarget.value })}
              />
            </div>
          )}
        </fieldset>
      )}

      {sitsAtWork(draft.work) && (
        <fieldset class="plan-field">
          <legend class="field-label">Reminders to get up from the desk</legend>
          <label class="switch plan-switch">
            <input
              type="checkbox"
              checked={draft.deskBreaks}
              onChange={(e) => set({ deskBreaks: e.currentTarget.checked })}
            />
            Hourly desk breaks in my calendar, 9 to 5 on weekdays
          </label>
        </fieldset>
      )}

      <details class="plan-field plan-exclude">
        <summary>
          Leave out exercises{draft.exclude.length > 0 ? ` (${draft.exclude.length})` : ''}
        </summary>
        <p class="quiet">Tick any you cannot do or have been told to avoid.</p>
        <ul class="plan-checks">
          {EXERCISES.map((e) => (
            <li key={e.id}>
              <label class="switch plan-switch">
                <input
                  type="checkbox"
                  checked={draft.exclude.includes(e.id)}
                  onChange={(ev) =>
                    set({
                      exclude: ev.currentTarget.checked
                        ? [...draft.exclude, e.id]
                        : draft.exclude.filter((id) => id !== e.id),
                    })
                  }
                />
                {e.title}
              </label>
            </li>
          ))}
        </ul>
      </details>

      <div class="plan-field">
        <RegionSelect
          id="plan-region"
          value={draft.region}
          onChange={(region) => set({ region })}
        />
      </div>

      <p class="plan-error" role="alert">
        {Object.keys(errors).length > 0
          ? 'Some answers need a look: each says what to change.'
          : (saveError ?? '')}
      </p>
      <button type="submit" class="button plan-submit" disabled={busy}>
        {editing ? 'Save and update my plan' : 'Make my plan'}
      </button>
    </form>
  );
}
