/**
 * The one-page summary for a physiotherapist or GP, made to print on A4 (or save as a PDF from the
 * print dialog): the dates, the current or last episode, the chart and its sentence, what helped,
 * sessions done against planned, the check's results, the current plan, and what the escalation
 * rules say now, each with its source. Two minutes of facts, not a story.
 */
import { useEffect, useState } from 'preact/hooks';
import { sourceLabel } from '../../core/content/sources.js';
import { chartFrom, helpedCounts } from '../../core/diary/course.js';
import { HELPED_WORDS } from '../../core/diary/words.js';
import { libraryExercise } from '../../core/plan/catalogue.js';
import { localDate } from '../../core/time/index.js';
import { DISPOSITION_INFO } from '../../core/triage/dispositions.js';
import { dayLabel, shortDate } from '../dates.js';
import { usePageTitle } from '../page.js';
import { PHASE_LABELS } from '../plan/words.js';
import { PATHS } from '../routes.js';
import { type DiaryOverview, loadOverview } from './overview.js';
import { PainChart } from './pain-chart.js';
import { SessionWeeks } from './session-weeks.js';
import './diary.css';

const TREND_WORDS = { better: 'getting better', same: 'about the same', worse: 'getting worse' };

export function DiaryReportPage() {
  usePageTitle('Pain diary summary');
  const [data, setData] = useState<DiaryOverview | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadOverview()
      .then(setData)
      .catch(() => setFailed(true));
  }, []);

  if (failed) return <h1>The diary could not be read on this device</h1>;
  if (data === undefined) return <h1 aria-busy="true">Pain diary summary</h1>;

  const first = data.entries[0];
  const episode = data.episodes.at(-1);
  const from = chartFrom(data.days, data.today);
  const helped = helpedCounts(data.entries).slice(0, 5);
  const checks = [...data.checks]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .slice(0, 3);
  const exercises = [
    ...new Set(data.plan?.sessions.flatMap((s) => s.exercises.map((e) => e.exerciseId)) ?? []),
  ].map((id) => libraryExercise(id)?.title ?? id);

  return (
    <article class="diary-report">
      <p class="no-print report-controls">
        <button type="button" class="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>{' '}
        <a href={PATHS.diary}>Back to the diary</a>
      </p>
      <h1>Back pain diary: summary</h1>
      <p class="quiet">
        {first === undefined
          ? 'No entries yet.'
          : `Kept from ${dayLabel(localDate(Date.parse(first.at), data.timeZone))} to ${dayLabel(data.today)}: ${data.entries.length} pain scores (0 to 10).`}{' '}
        Made by Unknot on {dayLabel(data.today)}.
      </p>

      <section aria-labelledby="report-episode">
        <h2 id="report-episode">
          {episode?.end === undefined ? 'Current episode' : 'Last episode'}
        </h2>
        {episode === undefined ? (
          <p>No episode of pain (3 or more out of 10) in the diary.</p>
        ) : (
          <p>
            Began {dayLabel(episode.start)}
            {episode.end === undefined ? '' : `, ended ${dayLabel(episode.end)}`}: {episode.days}{' '}
            days. Worst {episode.worst}, latest {episode.latest} out of 10;{' '}
            {TREND_WORDS[episode.trend]}. Episodes in the diary: {data.episodes.length}.
          </p>
        )}
        <PainChart
          idPrefix="report-chart"
          days={data.days}
          episodes={data.episodes}
          sessionDates={data.sessionDates}
          from={from}
          to={data.today}
        />
      </section>

      <div class="report-columns">
        <section aria-labelledby="report-helped">
          <h2 id="report-helped">What helped</h2>
          {helped.length === 0 ? (
            <p>Not recorded.</p>
          ) : (
            <ul>
              {helped.map((h) => (
                <li key={h.helped}>
                  {HELPED_WORDS[h.helped]}: {h.count}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="report-sessions">
          <h2 id="report-sessions">Exercise sessions</h2>
          <SessionWeeks weeks={data.weeks} />
        </section>
      </div>

      <section aria-labelledby="report-checks">
        <h2 id="report-checks">“Should I see a doctor?” results</h2>
        {checks.length === 0 ? (
          <p>None kept on this device.</p>
        ) : (
          <ul>
            {checks.map((c) => (
              <li key={c.id}>
                {dayLabel(localDate(Date.parse(c.createdAt), data.timeZone))}:{' '}
                {DISPOSITION_INFO[c.disposition].title}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="report-plan">
        <h2 id="report-plan">Current plan</h2>
        {data.plan === undefined ? (
          <p>No plan on this device.</p>
        ) : (
          <p>
            {PHASE_LABELS[data.plan.phase]}, week of {shortDate(data.plan.weekStart)}:{' '}
            {data.plan.sessionsPerDay} a day, {data.plan.daysPerWeek} days a week.{' '}
            {exercises.join(', ')}.
          </p>
        )}
      </section>

      <section aria-labelledby="report-advice">
        <h2 id="report-advice">What the diary suggests now</h2>
        {data.summary.escalations.length === 0 ? (
          <p>Nothing: the diary’s rules for seeking care do not apply today.</p>
        ) : (
          <ul>
            {data.summary.escalations.map((e) => (
              <li key={e.rule}>
                {e.reason} <span class="quiet">({e.sources.map(sourceLabel).join('; ')})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p class="quiet">
        The person kept this diary on their own device. General information, not a substitute for
        professional care.
      </p>
    </article>
  );
}
