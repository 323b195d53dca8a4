/**
 * /clinician/people/:id: one person, as their clinician follows them. The header says who, what
 * they share and what they do not, why they are flagged, with "Mark as reviewed"; then a section
 * for each scope shared (pain and trend, sessions and adherence, check results, diary entries,
 * their own plan) and this clinician's programmes with the editor. `?view=summary` is the one-page
 * summary to print and `?view=handout&programme=…` a programme's handout. Everything is asked of
 * the server each time, which checks the consent on every request.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { localDate } from '../../core/time/index.js';
import { browserTimeZone, dayLabel } from '../dates.js';
import { usePageTitle } from '../page.js';
import { ProgrammeHandout } from '../plan/programme-handout.js';
import { clinicianPersonPath, PATHS } from '../routes.js';
import { PainSection, SessionsSection } from './course-sections.js';
import { markReviewed, type PersonRecords, person } from './data.js';
import { type Gate, GateMessage, useGate } from './gate.js';
import { NeedBadge } from './need-badge.js';
import { ProgrammesSection } from './programmes-section.js';
import { ChecksSection, EntriesSection, PlanSection } from './record-sections.js';
import { dosesNowOf, overviewOf, type Shared, sharedOf } from './records.js';
import { SummaryView } from './summary-view.js';
import { sharing } from './words.js';
import './clinician.css';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'gone' }
  | { kind: 'failed'; words: string }
  | { kind: 'ready'; data: PersonRecords; shared: Shared };

const NOT_SHARING =
  'This person does not share their records with you, or has stopped sharing them. Nothing of theirs can be shown.';

function usePerson(id: string): [Loaded, () => Promise<void>] {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const load = async () => {
    const res = await person(id);
    if (res.ok) {
      const zone = browserTimeZone();
      const today = localDate(Date.now(), zone);
      setLoaded({ kind: 'ready', data: res.data, shared: sharedOf(res.data, today, zone) });
    } else if (res.reason === 'problem' && res.status === 404) setLoaded({ kind: 'gone' });
    else setLoaded({ kind: 'failed', words: res.words });
  };
  useEffect(() => {
    void load();
  }, [id]);
  return [loaded, load];
}

function Header({
  data,
  shared,
  onReviewed,
}: {
  data: PersonRecords;
  shared: Shared;
  onReviewed: (words: string) => void;
}) {
  const p = data.person;
  const { shared: open, notShared } = sharing(p.scopes);
  const [problem, setProblem] = useState<string | undefined>();
  const day = (at: string) => dayLabel(localDate(Date.parse(at), shared.timeZone));
  return (
    <header class="person-head">
      <dl class="facts person-facts">
        <div>
          <dt>Shares with you</dt>
          <dd>
            {open.join(', ')} <span class="quiet">(since {day(p.since)})</span>
          </dd>
        </div>
        <div>
          <dt>Not shared</dt>
          <dd>
            {notShared.length === 0 ? 'Nothing: they share everything.' : notShared.join(', ')}
          </dd>
        </div>
        <div>
          <dt>Last reviewed</dt>
          <dd>{p.reviewedAt === null ? 'Not yet' : day(p.reviewedAt)}</dd>
        </div>
      </dl>
      <section class={`callout person-flags flags-${p.need.level}`} aria-labelledby="flags-title">
        <h2 id="flags-title">
          {p.need.reasons.length === 0 ? 'Nothing flagged' : 'Why they are flagged'}
        </h2>
        {p.need.reasons.length === 0 ? (
          <p>Nothing in what they share needs you since your last review.</p>
        ) : (
          <ul class="need-reasons">
            {p.need.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        {problem !== undefined && (
          <p class="field-error" role="alert">
            {problem}
          </p>
        )}
        <button
          type="button"
          class="button button-choice"
          onClick={async () => {
            const res = await markReviewed(p.id);
            if (res.ok) {
              setProblem(undefined);
              onReviewed('Marked as reviewed. Only what comes after this will flag them again.');
            } else setProblem(res.words);
          }}
        >
          Mark as reviewed
        </button>
      </section>
    </header>
  );
}

function PersonBody({
  data,
  shared,
  reload,
}: {
  data: PersonRecords;
  shared: Shared;
  reload: () => Promise<void>;
}) {
  const [status, setStatus] = useState('');
  const overview = overviewOf(shared);
  const name = data.person.name;
  const changed = (words: string) => {
    setStatus(words);
    void reload();
  };
  return (
    <>
      <Header data={data} shared={shared} onReviewed={changed} />
      <p role="status" class="clinician-status">
        {status}
      </p>
      <div class="person-sections">
        {shared.scopes.has('diary') && <PainSection shared={shared} overview={overview} />}
        {shared.scopes.has('sessions') && <SessionsSection shared={shared} overview={overview} />}
        <ProgrammesSection
          personId={data.person.id}
          personName={name}
          personPath={clinicianPersonPath(data.person.id)}
          programmes={shared.programmes}
          dosesNow={dosesNowOf(shared)}
          today={shared.today}
          onChanged={changed}
        />
        {shared.scopes.has('checks') && <ChecksSection shared={shared} />}
        {shared.scopes.has('diary') && <EntriesSection shared={shared} />}
        {shared.scopes.has('plan') && <PlanSection shared={shared} />}
      </div>
    </>
  );
}

function Back() {
  return (
    <p class="breadcrumb no-print">
      <a href={PATHS.clinician}>← Your people</a>
    </p>
  );
}

function Person({ id }: { id: string }) {
  const { query } = useLocation();
  const [loaded, reload] = usePerson(id);
  const name = loaded.kind === 'ready' ? loaded.data.person.name : 'One person';
  usePageTitle(name);

  if (loaded.kind !== 'ready') {
    return (
      <article class="clinician-area">
        <Back />
        <h1>{loaded.kind === 'gone' ? 'Not shared with you' : 'One person'}</h1>
        {loaded.kind === 'loading' && <p aria-busy="true">Loading…</p>}
        {loaded.kind === 'gone' && <p>{NOT_SHARING}</p>}
        {loaded.kind === 'failed' && <p role="alert">{loaded.words}</p>}
      </article>
    );
  }

  const { data, shared } = loaded;
  const here = clinicianPersonPath(id);
  if (query.view === 'summary') {
    return (
      <SummaryView
        person={data.person}
        shared={shared}
        overview={overviewOf(shared)}
        backHref={here}
      />
    );
  }
  if (query.view === 'handout') {
    const programme = shared.programmes.find((p) => p.id === query.programme);
    const controls = (
      <p class="report-controls">
        <button type="button" class="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>{' '}
        <a href={here}>Back to {data.person.name}</a>
      </p>
    );
    return programme === undefined ? (
      <article class="clinician-area">
        {controls}
        <h1>This programme has ended or was not found</h1>
      </article>
    ) : (
      <ProgrammeHandout
        programme={programme.data}
        doses={programme.data.exercises}
        started={programme.data.startDate <= localDate(Date.now(), browserTimeZone())}
        controls={controls}
      />
    );
  }
  return (
    <article class="clinician-area clinician-person" data-state="ready">
      <Back />
      <div class="person-title">
        <h1>{data.person.name}</h1>
        <NeedBadge level={data.person.need.level} />
        <a
          class="button button-choice clinician-link-button person-print"
          href={`${here}?view=summary`}
        >
          Print summary
        </a>
      </div>
      <PersonBody data={data} shared={shared} reload={reload} />
    </article>
  );
}

function NotClinician({ gate }: { gate: Exclude<Gate, { kind: 'clinician' }> }) {
  usePageTitle('For clinicians');
  return (
    <article class="clinician-area">
      <h1>{gate.kind === 'loading' ? 'One person' : 'For clinicians'}</h1>
      <GateMessage gate={gate} />
    </article>
  );
}

export function ClinicianPersonPage() {
  const { params } = useRoute();
  const gate = useGate();
  return gate.kind === 'clinician' ? <Person id={params.id ?? ''} /> : <NotClinician gate={gate} />;
}
