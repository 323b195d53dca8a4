/**
 * The course of one person as their clinician follows it: the pain (chart with episodes, the
 * trend in a sentence, what the diary's escalation rules told them, with sources) and the sessions
 * (done against asked for each week of each of this clinician's programmes, and every "This hurts"
 * stop with the exercise, the pain given and the day). Each is shown only when its scope is shared.
 */
import { sourceLabel } from '../../core/content/sources.js';
import { chartFrom } from '../../core/diary/course.js';
import type { Episode } from '../../core/diary/episodes.js';
import { dayLabel, shortDate } from '../dates.js';
import type { DiaryOverview } from '../diary/overview.js';
import { PainChart } from '../diary/pain-chart.js';
import { SessionWeeks } from '../diary/session-weeks.js';
import { hurtStops, type Shared, weeksOf } from './records.js';
import { TREND_WORDS } from './words.js';

function episodeWords(e: Episode | undefined): string {
  if (e === undefined) return 'No episode of pain (3 or more out of 10) in the diary.';
  const span =
    e.end === undefined
      ? `since ${dayLabel(e.start)}`
      : `${dayLabel(e.start)} to ${dayLabel(e.end)}`;
  return `${e.end === undefined ? 'Current' : 'Last'} episode ${span}: ${e.days === 1 ? '1 day' : `${e.days} days`}, worst ${e.worst}, latest ${e.latest} out of 10.`;
}

export function PainSection({ shared, overview }: { shared: Shared; overview: DiaryOverview }) {
  const { summary } = overview;
  return (
    <section class="person-section" aria-labelledby="pain-title">
      <h2 id="pain-title">Pain and trend</h2>
      {shared.entries.length === 0 ? (
        <p>No pain scores in their diary yet.</p>
      ) : (
        <>
          <p>
            <strong>{TREND_WORDS[summary.trend]}</strong> {episodeWords(summary.episodes.at(-1))}
          </p>
          <PainChart
            idPrefix="person-chart"
            days={overview.days}
            episodes={overview.episodes}
            sessionDates={shared.scopes.has('sessions') ? overview.sessionDates : []}
            from={chartFrom(overview.days, overview.today)}
            to={overview.today}
          />
        </>
      )}
      <h3>What the diary tells them now</h3>
      {summary.escalations.length === 0 ? (
        <p>Nothing: the diary’s rules for seeking care do not apply today.</p>
      ) : (
        <ul class="escalation-list">
          {summary.escalations.map((e) => (
            <li key={e.rule}>
              {e.reason} <span class="quiet">({e.sources.map(sourceLabel).join('; ')})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

function ProgrammeWeeks({ shared }: { shared: Shared }) {
  return (
    <>
      {shared.programmes.map((p) => {
        const weeks = weeksOf(p, shared);
        return (
          <div key={p.id} class="programme-weeks">
            <h3>Sessions of “{p.data.title}”</h3>
            {weeks.length === 0 ? (
              <p>It starts on {dayLabel(p.data.startDate)}.</p>
            ) : (
              <ul>
                {[...weeks].reverse().map((w) => {
                  const stops = Object.values(w.hurtStops).reduce((a, b) => a + b, 0);
                  return (
                    <li key={w.from}>
                      {w.complete ? 'Week' : 'This week'} from {shortDate(w.from)}:{' '}
                      <strong>
                        {w.done} of {w.asked}
                      </strong>{' '}
                      sessions{w.complete ? '' : ' so far'} ({percent(w.adherence)})
                      {stops > 0 && `; ${stops} “This hurts” ${stops === 1 ? 'stop' : 'stops'}`}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}

export function SessionsSection({ shared, overview }: { shared: Shared; overview: DiaryOverview }) {
  const stops = hurtStops(shared);
  return (
    <section class="person-section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Sessions and adherence</h2>
      {shared.programmes.length > 0 ? (
        <ProgrammeWeeks shared={shared} />
      ) : (
        <>
          <h3>All exercise sessions</h3>
          <SessionWeeks weeks={overview.weeks} />
        </>
      )}
      <h3>“This hurts” stops</h3>
      {stops.length === 0 ? (
        <p>None: no session was stopped for pain.</p>
      ) : (
        <ul class="hurt-stops">
          {stops.map((s) => (
            <li key={s.id}>
              {dayLabel(s.date)}: <strong>{s.exercise}</strong>
              {s.pain === undefined ? ', no pain score given' : `, pain ${s.pain} out of 10`}
              {s.programme !== undefined && ` (in “${s.programme}”)`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
