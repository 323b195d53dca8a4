/**
 * /plan: the week's plan, computed in the browser from the profile, check-ins and sessions (so it
 * works offline): any programme from the person's clinician first (programme-card.tsx), the phase
 * and why, each session with its time, minutes and exercises (dose and "why this"), the days, what
 * changed and why, prompts to run the check, and the ways to keep to it: the calendar file, in-app
 * reminders while Unknot is open, and a printed handout. With a programme and no profile, the
 * programme alone, and the offer of a plan of Unknot's own.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Plan, PlanChange, PlanExercise } from '../../core/plan/index.js';
import { PlanPrompts } from '../components/plan-prompts.js';
import { dayLabel, shortDay } from '../dates.js';
import { exerciseById } from '../exercises/catalogue.js';
import { ExerciseStill } from '../exercises/figure.js';
import { doseWords } from '../format.js';
import { usePageTitle } from '../page.js';
import { sessionPath } from '../player/path.js';
import { itemPath, PATHS } from '../routes.js';
import { hasLiveRecord } from '../store/records.js';
import { downloadCalendar } from './calendar.js';
import { currentPlan, loadProfile, type ProfileRecord, regenerate, today } from './data.js';
import { ProgrammeCards } from './programme-card.js';
import { remindersOn, setRemindersOn } from './reminder-setting.js';
import { Today } from './today.js';
import { PHASE_LABELS, sessionLabel } from './words.js';
import './plan.css';

const CHANGE_LABELS: Record<PlanChange['kind'], string> = {
  progress: 'A step up',
  step_back: 'A step back',
  drop: 'Left out',
  keep: 'Kept',
};

function isContinuous(id: string): boolean {
  return exerciseById(id)?.exercise.continuous ?? false;
}

function ExerciseLine({ e }: { e: PlanExercise }) {
  return (
    <li class="plan-exercise">
      <a class="plan-exercise-name" href={itemPath(e.exerciseId)}>
        {e.name}
      </a>
      <span class="plan-dose">{doseWords(e, isContinuous(e.exerciseId))}</span>
      <span class="plan-why">
        <span class="visually-hidden">Why this: </span>
        {e.why}
      </span>
    </li>
  );
}

/** Print only: each exercise once, with its still figure and its steps. */
function Handout({ plan }: { plan: Plan }) {
  const seen = new Map<string, PlanExercise>();
  for (const s of plan.sessions) for (const e of s.exercises) seen.set(e.exerciseId, e);
  return (
    <section class="plan-handout" aria-labelledby="handout-heading">
      <h2 id="handout-heading">How to do each exercise</h2>
      {[...seen.values()].map((e) => {
        const item = exerciseById(e.exerciseId);
        if (item === undefined) return null;
        const steps = item.body.find((b) => b.type === 'steps');
        return (
          <article key={e.exerciseId} class="handout-item">
            <ExerciseStill figureId={item.exercise.illustration} />
            <div class="handout-text">
              <h3>{e.name}</h3>
              <p class="plan-dose">{doseWords(e, item.exercise.continuous)}</p>
              {steps !== undefined && steps.type === 'steps' && (
                <ol class="handout-steps">
                  {steps.items.map((step, i) => (
                    <li key={i}>{step}</li>
                  ))}
                </ol>
              )}
            </div>
          </article>
        );
      })}
    </section>
  );
}

function Reminders({ onCalendar, calendarNote }: { onCalendar: () => void; calendarNote: string }) {
  const [on, setOn] = useState(false);
  const [note, setNote] = useState('');

  useEffect(() => {
    void remindersOn().then(setOn);
  }, []);

  const toggle = async (want: boolean) => {
    setOn(want);
    let permission: NotificationPermission | 'unsupported' = 'unsupported';
    if (want && typeof Notification !== 'undefined') {
      // Asked now, at the tap that wants it, never on page load.
      permission =
        Notification.permission === 'default'
          ? await Notification.requestPermission().catch(() => 'denied' as const)
          : Notification.permission;
    }
    await setRemindersOn(want).catch(() => undefined);
    if (!want) setNote('');
    else if (permission === 'granted') {
      setNote('On: a notification at each planned time while Unknot is open.');
    } else {
      setNote('On: notifications are not allowed, so a reminder shows at the top of the page.');
    }
  };

  return (
    <section aria-labelledby="reminders-heading" class="plan-reminders no-print">
      <h2 id="reminders-heading">Reminders</h2>
      <p class="callout">
        Calendar reminders work even when Unknot is closed. Reminders inside Unknot only appear
        while it is open.
      </p>
      <button type="button" class="button plan-wide" onClick={onCalendar}>
        Add to calendar
      </button>
      <p class="quiet" role="status">
        {calendarNote}
      </p>
      <label class="switch plan-switch">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        Remind me inside Unknot at the planned times
      </label>
      <p class="quiet" role="status">
        {note}
      </p>
    </section>
  );
}

export function PlanPage() {
  usePageTitle('Your plan');
  const { route } = useLocation();
  const [kept, setKept] = useState<ProfileRecord | undefined>(undefined);
  const [plan, setPlan] = useState<Plan | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [calendarNote, setCalendarNote] = useState('');
  const [failed, setFailed] = useState(false);
  // A clinician's programme and no answers yet: the programme is the plan until there are.
  const [programmeOnly, setProgrammeOnly] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      const record = await loadProfile();
      if (!live) return;
      if (record === undefined) {
        const programme = await hasLiveRecord('programme').catch(() => false);
        if (!live) return;
        if (programme) setProgrammeOnly(true);
        else route(PATHS.planProfile, true);
        return;
      }
      const current = await currentPlan(record.profile);
      if (!live) return;
      setKept(record);
      setPlan(current.plan);
    })().catch(() => {
      if (live) setFailed(true);
    });
    return () => {
      live = false;
    };
  }, []);

  if (programmeOnly) {
    return (
      <div class="plan-page" data-state="programmes">
        <h1>Your plan</h1>
        {/* Once the last programme has ended there is nothing to show but the questions. */}
        <ProgrammeCards onNone={() => route(PATHS.planProfile, true)} />
        <p class="callout">
          Follow your programme first. Unknot can also make you a weekly plan from a few questions:{' '}
          <a href={PATHS.planProfile}>answer them</a>, and ask your clinician if you are unsure
          about doing both.
        </p>
      </div>
    );
  }
  if (failed) {
    return (
      <div class="plan-page">
        <h1>Your plan</h1>
        <p>Your plan could not be made on this device. Try again, or edit your answers.</p>
        <a href={PATHS.planProfile}>Edit profile</a>
      </div>
    );
  }
  if (kept === undefined || plan === undefined) {
    return (
      <div class="plan-page" data-state="loading">
        <h1>Your plan</h1>
        <p class="quiet">Making your plan…</p>
      </div>
    );
  }

  const { profile } = kept;
  const date = today(profile);

  const again = async () => {
    setStatus('');
    try {
      const record = await regenerate(profile);
      setPlan(record.plan);
      setStatus('Plan made again from your answers and this week’s check-ins and sessions.');
    } catch {
      setStatus('The plan could not be made again. Try once more.');
    }
  };

  const calendar = () => {
    try {
      downloadCalendar(plan, profile);
      setCalendarNote('Downloaded: open the file to add the plan to your calendar.');
    } catch {
      setCalendarNote('The calendar file could not be made.');
    }
  };

  const perDay = plan.sessionsPerDay === 1 ? 'Once a day' : `${plan.sessionsPerDay} times a day`;

  return (
    <div class="plan-page plan-week print-paper" data-state="ready">
      <h1>Your plan this week</h1>
      <p class="quiet plan-when">Week starting {dayLabel(plan.weekStart)}</p>

      {kept.skipped && (
        <p class="callout no-print">
          Made with everyday answers. <a href={PATHS.planProfile}>Answer a few questions</a> to fit
          it to you.
        </p>
      )}

      <ProgrammeCards />

      <div class="no-print">
        <Today onPlanPage />
      </div>

      <section aria-labelledby="phase-heading" class="callout callout-guidance plan-phase">
        <h2 id="phase-heading">{PHASE_LABELS[plan.phase]}</h2>
        <p>{plan.phaseReason}</p>
      </section>

      <PlanPrompts prompts={plan.prompts} full />

      <div class="plan-actions no-print">
        <button type="button" class="button" onClick={() => void again()}>
          Regenerate
        </button>
        <a class="button button-choice" href={PATHS.planProfile}>
          Edit profile
        </a>
        <button type="button" class="button button-choice" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p class="plan-status no-print" role="status">
        {status}
      </p>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        <p>
          {perDay}, {plan.daysPerWeek} days a week. Move gently and stop if it hurts.
        </p>
        {plan.sessions.map((s) => (
          <article key={s.id} class="plan-session" aria-labelledby={`session-${s.id}`}>
            <h3 id={`session-${s.id}`}>
              {sessionLabel(s.id)} · {s.time}
            </h3>
            <p class="quiet">About {s.minutes} min</p>
            <ol class="plan-exercises">
              {s.exercises.map((e) => (
                <ExerciseLine key={e.exerciseId} e={e} />
              ))}
            </ol>
            <a
              class="button plan-start no-print"
              href={sessionPath(
                s.exercises.map((e) => e.exerciseId),
                'plan',
                s.exercises,
              )}
            >
              Start {sessionLabel(s.id).toLowerCase()} session
            </a>
          </article>
        ))}
      </section>

      <Reminders onCalendar={calendar} calendarNote={calendarNote} />

      <section aria-labelledby="days-heading">
        <h2 id="days-heading">The week</h2>
        <ul class="plan-days">
          {plan.days.map((d) => (
            <li key={d.date} class={d.date === date ? 'plan-day is-today' : 'plan-day'}>
              <span class="plan-day-name">
                {shortDay(d.date)} {Number(d.date.slice(8))}
                {d.date === date && <span class="visually-hidden"> (today)</span>}
              </span>
              <span>
                {d.sessionIds.length === 0
                  ? 'Rest day'
                  : plan.sessions
                      .filter((s) => d.sessionIds.includes(s.id))
                      .map((s) => s.time)
                      .join(', ')}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {plan.changes.length > 0 && (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">What changed this week</h2>
          <ul class="plan-changes">
            {plan.changes.map((c, i) => (
              <li key={i}>
                <strong>{CHANGE_LABELS[c.kind]}:</strong> {c.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      {plan.explanations.length > 0 && (
        <section aria-labelledby="why-heading" class="plan-explanations">
          <h2 id="why-heading">Why this plan</h2>
          <ul>
            {plan.explanations.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </section>
      )}

      <Handout plan={plan} />
    </div>
  );
}
