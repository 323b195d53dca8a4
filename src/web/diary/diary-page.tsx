/**
 * The pain diary: "How is your back?" in one tap, the escalation when self-care is not enough, the
 * course as a chart with its sentence and table, sessions done by week, what helped, the timeline
 * (entries, and by reference exercise sessions and checks), and the files to hand a clinician.
 * Everything is read from and kept on the device.
 */
import { useEffect, useState } from 'preact/hooks';
import { chartFrom, helpedCounts, helpedSentence } from '../../core/diary/course.js';
import type { DiaryEntry } from '../../core/diary/entry.js';
import {
  HELPED_WORDS,
  helpedWords,
  SET_OFF_BY_WORDS,
  WHERE_WORDS,
} from '../../core/diary/words.js';
import { localDate } from '../../core/time/index.js';
import { DISPOSITION_INFO } from '../../core/triage/dispositions.js';
import { EscalationCard } from '../components/escalation-card.js';
import { clockTime, dayLabel } from '../dates.js';
import { usePageTitle } from '../page.js';
import { checkRecordPath, PATHS } from '../routes.js';
import { RECORDS_SYNCED } from '../sync/status.js';
import { deleteEntry } from './data.js';
import { dismissedToday, dismissForToday } from './dismissed.js';
import { EntryForm } from './entry-form.js';
import { type DiaryOverview, loadOverview } from './overview.js';
import { PainChart } from './pain-chart.js';
import { Reports } from './reports.js';
import { SessionWeeks } from './session-weeks.js';
import './diary.css';

type Item =
  | { kind: 'entry'; at: string; entry: DiaryEntry }
  | { kind: 'session'; at: string; log: DiaryOverview['logs'][number] }
  | { kind: 'check'; at: string; check: DiaryOverview['checks'][number] };

function timeline(o: DiaryOverview): { date: string; items: Item[] }[] {
  const items: Item[] = [
    ...o.entries.map((entry) => ({ kind: 'entry' as const, at: entry.at, entry })),
    ...o.logs.map((log) => ({ kind: 'session' as const, at: log.startedAt, log })),
    ...o.checks.map((check) => ({ kind: 'check' as const, at: check.createdAt, check })),
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const days: { date: string; items: Item[] }[] = [];
  for (const item of items) {
    const date = localDate(Date.parse(item.at), o.timeZone);
    const last = days.at(-1);
    if (last?.date === date) last.items.push(item);
    else days.push({ date, items: [item] });
  }
  return days;
}

function entryDetails(e: DiaryEntry): string[] {
  const out: string[] = [];
  if (e.where !== undefined) out.push(e.where.map((w) => WHERE_WORDS[w]).join(', '));
  if (e.setOffBy !== undefined) {
    out.push(`Set off by: ${e.setOffBy.map((s) => SET_OFF_BY_WORDS[s].toLowerCase()).join(', ')}`);
  }
  if (e.helped !== undefined) out.push(`Helped: ${helpedWords(e.helped, e.medicine).join(', ')}`);
  if (e.sleepDisturbed === true) out.push('Sleep disturbed');
  if (e.activity !== undefined) {
    out.push(`${e.activity.name}: managed ${e.activity.managed0to10} out of 10`);
  }
  if (e.episodeOver === true) out.push('Episode over');
  return out;
}

function sessionWords(log: DiaryOverview['logs'][number]): string {
  const done = log.exercises.filter((x) => x.completed).length;
  const parts = [`Exercise session: ${done} of ${log.exercises.length} exercises done`];
  if (log.painBefore0to10 !== undefined && log.painAfter0to10 !== undefined) {
    parts.push(`pain ${log.painBefore0to10} before, ${log.painAfter0to10} after`);
  } else if (log.painBefore0to10 !== undefined) {
    parts.push(`pain ${log.painBefore0to10} before`);
  }
  if (log.stoppedForPain) {
    parts.push(
      log.stopPain0to10 === undefined
        ? 'stopped with “This hurts”'
        : `stopped with “This hurts” at ${log.stopPain0to10}`,
    );
  }
  return parts.join('; ');
}

export function DiaryPage() {
  usePageTitle('Pain diary');
  const [data, setData] = useState<DiaryOverview | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [dismissed, setDismissed] = useState<Set<string>>(() => dismissedToday());
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState<string | undefined>(undefined);

  const reload = () =>
    loadOverview()
      .then(setData)
      .catch(() => setFailed(true));

  useEffect(() => {
    void reload();
    // What another device added arrives by sync while the page is open: show it.
    const again = () => void reload();
    window.addEventListener(RECORDS_SYNCED, again);
    return () => window.removeEventListener(RECORDS_SYNCED, again);
  }, []);

  if (failed) {
    return (
      <>
        <h1>Pain diary</h1>
        <p>Your diary could not be read on this device.</p>
      </>
    );
  }
  if (data === undefined) {
    return (
      <>
        <h1>Pain diary</h1>
        <p aria-busy="true">Opening your diary…</p>
      </>
    );
  }

  const escalations = data.summary.escalations.filter((e) => !dismissed.has(e.rule));
  const from = chartFrom(data.days, data.today);
  const helped = helpedCounts(data.entries);
  const days = timeline(data);
  const open = data.summary.episodes.at(-1);

  return (
    <>
      <h1>Pain diary</h1>
      <p class="lead">A score a day shows whether your back is getting better.</p>

      <EscalationCard
        escalations={escalations}
        onDismiss={(rules) => {
          dismissForToday(rules);
          setDismissed(dismissedToday());
        }}
      />

      <section aria-labelledby="diary-now" class="diary-now">
        <h2 id="diary-now" class="visually-hidden">
          New entry
        </h2>
        <EntryForm timeZone={data.timeZone} onSaved={() => void reload()} />
      </section>

      <section aria-labelledby="diary-course">
        <h2 id="diary-course">Your course</h2>
        {open !== undefined && open.end === undefined && (
          <p>
            This episode began on {dayLabel(open.start)} ({open.days} days). Worst {open.worst},
            latest {open.latest} out of 10.
          </p>
        )}
        <PainChart
          idPrefix="diary-chart"
          days={data.days}
          episodes={data.episodes}
          sessionDates={data.sessionDates}
          from={from}
          to={data.today}
        />
      </section>

      <section aria-labelledby="diary-sessions">
        <h2 id="diary-sessions">Exercise sessions by week</h2>
        <SessionWeeks weeks={data.weeks} />
      </section>

      <section aria-labelledby="diary-helped">
        <h2 id="diary-helped">What helped</h2>
        {helped.length === 0 ? (
          <p>Nothing yet. Add what helped to an entry and it is counted here.</p>
        ) : (
          <p>{helpedSentence(helped, HELPED_WORDS)}</p>
        )}
        {helped.length > 0 && (
          <ul class="helped-bars">
            {helped.map((h) => (
              <li key={h.helped}>
                <span class="helped-name">{HELPED_WORDS[h.helped]}</span>
                <span class="helped-count">{h.count === 1 ? '1 entry' : `${h.count} entries`}</span>
                <meter min={0} max={helped[0]?.count ?? 1} value={h.count} aria-hidden="true" />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="diary-timeline">
        <h2 id="diary-timeline">Timeline</h2>
        {days.length === 0 && <p>Nothing yet. Your first score starts it.</p>}
        {days.map((day) => (
          <section key={day.date} aria-label={dayLabel(day.date)} class="timeline-day">
            <h3>{dayLabel(day.date)}</h3>
            <ul class="timeline">
              {day.items.map((item) => {
                const time = clockTime(item.at, data.timeZone);
                if (item.kind === 'session') {
                  return (
                    <li key={item.log.id} class="timeline-item timeline-session">
                      <span class="timeline-time">{time}</span> {sessionWords(item.log)}
                    </li>
                  );
                }
                if (item.kind === 'check') {
                  return (
                    <li key={item.check.id} class="timeline-item timeline-check">
                      <span class="timeline-time">{time}</span>{' '}
                      <a href={checkRecordPath(item.check.id)}>
                        Check: {DISPOSITION_INFO[item.check.disposition].title}
                      </a>
                    </li>
                  );
                }
                const e = item.entry;
                if (editing === e.id) {
                  return (
                    <li key={e.id} class="timeline-item">
                      <EntryForm
                        editing={e}
                        timeZone={data.timeZone}
                        onSaved={() => void reload()}
                        onCancel={() => setEditing(undefined)}
                      />
                    </li>
                  );
                }
                return (
                  <li key={e.id} class="timeline-item timeline-entry">
                    <p class="timeline-head">
                      <span class="timeline-time">{time}</span>{' '}
                      <strong>Pain {e.pain0to10} out of 10</strong>
                    </p>
                    {entryDetails(e).map((d) => (
                      <p key={d} class="quiet">
                        {d}
                      </p>
                    ))}
                    {e.note !== undefined && <p class="timeline-note">{e.note}</p>}
                    {confirming === e.id ? (
                      <fieldset class="timeline-actions timeline-confirm">
                        <legend>Delete this entry for good?</legend>
                        <button
                          type="button"
                          class="button"
                          onClick={() => {
                            setConfirming(undefined);
                            void deleteEntry(e.id).then(reload);
                          }}
                        >
                          Delete
                        </button>
                        <button
                          type="button"
                          class="button button-choice"
                          onClick={() => setConfirming(undefined)}
                        >
                          Keep it
                        </button>
                      </fieldset>
                    ) : (
                      <p class="timeline-actions">
                        <button
                          type="button"
                          class="button button-choice"
                          aria-label={`Edit the entry at ${time}`}
                          onClick={() => setEditing(e.id)}
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          class="button button-choice"
                          aria-label={`Delete the entry at ${time}`}
                          onClick={() => setConfirming(e.id)}
                        >
                          Delete
                        </button>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>

      <Reports overview={data} onRestored={() => void reload()} />

      <p class="quiet">
        The diary suggests when to get care; it does not diagnose. If something new or frightening
        happens, <a href={PATHS.check}>do the check</a>.
      </p>
    </>
  );
}
