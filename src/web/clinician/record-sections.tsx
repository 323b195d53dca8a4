/**
 * What one person wrote and was told, as their clinician reads it: the results of "Should I see a
 * doctor?" with their reasons, the diary's entries in the diary's words, and their own plan and
 * programmes from other clinicians. Each is shown only when its scope is shared.
 */
import { useState } from 'preact/hooks';
import { libraryExercise } from '../../core/plan/catalogue.js';
import { PROFESSION_WORDS } from '../../core/programme/programme.js';
import { localDate } from '../../core/time/index.js';
import { DISPOSITION_INFO } from '../../core/triage/dispositions.js';
import { clockTime, dayLabel, shortDate } from '../dates.js';
import { PHASE_LABELS } from '../plan/words.js';
import type { Shared } from './records.js';
import { entryLines } from './words.js';

const dayOf = (at: string, zone: string) => dayLabel(localDate(Date.parse(at), zone));

export function ChecksSection({ shared }: { shared: Shared }) {
  return (
    <section class="person-section" aria-labelledby="checks-title">
      <h2 id="checks-title">Check results</h2>
      {shared.checks.length === 0 ? (
        <p>They have not run “Should I see a doctor?”.</p>
      ) : (
        <ul class="shared-checks">
          {shared.checks.map((c) => (
            <li key={c.id} class={`shared-check disposition-${c.disposition}`}>
              <p>
                {dayOf(c.createdAt, shared.timeZone)}:{' '}
                <strong>{DISPOSITION_INFO[c.disposition].title}</strong>
              </p>
              <ul>
                {c.reasons.map((r) => (
                  <li key={r.finding}>{r.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Enough to read a month at a glance; the rest on request. */
const FIRST_ENTRIES = 20;

export function EntriesSection({ shared }: { shared: Shared }) {
  const [all, setAll] = useState(false);
  const newest = [...shared.entries].reverse();
  const shown = all ? newest : newest.slice(0, FIRST_ENTRIES);
  return (
    <section class="person-section" aria-labelledby="entries-title">
      <h2 id="entries-title">Diary entries</h2>
      {newest.length === 0 && <p>No entries yet.</p>}
      <ul class="entry-list">
        {shown.map((e) => (
          <li key={e.id} class="entry">
            <p class="entry-head">
              <span class="entry-when">
                {dayOf(e.at, shared.timeZone)}, {clockTime(e.at, shared.timeZone)}
              </span>{' '}
              <strong>Pain {e.pain0to10} out of 10</strong>
            </p>
            {entryLines(e).map((line) => (
              <p key={line} class="entry-line">
                {line}
              </p>
            ))}
            {e.note !== undefined && e.note !== '' && <p class="entry-note">“{e.note}”</p>}
          </li>
        ))}
      </ul>
      {!all && newest.length > FIRST_ENTRIES && (
        <button type="button" class="button button-choice" onClick={() => setAll(true)}>
          Show all {newest.length} entries
        </button>
      )}
    </section>
  );
}

export function PlanSection({ shared }: { shared: Shared }) {
  const plan = shared.plan?.plan;
  const exercises = [
    ...new Set(plan?.sessions.flatMap((s) => s.exercises.map((e) => e.exerciseId)) ?? []),
  ].map((id) => libraryExercise(id)?.title ?? id);
  return (
    <section class="person-section" aria-labelledby="plan-title">
      <h2 id="plan-title">Their own plan</h2>
      {plan === undefined ? (
        <p>They have not made a plan in Unknot.</p>
      ) : (
        <p>
          {PHASE_LABELS[plan.phase]}, week of {shortDate(plan.weekStart)}: {plan.sessionsPerDay} a
          day, {plan.daysPerWeek} days a week. {exercises.join(', ')}.
        </p>
      )}
      {shared.otherProgrammes.length > 0 && (
        <>
          <h3>Programmes from other clinicians</h3>
          <ul>
            {shared.otherProgrammes.map((p) => (
              <li key={p.id}>
                {`“${p.data.title}” from ${p.data.clinicianName}, ${PROFESSION_WORDS[p.data.profession]}; review on ${shortDate(p.data.reviewDate)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
