/**
 * This clinician's programmes for one person: each with how often, its dates and exercises, and
 * Edit, Print handout and End (asked twice, since ending takes it off the person's plan); and the
 * editor for a new one or a change, opened in place.
 */
import { useState } from 'preact/hooks';
import type { ProgrammeView } from '../../core/consent/api.schema.js';
import { type ProgrammeExercise, reviewDue } from '../../core/programme/programme.js';
import { dayLabel } from '../dates.js';
import { exerciseById } from '../exercises/catalogue.js';
import { howOften, programmeDoseWords, sideWords } from '../plan/programme-words.js';
import { endProgramme } from './data.js';
import { ProgrammeEditor } from './programme-editor.js';

/** "Hold 20 s · 2 times each side · 1 set", and the one side when the clinician named one. */
function programmeDose(e: ProgrammeExercise): string {
  const item = exerciseById(e.exerciseId);
  if (item === undefined) return '';
  const side = item.exercise.perSide ? sideWords(e) : undefined;
  return [programmeDoseWords(e, item), side].filter((w) => w !== undefined).join(' · ');
}

export function handoutHref(personPath: string, programmeId: string): string {
  return `${personPath}?view=handout&programme=${encodeURIComponent(programmeId)}`;
}

function ProgrammeCard({
  personId,
  programme,
  dosesNow,
  today,
  personPath,
  onEdit,
  onEnded,
}: {
  personId: string;
  programme: ProgrammeView;
  dosesNow: ProgrammeExercise[] | undefined;
  today: string;
  personPath: string;
  onEdit: () => void;
  onEnded: (words: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const { data } = programme;
  return (
    <li class="assigned-card">
      <h3>{data.title}</h3>
      <p>
        {howOften(data)}. From {dayLabel(data.startDate)};{' '}
        {reviewDue(data, today) ? (
          <strong>review was due {dayLabel(data.reviewDate)}</strong>
        ) : (
          `review on ${dayLabel(data.reviewDate)}`
        )}
        .{data.allowProgression ? ' Doses may step up.' : ' Doses stay as you set them.'}
      </p>
      <ul class="assigned-exercises">
        {data.exercises.map((e, i) => {
          const now = dosesNow?.[i];
          const stepped = now !== undefined && programmeDose(now) !== programmeDose(e);
          return (
            <li key={e.exerciseId}>
              <strong>{exerciseById(e.exerciseId)?.title ?? e.exerciseId}</strong>:{' '}
              {programmeDose(e)}
              {stepped && <span> · stepped up to {programmeDose(now)}</span>}
              {e.notes !== undefined && <span class="quiet"> · {e.notes}</span>}
            </li>
          );
        })}
      </ul>
      {data.notes !== undefined && <p class="assigned-notes">{data.notes}</p>}
      {problem !== undefined && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      {confirming ? (
        <fieldset class="assigned-confirm">
          <legend>End “{data.title}”? It leaves their plan on their next sync.</legend>
          <button
            type="button"
            class="button button-danger"
            onClick={async () => {
              const res = await endProgramme(personId, programme.id);
              if (res.ok) onEnded(`“${data.title}” has ended.`);
              else {
                setProblem(res.words);
                setConfirming(false);
              }
            }}
          >
            End it
          </button>
          <button type="button" class="button button-choice" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </fieldset>
      ) : (
        <div class="assigned-actions">
          <button type="button" class="button button-choice" onClick={onEdit}>
            Edit<span class="visually-hidden"> {data.title}</span>
          </button>
          <a
            class="button button-choice clinician-link-button"
            href={handoutHref(personPath, programme.id)}
          >
            Print handout<span class="visually-hidden"> of {data.title}</span>
          </a>
          <button type="button" class="button button-choice" onClick={() => setConfirming(true)}>
            End<span class="visually-hidden"> {data.title}</span>
          </button>
        </div>
      )}
    </li>
  );
}

export function ProgrammesSection({
  personId,
  personName,
  personPath,
  programmes,
  dosesNow,
  today,
  onChanged,
}: {
  personId: string;
  personName: string;
  personPath: string;
  programmes: readonly ProgrammeView[];
  /** Each programme's doses now, where they may step up and its sessions are shared. */
  dosesNow: ReadonlyMap<string, ProgrammeExercise[]>;
  today: string;
  /** A programme was saved or ended: the page reloads the person, and says what happened. */
  onChanged: (words: string) => void;
}) {
  const [editing, setEditing] = useState<ProgrammeView | 'new' | undefined>();
  return (
    <section class="person-section" aria-labelledby="programmes-title">
      <h2 id="programmes-title">Your programmes for {personName}</h2>
      {programmes.length === 0 && editing === undefined && (
        <p>
          None yet. A programme reaches {personName}’s plan on their devices, and the player runs it
          at your doses.
        </p>
      )}
      {programmes.length > 0 && (
        <ul class="assigned-list">
          {programmes.map((p) =>
            editing !== undefined && editing !== 'new' && editing.id === p.id ? null : (
              <ProgrammeCard
                key={p.id}
                personId={personId}
                programme={p}
                dosesNow={dosesNow.get(p.id)}
                today={today}
                personPath={personPath}
                onEdit={() => setEditing(p)}
                onEnded={onChanged}
              />
            ),
          )}
        </ul>
      )}
      {editing === undefined ? (
        <button type="button" class="button" onClick={() => setEditing('new')}>
          New programme
        </button>
      ) : (
        <ProgrammeEditor
          personId={personId}
          personName={personName}
          editing={editing === 'new' ? undefined : editing}
          today={today}
          onSaved={(saved) => {
            setEditing(undefined);
            onChanged(
              editing === 'new'
                ? `“${saved.data.title}” is assigned. It reaches ${personName}’s plan on their next sync.`
                : `“${saved.data.title}” is saved.`,
            );
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}
