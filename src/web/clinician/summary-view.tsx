/**
 * One person's one-page summary for the clinician to print or keep as a PDF: the diary's own
 * summary (diary/report-body.tsx), made from what the person shares, with the parts not shared
 * said so, and then the adherence and "This hurts" stops of this clinician's programmes.
 */
import type { PersonView } from '../../core/consent/api.schema.js';
import { localDate } from '../../core/time/index.js';
import { dayLabel, shortDate } from '../dates.js';
import type { DiaryOverview } from '../diary/overview.js';
import { ReportBody } from '../diary/report-body.js';
import { hurtStops, type Shared, weeksOf } from './records.js';
import { sharing } from './words.js';
import '../diary/diary.css';

/** The last few weeks: what fits one page beside the rest. */
const WEEKS = 4;
const STOPS = 5;

function ProgrammesSummary({ shared }: { shared: Shared }) {
  const stops = hurtStops(shared).slice(0, STOPS);
  return (
    <section aria-labelledby="report-programmes">
      <h2 id="report-programmes">Home programmes and “This hurts” stops</h2>
      <ul>
        {shared.programmes.map((p) => {
          const weeks = weeksOf(p, shared).slice(-WEEKS);
          return (
            <li key={p.id}>
              “{p.data.title}”, from {shortDate(p.data.startDate)}, review{' '}
              {shortDate(p.data.reviewDate)}:{' '}
              {weeks.length === 0
                ? 'not started yet.'
                : weeks
                    .map(
                      (w) =>
                        `${w.complete ? 'week' : 'this week'} from ${shortDate(w.from)} ${w.done} of ${w.asked}`,
                    )
                    .join('; ')}
            </li>
          );
        })}
      </ul>
      {stops.length === 0 ? (
        <p>No session was stopped for pain.</p>
      ) : (
        <ul>
          {stops.map((s) => (
            <li key={s.id}>
              {shortDate(s.date)}: stopped on {s.exercise}
              {s.pain === undefined ? '' : `, pain ${s.pain} out of 10`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SummaryView({
  person,
  shared,
  overview,
  backHref,
}: {
  person: PersonView;
  shared: Shared;
  overview: DiaryOverview;
  backHref: string;
}) {
  const { shared: open, notShared } = sharing(person.scopes);
  const since = dayLabel(localDate(Date.parse(person.since), shared.timeZone));
  return (
    <article class="diary-report clinician-summary">
      <p class="no-print report-controls">
        <button type="button" class="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>{' '}
        <a href={backHref}>Back to {person.name}</a>
      </p>
      <h1>{person.name}: back pain summary</h1>
      <p class="quiet">
        Shared with you since {since}: {open.join(', ')}.
        {notShared.length > 0 && ` Not shared: ${notShared.join(', ')}.`}
      </p>
      <ReportBody data={overview} where="in what they share" shared={shared.scopes} />
      {shared.scopes.has('sessions') && shared.programmes.length > 0 && (
        <ProgrammesSummary shared={shared} />
      )}
      <p class="quiet">
        From the records {person.name} keeps in Unknot and shares with you. General information, not
        a substitute for professional care.
      </p>
    </article>
  );
}
