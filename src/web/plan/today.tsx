/**
 * Today, on the home page once a profile exists: the diary's escalation when self-care is not
 * enough, today's sessions with Start (the player with the session's exercises), the one-tap pain
 * score (a diary entry), and today's habits as a checklist with streaks. Its own chunk, so the
 * home page stays small for a person in a spasm.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DiaryEntry } from '../../core/diary/entry.js';
import type { Escalation } from '../../core/diary/escalation.js';
import { diarySummary } from '../../core/diary/summary.js';
import type { Habit, Plan, Profile } from '../../core/plan/index.js';
import { habitsFor, streak } from '../../core/plan/index.js';
import type { PainScore } from '../../core/units.js';
import { EscalationCard } from '../components/escalation-card.js';
import { PainScale } from '../components/pain-scale.js';
import { dayLabel } from '../dates.js';
import { latestOn, loadEntries, saveScore } from '../diary/data.js';
import { dismissedToday, dismissForToday } from '../diary/dismissed.js';
import { recentLogs, type SessionLog } from '../player/logs.js';
import { sessionPath } from '../player/path.js';
import { itemPath, PATHS } from '../routes.js';
import {
  currentPlan,
  doneSessionIds,
  type HabitTick,
  habitDates,
  loadHabitTicks,
  loadProfile,
  sessionsOn,
  setHabitTick,
  today,
  zoneOf,
} from './data.js';
import { PHASE_LABELS, sessionLabel } from './words.js';
import '../player/player.css';
import './plan.css';

interface Loaded {
  profile: Profile;
  plan: Plan;
  date: string;
  logs: SessionLog[];
  pain: PainScore | undefined;
  escalations: Escalation[];
  ticks: HabitTick[];
  habits: Habit[];
}

async function load(): Promise<Loaded | undefined> {
  const kept = await loadProfile();
  if (kept === undefined) return undefined;
  const { profile } = kept;
  const now = Date.now();
  const [record, logs, entries, ticks] = await Promise.all([
    currentPlan(profile, now),
    recentLogs(50).catch(() => [] as SessionLog[]),
    loadEntries().catch(() => []),
    loadHabitTicks().catch(() => [] as HabitTick[]),
  ]);
  const date = today(profile, now);
  return {
    profile,
    plan: record.plan,
    date,
    logs,
    ...diaryNow(entries, date, zoneOf(profile)),
    ticks,
    habits: habitsFor(profile),
  };
}

/** Today's latest score and the diary's escalations, from the one diary. */
function diaryNow(entries: DiaryEntry[], date: string, zone: string) {
  return {
    pain: latestOn(entries, date, zone),
    escalations: diarySummary(entries, date, zone).escalations,
  };
}

function streakText(days: number): string {
  if (days === 0) return 'No streak yet';
  return days === 1 ? '1 day in a row' : `${days} days in a row`;
}

/** Today: the day's sessions, check-in and habits. On the plan page itself, `onPlanPage` drops the link to it. */
export function Today({ onPlanPage = false }: { onPlanPage?: boolean }) {
  const [data, setData] = useState<Loaded | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [dismissed, setDismissed] = useState<Set<string>>(() => dismissedToday());

  useEffect(() => {
    let live = true;
    load()
      .then((d) => {
        if (!live) return;
        // The home page saw a profile, but none could be read (one this version cannot check):
        // say so and lead to the plan, rather than wait for ever.
        if (d === undefined) setFailed(true);
        else setData(d);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, []);

  if (failed) {
    return (
      <section aria-labelledby="today-heading" class="today">
        <h2 id="today-heading">Today</h2>
        <p>Your plan could not be read on this device.</p>
        <a href={PATHS.plan}>Open your plan</a>
      </section>
    );
  }
  if (data === undefined) return <section class="today today-loading" aria-busy="true" />;

  const { plan, date, profile } = data;
  const sessions = sessionsOn(plan, date);
  const doneIds = doneSessionIds(sessions, data.logs, date, zoneOf(profile));

  const checkIn = (pain: PainScore) => {
    setData({ ...data, pain });
    void saveScore(pain)
      .then(loadEntries)
      .then((entries) =>
        setData((d) => d && { ...d, ...diaryNow(entries, date, zoneOf(profile)) }),
      );
  };

  const tick = (habitId: string, done: boolean) => {
    const others = data.ticks.filter((c) => !(c.date === date && c.habitId === habitId));
    const ticks = done ? [...others, { date, habitId }] : others;
    setData({ ...data, ticks });
    void setHabitTick(date, habitId, done);
  };

  return (
    <section aria-labelledby="today-heading" class="today" data-state="ready">
      <h2 id="today-heading">Today</h2>
      <p class="today-date quiet">
        {dayLabel(date)} · {PHASE_LABELS[plan.phase]}
      </p>

      <EscalationCard
        escalations={data.escalations.filter((e) => !dismissed.has(e.rule))}
        onDismiss={(rules) => {
          dismissForToday(rules);
          setDismissed(dismissedToday());
        }}
      />

      <h3>Exercises</h3>
      {sessions.length === 0 ? (
        <p>A rest day from the plan's exercises. Moving about gently still helps.</p>
      ) : (
        <ul class="today-sessions">
          {sessions.map((s) => {
            const isDone = doneIds.has(s.id);
            return (
              <li key={s.id} class={isDone ? 'today-session is-done' : 'today-session'}>
                <div class="today-session-text">
                  <strong>
                    {s.time} · {sessionLabel(s.id)}
                  </strong>
                  <span class="quiet">
                    About {s.minutes} min: {s.exercises.map((e) => e.name).join(', ')}
                  </span>
                  {isDone && <span class="today-done">Done today ✓</span>}
                </div>
                <a
                  class={isDone ? 'button button-choice today-start' : 'button today-start'}
                  href={sessionPath(
                    s.exercises.map((e) => e.exerciseId),
                    'plan',
                    s.exercises,
                  )}
                  aria-label={`${isDone ? 'Again' : 'Start'}: ${sessionLabel(s.id)} session`}
                >
                  {isDone ? 'Again' : 'Start'}
                </a>
              </li>
            );
          })}
        </ul>
      )}

      <div class="today-checkin">
        <PainScale legend="Check in: pain today, 0 to 10" value={data.pain} onChoose={checkIn} />
        <p class="quiet today-checkin-status" role="status">
          {data.pain === undefined
            ? 'One tap a day helps your plan adapt.'
            : `In your diary: ${data.pain} out of 10. A tap in the next few minutes corrects it.`}
        </p>
        <p>
          <a href={PATHS.diary}>Open your pain diary</a>
        </p>
        {data.pain !== undefined && data.pain >= 7 && (
          <p class="callout callout-safety">
            That is a lot of pain. If it is not easing, or anything feels different from your usual
            back pain, <a href={PATHS.check}>check whether you should see a doctor</a>.
          </p>
        )}
      </div>

      <h3>Habits</h3>
      <ul class="today-habits">
        {data.habits.map((h) => {
          const dates = habitDates(data.ticks, h.id);
          const done = dates.includes(date);
          const days = streak(dates, date);
          return (
            <li key={h.id} class="today-habit">
              <label class="habit-check">
                <input
                  type="checkbox"
                  checked={done}
                  onChange={(e) => tick(h.id, e.currentTarget.checked)}
                />
                <span class="habit-text">
                  <span class="habit-title">{h.title}</span>
                  <span class="habit-detail">{h.detail}</span>
                  {h.examples?.map((example) => (
                    <span key={example} class="habit-detail">
                      {example}
                    </span>
                  ))}
                  <span class="habit-streak" data-streak={days}>
                    {streakText(days)}
                  </span>
                </span>
              </label>
              {h.contentId !== undefined && (
                <a class="habit-more" href={itemPath(h.contentId)}>
                  More<span class="visually-hidden"> about {h.title.toLowerCase()}</span>
                </a>
              )}
            </li>
          );
        })}
      </ul>
      {!onPlanPage && (
        <p>
          <a class="more-link" href={PATHS.plan}>
            See the week's plan
          </a>
        </p>
      )}
    </section>
  );
}
