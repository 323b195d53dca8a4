/**
 * The programme editor: a new home programme for one person, or a change to one. Exercises come
 * from the library and start at its dose; hold, reps and sets keep to the library's range for each
 * (shown beside the field); a side is offered only for an exercise done one side at a time. Then
 * how often, the clinician's notes, the start and review dates, and whether doses may step up on
 * their own. Save sends it; a field the server refuses shows its words beside it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ProgrammeView } from '../../core/consent/api.schema.js';
import { MAX_EXERCISES } from '../../core/exercises/dose.js';
import { libraryExercise } from '../../core/plan/catalogue.js';
import {
  DAYS_PER_WEEK,
  NOTE_MAX,
  PROGRAMME_NOTES_MAX,
  SESSIONS_PER_DAY,
  SIDE_WORDS,
  SIDES,
  TITLE_MAX,
} from '../../core/programme/programme.js';
import { duration } from '../format.js';
import { saveProgramme } from './data.js';
import { DateField, LineField, NumberField, TextField } from './editor-fields.js';
import { ExercisePicker } from './exercise-picker.js';
import {
  canAddMore,
  checkDraft,
  type DoseField,
  type DraftErrors,
  detailsOf,
  doseRange,
  draftOf,
  type ExerciseDraft,
  exerciseDraft,
  fieldId,
  newDraft,
  type ProgrammeDraft,
  serverErrors,
} from './programme-form.js';

const DOSE_LABELS: Record<DoseField, string> = {
  holdSeconds: 'Hold, seconds',
  reps: 'Reps',
  sets: 'Sets',
};

function rangeHint(exerciseId: string, field: DoseField): string {
  const { min, max } = doseRange(exerciseId, field);
  if (field === 'holdSeconds' && max >= 120) return `${duration(min)} to ${duration(max)}`;
  return `${min} to ${max}`;
}

function ExerciseFields({
  index,
  draft,
  errors,
  onChange,
  onMoveUp,
  onRemove,
}: {
  index: number;
  draft: ExerciseDraft;
  errors: DraftErrors;
  onChange: (next: ExerciseDraft) => void;
  onMoveUp: (() => void) | undefined;
  onRemove: () => void;
}) {
  const item = libraryExercise(draft.exerciseId);
  const details = detailsOf(draft.exerciseId);
  const title = item?.title ?? draft.exerciseId;
  const path = (f: string) => `exercises.${index}.${f}`;
  const set = (patch: Partial<ExerciseDraft>) => onChange({ ...draft, ...patch });
  const whole = errors[path('exerciseId')] ?? errors[path('side')];
  return (
    <li class="editor-exercise">
      <fieldset>
        <legend>
          {index + 1}. {title}
        </legend>
        {whole !== undefined && <p class="field-error">{whole}</p>}
        <div class="editor-doses">
          {(['holdSeconds', 'reps', 'sets'] as const).map((field) => {
            const range = doseRange(draft.exerciseId, field);
            const label =
              field === 'holdSeconds' && details?.continuous === true
                ? 'How long, seconds'
                : DOSE_LABELS[field];
            return (
              <NumberField
                key={field}
                id={fieldId(path(field))}
                label={label}
                hint={rangeHint(draft.exerciseId, field)}
                min={range.min}
                max={range.max}
                value={draft[field]}
                error={errors[path(field)]}
                onInput={(value) => set({ [field]: value })}
              />
            );
          })}
        </div>
        {details?.perSide === true && (
          <fieldset class="editor-sides">
            <legend>Side</legend>
            {SIDES.map((side) => (
              <label key={side} class="editor-choice">
                <input
                  type="radio"
                  name={`side-${index}`}
                  value={side}
                  checked={draft.side === side}
                  onChange={() => set({ side })}
                />{' '}
                {SIDE_WORDS[side][0]?.toUpperCase()}
                {SIDE_WORDS[side].slice(1)}
              </label>
            ))}
          </fieldset>
        )}
        <TextField
          id={fieldId(path('notes'))}
          label="Your notes on this exercise (optional)"
          rows={2}
          value={draft.notes}
          maxLength={NOTE_MAX}
          error={errors[path('notes')]}
          onInput={(notes) => set({ notes })}
        />
        <div class="editor-exercise-actions">
          {onMoveUp !== undefined && (
            <button type="button" class="button button-choice" onClick={onMoveUp}>
              Move up<span class="visually-hidden"> {title}</span>
            </button>
          )}
          <button type="button" class="button button-choice" onClick={onRemove}>
            Remove<span class="visually-hidden"> {title}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}

export function ProgrammeEditor({
  personId,
  personName,
  editing,
  today,
  onSaved,
  onCancel,
}: {
  personId: string;
  personName: string;
  /** The programme being changed; a new one when absent. */
  editing: ProgrammeView | undefined;
  today: string;
  onSaved: (saved: ProgrammeView) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<ProgrammeDraft>(() =>
    editing === undefined ? newDraft(today) : draftOf(editing.data),
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);
  const [focusId, setFocusId] = useState<string | undefined>('editor-title');

  // Focus follows the work: the editor's heading when it opens, an exercise's first field when
  // it is added, the list of problems when a save is refused.
  useEffect(() => {
    if (focusId === undefined) return;
    document.getElementById(focusId)?.focus();
    setFocusId(undefined);
  }, [focusId]);

  const patch = (next: Partial<ProgrammeDraft>) => setDraft((d) => ({ ...d, ...next }));
  const setExercises = (f: (list: ExerciseDraft[]) => ExerciseDraft[]) =>
    setDraft((d) => ({ ...d, exercises: f(d.exercises) }));

  async function save(event: Event) {
    event.preventDefault();
    const checked = checkDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFocusId('editor-problem');
      return;
    }
    setBusy(true);
    try {
      const res = await saveProgramme(personId, checked.input, editing?.id);
      if (res.ok) {
        onSaved(res.data);
        return;
      }
      const next =
        res.reason === 'problem' && res.fields.length > 0
          ? serverErrors(res.fields, draft)
          : { form: res.words };
      setErrors(next);
      setFocusId('editor-problem');
    } finally {
      setBusy(false);
    }
  }

  const problems = Object.keys(errors).length;
  const title =
    editing === undefined ? `New programme for ${personName}` : `Change “${editing.data.title}”`;

  return (
    <form class="programme-editor" onSubmit={save} noValidate aria-labelledby="editor-title">
      <h3 id="editor-title" tabIndex={-1}>
        {title}
      </h3>
      {problems > 0 && (
        <p id="editor-problem" class="field-error" role="alert" tabIndex={-1}>
          {errors.form ??
            (problems === 1
              ? 'One thing needs a change: see the words beside it.'
              : `${problems} things need a change: see the words beside each.`)}
        </p>
      )}
      <LineField
        id={fieldId('title')}
        label="Title"
        hint="The person sees it on their plan and on the handout."
        value={draft.title}
        maxLength={TITLE_MAX}
        error={errors.title}
        onInput={(title) => patch({ title })}
      />

      <h4 id="editor-exercises">Exercises</h4>
      {errors.exercises !== undefined && (
        <p id={fieldId('exercises')} class="field-error">
          {errors.exercises}
        </p>
      )}
      {draft.exercises.length === 0 ? (
        <p class="quiet">None yet: add them from the library below.</p>
      ) : (
        <ol class="editor-exercises" aria-labelledby="editor-exercises">
          {draft.exercises.map((e, i) => (
            <ExerciseFields
              key={e.exerciseId}
              index={i}
              draft={e}
              errors={errors}
              onChange={(next) => setExercises((list) => list.map((x, j) => (j === i ? next : x)))}
              onMoveUp={
                i === 0
                  ? undefined
                  : () =>
                      setExercises((list) => {
                        const next = [...list];
                        const [moved] = next.splice(i, 1);
                        if (moved !== undefined) next.splice(i - 1, 0, moved);
                        return next;
                      })
              }
              onRemove={() => {
                setExercises((list) => list.filter((_, j) => j !== i));
                setFocusId('picker-search');
              }}
            />
          ))}
        </ol>
      )}
      <ExercisePicker
        chosen={draft.exercises.map((e) => e.exerciseId)}
        full={!canAddMore(draft)}
        onAdd={(exercise) => {
          setExercises((list) => [...list, exerciseDraft(exercise)]);
          setFocusId(fieldId(`exercises.${draft.exercises.length}.holdSeconds`));
        }}
      />
      {!canAddMore(draft) && (
        <p class="quiet">A programme holds at most {MAX_EXERCISES} exercises.</p>
      )}

      <h4>How often</h4>
      <div class="editor-row">
        <NumberField
          id={fieldId('sessionsPerDay')}
          label="Sessions a day"
          hint={`${SESSIONS_PER_DAY.min} to ${SESSIONS_PER_DAY.max}`}
          min={SESSIONS_PER_DAY.min}
          max={SESSIONS_PER_DAY.max}
          value={draft.sessionsPerDay}
          error={errors.sessionsPerDay}
          onInput={(sessionsPerDay) => patch({ sessionsPerDay })}
        />
        <NumberField
          id={fieldId('daysPerWeek')}
          label="Days a week"
          hint={`${DAYS_PER_WEEK.min} to ${DAYS_PER_WEEK.max}`}
          min={DAYS_PER_WEEK.min}
          max={DAYS_PER_WEEK.max}
          value={draft.daysPerWeek}
          error={errors.daysPerWeek}
          onInput={(daysPerWeek) => patch({ daysPerWeek })}
        />
      </div>
      <TextField
        id={fieldId('notes')}
        label="Your notes for the person (optional)"
        hint="In your words: what the programme is for, what to watch for."
        value={draft.notes}
        maxLength={PROGRAMME_NOTES_MAX}
        error={errors.notes}
        onInput={(notes) => patch({ notes })}
      />
      <div class="editor-row">
        <DateField
          id={fieldId('startDate')}
          label="Starts on"
          value={draft.startDate}
          error={errors.startDate}
          onInput={(startDate) => patch({ startDate })}
        />
        <DateField
          id={fieldId('reviewDate')}
          label="Review on"
          value={draft.reviewDate}
          min={draft.startDate}
          error={errors.reviewDate}
          onInput={(reviewDate) => patch({ reviewDate })}
        />
      </div>
      <label class="editor-check">
        <input
          type="checkbox"
          checked={draft.allowProgression}
          onChange={(e) => patch({ allowProgression: e.currentTarget.checked })}
        />
        <span>
          Let doses step up when pain is steady and sessions are done
          <span class="field-hint editor-check-hint">
            A little longer hold, then one more rep, within the library’s range, after a week with
            steady pain, most sessions done and no “This hurts” stop. Nothing ever steps down on its
            own.
          </span>
        </span>
      </label>
      <div class="editor-actions">
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Saving…' : editing === undefined ? 'Save and assign' : 'Save the changes'}
        </button>
        <button type="button" class="button button-choice" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
