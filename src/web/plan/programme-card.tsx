/**
 * The clinician's programmes on the plan page, each a card headed "From Sam Patel, your
 * physiotherapist" and its title: every exercise with its dose now, side and the clinician's
 * notes; how often; this week's sessions; the review date; Start (the player runs the programme
 * and logs against it) and the printable handout. Reads only the device, so it works offline, and
 * reads again when records change here or arrive by sync (a programme changed or ended).
 */
import { useEffect, useState } from 'preact/hooks';
import { aboutMinutes, sessionSeconds } from '../../core/exercises/dose.js';
import { fromWords } from '../../core/programme/programme.js';
import { dayLabel } from '../dates.js';
import { buildSession } from '../player/build.js';
import { sessionPath } from '../player/path.js';
import { itemPath, programmePath } from '../routes.js';
import { deleteRecord, RECORDS_CHANGED } from '../store/records.js';
import { RECORDS_SYNCED } from '../sync/status.js';
import {
  dosesNote,
  howOften,
  programmeDoseWords,
  sideWords,
  steppedUp,
  weekWords,
} from './programme-words.js';
import { loadProgrammes, type ProgrammeNow, programmeSteps } from './programmes.js';
import './programme.css';

/** The programmes on the device, read again whenever records change or arrive. */
function useProgrammes(): ProgrammeNow[] | undefined {
  const [list, setList] = useState<ProgrammeNow[] | undefined>();
  useEffect(() => {
    let live = true;
    const read = () => {
      void loadProgrammes()
        .then((next) => {
          if (live) setList(next);
        })
        .catch(() => {
          if (live) setList([]);
        });
    };
    read();
    window.addEventListener(RECORDS_SYNCED, read);
    window.addEventListener(RECORDS_CHANGED, read);
    return () => {
      live = false;
      window.removeEventListener(RECORDS_SYNCED, read);
      window.removeEventListener(RECORDS_CHANGED, read);
    };
  }, []);
  return list;
}

/**
 * Every programme on the device as a card; nothing at all when there is none, and `onNone` is
 * told when there is none (the last one ended, say).
 */
export function ProgrammeCards(props: { onNone?: () => void }) {
  const list = useProgrammes();
  const none = list !== undefined && list.length === 0;
  const { onNone } = props;
  useEffect(() => {
    if (none) onNone?.();
  }, [none, onNone]);
  if (list === undefined || list.length === 0) return null;
  return (
    <div class="programme-cards no-print">
      {list.map((p) => (
        <ProgrammeCard key={p.id} now={p} />
      ))}
    </div>
  );
}

export function ProgrammeCard({ now }: { now: ProgrammeNow }) {
  const { id, programme, week } = now;
  const [removing, setRemoving] = useState(false);
  const [removeFailed, setRemoveFailed] = useState(false);
  const steps = programmeSteps(now);
  const session = buildSession(
    steps.map((s) => s.item),
    steps.map((s) => s.dose),
  );
  const minutes = aboutMinutes(sessionSeconds(session.exercises, session.transitionSeconds));
  const headingId = `programme-${id}`;
  return (
    <section class="programme-card" aria-labelledby={headingId}>
      <p class="programme-from">{fromWords(programme)}</p>
      <h2 id={headingId} class="programme-title">
        {programme.title}
      </h2>
      {programme.notes !== undefined && (
        <blockquote class="programme-notes">
          <p>{programme.notes}</p>
        </blockquote>
      )}
      <p class="programme-often">
        <strong>{howOften(programme)}</strong>, about {minutes}{' '}
        {minutes === 1 ? 'minute' : 'minutes'} each time.
      </p>
      {now.started && week !== undefined ? (
        <p class="programme-week">{weekWords(week, programme)}</p>
      ) : (
        <p class="programme-week">Starts {dayLabel(programme.startDate)}.</p>
      )}
      <ol class="programme-exercises">
        {steps.map(({ item, exercise }) => {
          const side = sideWords(exercise);
          const set = programme.exercises.find((e) => e.exerciseId === exercise.exerciseId);
          return (
            <li key={exercise.exerciseId} class="programme-exercise">
              <a class="programme-exercise-name" href={itemPath(item.id)}>
                {item.title}
              </a>
              <span class="programme-dose">
                {programmeDoseWords(exercise, item)}
                {steppedUp(exercise, set) && <span class="programme-stepped"> (stepped up)</span>}
              </span>
              {side !== undefined && <span class="programme-side">{side}</span>}
              {exercise.notes !== undefined && (
                <span class="programme-note">
                  <span class="visually-hidden">{programme.clinicianName}’s note: </span>
                  {exercise.notes}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p class="programme-doses-note">{dosesNote(programme)}</p>
      {now.reviewDue ? (
        <p class="callout callout-guidance programme-review">
          Your review date, {dayLabel(programme.reviewDate)}, has come. Check in with{' '}
          {programme.clinicianName}; until then, carry on gently.
        </p>
      ) : (
        <p class="programme-review">
          Review with {programme.clinicianName}: {dayLabel(programme.reviewDate)}.
        </p>
      )}
      <p class="programme-safety">Stop any exercise that hurts, and tap “This hurts” to say so.</p>
      <div class="programme-actions">
        {now.started && steps.length > 0 && (
          <a
            class="button programme-start"
            href={sessionPath(
              steps.map((s) => s.item.id),
              'plan',
              steps.map((s) => s.dose),
              id,
            )}
          >
            Start<span class="visually-hidden"> {programme.title}</span>
          </a>
        )}
        <a class="button button-choice programme-print" href={programmePath(id)}>
          Print handout<span class="visually-hidden"> for {programme.title}</span>
        </a>
      </div>
      {removing ? (
        <div class="callout callout-guidance programme-remove">
          <p>
            Take “{programme.title}” off your plan? {programme.clinicianName} will see it is gone.
            It is best to tell them why.
          </p>
          {removeFailed && <p role="alert">It could not be taken off on this device. Try again.</p>}
          <div class="programme-actions">
            <button
              type="button"
              class="button"
              onClick={() => {
                // The tombstone syncs like any change; the card goes when the list is read again.
                deleteRecord('programme', id).catch(() => setRemoveFailed(true));
              }}
            >
              Take it off my plan
            </button>
            <button type="button" class="button button-choice" onClick={() => setRemoving(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <p class="programme-remove-link">
          <button type="button" class="link-button" onClick={() => setRemoving(true)}>
            Take this programme off my plan…
          </button>
        </p>
      )}
    </section>
  );
}
