/**
 * The one-page summary's facts, shared by the person's own summary (report-page.tsx, from this
 * device) and their clinician's (from what the person shares): the dates, the current or last
 * episode, the chart and its sentence, what helped, sessions done against planned, the check's
 * results, the current plan, and what the escalation rules say now, each with its source. A part
 * the person did not share says so rather than looking empty.
 */

import type { ConsentScope } from '../../core/consent/scopes.js';
import { sourceLabel } from '../../core/content/sources.js';
import { chartFrom, helpedCounts } from '../../core/diary/course.js';
import { HELPED_WORDS } from '../../core/diary/words.js';
import { libraryExercise } from '../../core/plan/catalogue.js';
import { localDate } from '../../core/time/index.js';
import { DISPOSITION_INFO } from '../../core/triage/dispositions.js';
import { dayLabel, shortDate } from '../dates.js';
import { PHASE_LABELS } from '../plan/words.js';
import type { DiaryOverview } from './overview.js';
import { PainChart } from './pain-chart.js';
import { SessionWeeks } from './session-weeks.js';

const TREND_WORDS = { better: 'getting better', same: 'about the same', worse: 'getting worse' };
const NOT_SHARED = 'Not shared.';

export function ReportBody({
  data,
  where,
  shared,
}: {
  data: DiaryOverview;
  /** Where the records come from, for "None kept on this device.": "on this device". */
  where: string;
  /** The parts shown; all when absent (the person's own summary). */
  shared?: ReadonlySet<ConsentScope>;
}) {
  const has = (scope: ConsentScope) => shared === undefined || shared.has(scope);
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
    <>
      <p class="quiet">
        {!has('diary')
          ? 'The pain diary is not shared.'
          : first === undefined
            ? 'No entries yet.'
            : `Kept from ${dayLabel(localDate(Date.parse(first.at), data.timeZone))} to ${dayLabel(data.today)}: ${data.entries.length} pain scores (0 to 10).`}{' '}
        Made by Unknot on {dayLabel(data.today)}.
      </p>

      {has('diary') && (
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
      )}

      <div class="report-columns">
        <section aria-labelledby="report-helped">
          <h2 id="report-helped">What helped</h2>
          {!has('diary') ? (
            <p>{NOT_SHARED}</p>
          ) : helped.length === 0 ? (
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
          {has('sessions') ? <SessionWeeks weeks={data.weeks} /> : <p>{NOT_SHARED}</p>}
        </section>
      </div>

      <section aria-labelledby="report-checks">
        <h2 id="report-checks">“Should I see a doctor?” results</h2>
        {!has('checks') ? (
          <p>{NOT_SHARED}</p>
        ) : checks.length === 0 ? (
          <p>None kept {where}.</p>
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
        {!has('plan') ? (
          <p>{NOT_SHARED}</p>
        ) : data.plan === undefined ? (
          <p>No plan {where}.</p>
        ) : (
          <p>
            {PHASE_LABELS[data.plan.phase]}, week of {shortDate(data.plan.weekStart)}:{' '}
            {data.plan.sessionsPerDay} a day, {data.plan.daysPerWeek} days a week.{' '}
            {exercises.join(', ')}.
          </p>
        )}
      </section>

      {has('diary') && (
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
      )}
    </>
  );
}
