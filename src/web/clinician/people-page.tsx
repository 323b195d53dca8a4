/**
 * /clinician, "Your people": the people who share their records with this clinician, those who
 * need them most first (the server orders them by core/clinician/need.ts), each with the reasons,
 * what they share and since when; and "Add a person" with a share code. Anyone but a signed-in
 * clinician is told where to go instead.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PersonView } from '../../core/consent/api.schema.js';
import { localDate } from '../../core/time/index.js';
import { browserTimeZone, dayLabel } from '../dates.js';
import { usePageTitle } from '../page.js';
import { clinicianPersonPath } from '../routes.js';
import { people } from './data.js';
import { GateMessage, useGate } from './gate.js';
import { NeedBadge } from './need-badge.js';
import { RedeemForm } from './redeem-form.js';
import { sharing } from './words.js';
import './clinician.css';

const since = (at: string) => dayLabel(localDate(Date.parse(at), browserTimeZone()));

function PersonRow({ person }: { person: PersonView }) {
  const { shared } = sharing(person.scopes);
  return (
    <li class={`person-row need-row-${person.need.level}`}>
      <div class="person-row-head">
        <h3>
          <a href={clinicianPersonPath(person.id)}>{person.name}</a>
        </h3>
        <NeedBadge level={person.need.level} />
      </div>
      {person.need.reasons.length > 0 && (
        <ul class="need-reasons">
          {person.need.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <p class="person-row-meta">
        Shares {shared.join(', ').toLowerCase()}, since {since(person.since)}.
      </p>
    </li>
  );
}

function EmptyPeople() {
  return (
    <div class="callout callout-guidance clinician-empty">
      <p>
        <strong>No one shares their records with you yet.</strong>
      </p>
      <p>
        A person with an Unknot account opens their sharing page, chooses what you may see (their
        pain diary, exercise sessions, check results or plan) and makes a share code. They give you
        the code, and you enter it above. They can change what you see, or stop sharing, at any
        time.
      </p>
    </div>
  );
}

function People() {
  const [list, setList] = useState<PersonView[] | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [added, setAdded] = useState<string | undefined>();

  const load = async () => {
    const res = await people();
    if (res.ok) {
      setList(res.data.people);
      setProblem(undefined);
    } else setProblem(res.words);
  };
  useEffect(() => {
    void load();
  }, []);

  return (
    <>
      <RedeemForm
        onAdded={(person) => {
          setAdded(`${person.name} now shares their records with you.`);
          void load();
        }}
      />
      <p role="status" class="clinician-status">
        {added}
      </p>
      <section aria-labelledby="people-title">
        <h2 id="people-title">Most in need first</h2>
        {problem !== undefined && <p role="alert">{problem}</p>}
        {list === undefined && problem === undefined && <p aria-busy="true">Loading…</p>}
        {list !== undefined && list.length === 0 && <EmptyPeople />}
        {list !== undefined && list.length > 0 && (
          <ul class="people-list" data-state="ready">
            {list.map((p) => (
              <PersonRow key={p.id} person={p} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export function ClinicianPeoplePage() {
  const gate = useGate();
  const clinician = gate.kind === 'clinician';
  usePageTitle(clinician ? 'Your people' : 'For clinicians');
  return (
    <article class="clinician-area">
      {gate.kind === 'clinician' ? (
        <>
          <h1>Your people</h1>
          <p class="lead">
            Signed in as {gate.account.clinician?.name ?? gate.account.username}. The people who
            share their Unknot records with you, and what each needs.
          </p>
          <People />
        </>
      ) : (
        <>
          <h1>{gate.kind === 'loading' ? 'Your people' : 'For clinicians'}</h1>
          <GateMessage gate={gate} />
        </>
      )}
    </article>
  );
}
