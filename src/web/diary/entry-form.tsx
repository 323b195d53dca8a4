/**
 * A diary entry, quick or full: the pain in one tap (kept at once), and, folded away, where it
 * hurts, what set it off, what helped, a disturbed night, one hard activity and how well it went,
 * a note, and "this episode is over". The same form edits an entry from the timeline. Every field
 * is checked here before anything is kept, and the record layer checks it again.
 */
import { useState } from 'preact/hooks';
import {
  type DiaryEntry,
  type DiaryEntryData,
  HELPED,
  type Helped,
  NAME_MAX,
  NOTE_MAX,
  SET_OFF_BY,
  type SetOffBy,
  WHERE,
  type Where,
} from '../../core/diary/entry.js';
import { HELPED_WORDS, SET_OFF_BY_WORDS, WHERE_WORDS } from '../../core/diary/words.js';
import type { PainScore } from '../../core/units.js';
import { PainScale } from '../components/pain-scale.js';
import { clockTime } from '../dates.js';
import { saveEntry, saveScore } from './data.js';

interface Details {
  where: Where[];
  setOffBy: SetOffBy[];
  helped: Helped[];
  medicine: string;
  sleepDisturbed: boolean;
  activity: string;
  managed: PainScore | undefined;
  note: string;
  episodeOver: boolean;
}

function detailsOf(entry: DiaryEntry | undefined): Details {
  return {
    where: entry?.where ?? [],
    setOffBy: entry?.setOffBy ?? [],
    helped: entry?.helped ?? [],
    medicine: entry?.medicine ?? '',
    sleepDisturbed: entry?.sleepDisturbed ?? false,
    activity: entry?.activity?.name ?? '',
    managed: entry?.activity?.managed0to10,
    note: entry?.note ?? '',
    episodeOver: entry?.episodeOver ?? false,
  };
}

type Errors = Partial<Record<'medicine' | 'activity' | 'managed' | 'note', string>>;

function check(d: Details): Errors {
  const errors: Errors = {};
  if (d.helped.includes('medicine') && d.medicine.trim().length > NAME_MAX) {
    errors.medicine = `Keep the medicine's name to ${NAME_MAX} characters.`;
  }
  if (d.activity.trim() !== '' && d.managed === undefined) {
    errors.managed = 'Choose how well you managed it, 0 to 10, or clear the activity.';
  }
  if (d.activity.trim() === '' && d.managed !== undefined) {
    errors.activity = 'Say which activity, or clear the score below.';
  }
  if (d.activity.trim().length > NAME_MAX) {
    errors.activity = `Keep the activity to ${NAME_MAX} characters.`;
  }
  if (d.note.length > NOTE_MAX) errors.note = `Keep the note to ${NOTE_MAX} characters.`;
  return errors;
}

/** The entry's data: the score and time, and only the details given. */
function dataOf(base: DiaryEntryData, d: Details): DiaryEntryData {
  const medicine = d.medicine.trim();
  const activity = d.activity.trim();
  return {
    at: base.at,
    pain0to10: base.pain0to10,
    ...(d.where.length > 0 ? { where: d.where } : {}),
    ...(d.setOffBy.length > 0 ? { setOffBy: d.setOffBy } : {}),
    ...(d.helped.length > 0 ? { helped: d.helped } : {}),
    ...(d.helped.includes('medicine') && medicine !== '' ? { medicine } : {}),
    ...(d.sleepDisturbed ? { sleepDisturbed: true } : {}),
    ...(activity !== '' && d.managed !== undefined
      ? { activity: { name: activity, managed0to10: d.managed } }
      : {}),
    ...(d.note.trim() !== '' ? { note: d.note.trim() } : {}),
    ...(d.episodeOver ? { episodeOver: true } : {}),
  };
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

function Choices<T extends string>({
  legend,
  name,
  options,
  words,
  chosen,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  words: Record<T, string>;
  chosen: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset class="diary-choices">
      <legend class="field-label">{legend}</legend>
      {options.map((o) => (
        <label key={o} class="diary-check">
          <input
            type="checkbox"
            name={name}
            value={o}
            checked={chosen.includes(o)}
            onChange={(e) => onChange(toggle(chosen, o, (e.target as HTMLInputElement).checked))}
          />
          {words[o]}
        </label>
      ))}
    </fieldset>
  );
}

export function EntryForm({
  editing,
  timeZone,
  onSaved,
  onCancel,
}: {
  /** The entry being edited, or undefined for a new one. */
  editing?: DiaryEntry | undefined;
  timeZone: string;
  onSaved: (entry: DiaryEntry) => void;
  onCancel?: () => void;
}) {
  const [entry, setEntry] = useState<DiaryEntry | undefined>(editing);
  const [details, setDetails] = useState<Details>(detailsOf(editing));
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState(editing !== undefined);
  const set = (patch: Partial<Details>) => setDetails((d) => ({ ...d, ...patch }));

  const choose = async (pain: PainScore) => {
    try {
      const kept =
        entry === undefined
          ? await saveScore(pain)
          : await saveEntry(dataOf({ at: entry.at, pain0to10: pain }, details), entry.id);
      setEntry(kept);
      setStatus(`Kept: ${pain} out of 10 at ${clockTime(kept.at, timeZone)}.`);
      onSaved(kept);
    } catch {
      setStatus('That score could not be kept on this device. Try again.');
    }
  };

  const saveDetails = async (event: Event) => {
    event.preventDefault();
    if (entry === undefined) {
      setStatus('Choose how bad the pain is first, 0 to 10.');
      document.getElementById('diary-pain')?.focus();
      return;
    }
    const found = check(details);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first !== undefined) {
      document.getElementById(`diary-${first}`)?.focus();
      return;
    }
    try {
      const kept = await saveEntry(dataOf(entry, details), entry.id);
      setEntry(kept);
      setStatus('Details kept.');
      onSaved(kept);
      if (editing !== undefined) onCancel?.();
    } catch {
      setStatus('The details could not be kept on this device. Try again.');
    }
  };

  const field = (name: keyof Errors) =>
    errors[name] === undefined
      ? {}
      : { 'aria-invalid': true as const, 'aria-describedby': `diary-${name}-error` };
  const error = (name: keyof Errors) =>
    errors[name] === undefined ? null : (
      <p id={`diary-${name}-error`} class="field-error">
        {errors[name]}
      </p>
    );

  return (
    <form class="diary-entry-form" onSubmit={saveDetails} noValidate>
      <PainScale
        id="diary-pain"
        legend={editing === undefined ? 'How is your back now? Pain 0 to 10' : 'Pain, 0 to 10'}
        value={entry?.pain0to10}
        onChoose={(p) => void choose(p)}
      />
      <p class="diary-status" role="status">
        {status}
      </p>
      <details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>Add where it hurts, what helped and more</summary>
        <Choices
          legend="Where it hurts"
          name="where"
          options={WHERE}
          words={WHERE_WORDS}
          chosen={details.where}
          onChange={(where) => set({ where })}
        />
        <Choices
          legend="What set it off"
          name="setOffBy"
          options={SET_OFF_BY}
          words={SET_OFF_BY_WORDS}
          chosen={details.setOffBy}
          onChange={(setOffBy) => set({ setOffBy })}
        />
        <Choices
          legend="What helped"
          name="helped"
          options={HELPED}
          words={HELPED_WORDS}
          chosen={details.helped}
          onChange={(helped) => set({ helped })}
        />
        {details.helped.includes('medicine') && (
          <p>
            <label class="field-label" for="diary-medicine">
              Which medicine? Its name only, not the dose
            </label>
            {error('medicine')}
            <input
              id="diary-medicine"
              type="text"
              class="diary-input"
              maxLength={NAME_MAX + 10}
              value={details.medicine}
              onInput={(e) => set({ medicine: (e.target as HTMLInputElement).value })}
              {...field('medicine')}
            />
          </p>
        )}
        <label class="diary-check">
          <input
            type="checkbox"
            checked={details.sleepDisturbed}
            onChange={(e) => set({ sleepDisturbed: (e.target as HTMLInputElement).checked })}
          />
          The pain disturbed my sleep
        </label>
        <p>
          <label class="field-label" for="diary-activity">
            One thing that is hard to do (for example, putting on socks)
          </label>
          {error('activity')}
          <input
            id="diary-activity"
            type="text"
            class="diary-input"
            maxLength={NAME_MAX + 10}
            value={details.activity}
            onInput={(e) => set({ activity: (e.target as HTMLInputElement).value })}
            {...field('activity')}
          />
        </p>
        <PainScale
          id="diary-managed"
          legend="How well did you manage it? 0 not at all, 10 fully"
          value={details.managed}
          ends={['0 not at all', '10 fully']}
          onChoose={(managed) => set({ managed })}
          {...(errors.managed === undefined ? {} : { error: errors.managed })}
        />
        <p>
          <label class="field-label" for="diary-note">
            A note (optional)
          </label>
          {error('note')}
          <textarea
            id="diary-note"
            class="diary-input"
            rows={3}
            value={details.note}
            onInput={(e) => set({ note: (e.target as HTMLTextAreaElement).value })}
            {...field('note')}
          />
          <span class="quiet">
            {details.note.length} of {NOTE_MAX} characters
          </span>
        </p>
        <label class="diary-check">
          <input
            type="checkbox"
            checked={details.episodeOver}
            onChange={(e) => set({ episodeOver: (e.target as HTMLInputElement).checked })}
          />
          This episode of pain is over
        </label>
        <p class="diary-form-actions">
          <button type="submit" class="button">
            Keep the details
          </button>
          {onCancel !== undefined && (
            <button type="button" class="button button-choice" onClick={onCancel}>
              Cancel
            </button>
          )}
        </p>
      </details>
    </form>
  );
}
