/**
 * One question of the check: its words, an explanation behind a disclosure when it uses a word
 * people may not know, and big answer buttons (Yes / No / Not sure, one button per choice, a 0–10
 * row for pain) or a number field. An answer given before is shown selected.
 */
import { useSignal } from '@preact/signals';
import type { Question } from '../../core/triage/questions.js';
import { QuestionExamples } from '../components/question-examples.js';
import type { AnswerValue } from './flow.js';

interface Props {
  question: Question;
  selected?: AnswerValue;
  onAnswer: (value: AnswerValue) => void;
}

const YES_NO_UNSURE: readonly { value: AnswerValue; label: string }[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

function AnswerButtons({
  options,
  selected,
  onAnswer,
  labelledBy,
  describedBy,
}: {
  options: readonly { value: AnswerValue; label: string }[];
  selected?: AnswerValue;
  onAnswer: (value: AnswerValue) => void;
  labelledBy: string;
  describedBy?: string | undefined;
}) {
  return (
    <fieldset class="check-answers" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {options.map((option) => (
        <button
          key={String(option.value)}
          type="button"
          class="check-answer"
          aria-pressed={selected === option.value}
          onClick={() => onAnswer(option.value)}
        >
          {option.label}
          {selected === option.value && <span aria-hidden="true"> ✓</span>}
        </button>
      ))}
    </fieldset>
  );
}

/** 0 to 10 as eleven buttons: one tap, no keyboard to open. */
function ScaleButtons({
  question,
  selected,
  onAnswer,
}: Props & { question: Question & { input: { kind: 'number' } } }) {
  const { min, max, minLabel, maxLabel } = question.input;
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset class="check-fieldset" aria-labelledby="check-question">
      <div class="check-scale">
        {values.map((n) => {
          const label = n === min ? minLabel : n === max ? maxLabel : undefined;
          return (
            <button
              key={n}
              type="button"
              class="check-answer check-scale-button"
              aria-pressed={selected === n}
              aria-label={label === undefined ? String(n) : `${n}: ${label}`}
              onClick={() => onAnswer(n)}
            >
              {n}
            </button>
          );
        })}
      </div>
      {(minLabel !== undefined || maxLabel !== undefined) && (
        <p class="check-scale-ends" aria-hidden="true">
          <span>
            {min}: {minLabel}
          </span>
          <span>
            {max}: {maxLabel}
          </span>
        </p>
      )}
    </fieldset>
  );
}

/** Lengths in days may be given in weeks, months or years; they are turned into whole days. */
const DAY_UNITS = [
  { unit: 'days', days: 1 },
  { unit: 'weeks', days: 7 },
  { unit: 'months', days: 30 },
  { unit: 'years', days: 365 },
] as const;

function NumberField({
  question,
  selected,
  onAnswer,
}: Props & { question: Question & { input: { kind: 'number' } } }) {
  const { min, max, unit } = question.input;
  const inDays = unit === 'days';
  const text = useSignal(typeof selected === 'number' ? String(selected) : '');
  const per = useSignal(1);
  const error = useSignal('');
  const fieldId = `check-number-${question.id}`;
  const unitId = `${fieldId}-unit`;

  const submit = (event: Event) => {
    event.preventDefault();
    const n = Number(text.value.trim());
    const value = Math.round(n * per.value);
    if (text.value.trim() === '' || !Number.isFinite(n) || n < 0 || value < min || value > max) {
      error.value =
        per.value === 1
          ? `Please enter a whole number from ${min} to ${max}.`
          : `Please enter a number from ${min} up to ${Math.floor(max / per.value)}.`;
      return;
    }
    error.value = '';
    onAnswer(value);
  };

  return (
    <form class="check-number" onSubmit={submit} noValidate>
      <div class="check-number-row">
        <label for={fieldId} class="visually-hidden">
          {question.text} ({inDays ? 'number' : unit})
        </label>
        <input
          id={fieldId}
          class="check-input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text.value}
          aria-invalid={error.value !== ''}
          aria-describedby={error.value === '' ? undefined : `${fieldId}-error`}
          onInput={(e) => {
            text.value = (e.currentTarget as HTMLInputElement).value;
          }}
        />
        {inDays ? (
          <>
            <label for={unitId} class="visually-hidden">
              Unit
            </label>
            <select
              id={unitId}
              class="check-select"
              value={String(per.value)}
              onChange={(e) => {
                per.value = Number((e.currentTarget as HTMLSelectElement).value);
              }}
            >
              {DAY_UNITS.map((u) => (
                <option key={u.unit} value={String(u.days)}>
                  {u.unit}
                </option>
              ))}
            </select>
          </>
        ) : (
          <span class="check-unit">{unit}</span>
        )}
      </div>
      {error.value !== '' && (
        <p id={`${fieldId}-error`} class="check-error" role="alert">
          {error.value}
        </p>
      )}
      <button type="submit" class="check-answer check-next">
        Next
      </button>
    </form>
  );
}

export function QuestionView({ question, selected, onAnswer, step }: Props & { step: number }) {
  const { input } = question;
  const describedBy = question.examples === undefined ? undefined : 'check-question-examples';
  return (
    <div class="check-question" data-question={question.id} data-step={step}>
      <h2 id="check-question" class="check-question-text" tabIndex={-1}>
        {question.text}
      </h2>
      <QuestionExamples id="check-question-examples" examples={question.examples} />
      {question.explain !== undefined && (
        <details class="check-explain">
          <summary>What does this mean?</summary>
          <p class="check-explain-text">{question.explain}</p>
        </details>
      )}
      {input.kind === 'yes_no_unsure' && (
        <AnswerButtons
          options={YES_NO_UNSURE}
          selected={selected}
          onAnswer={onAnswer}
          labelledBy="check-question"
          describedBy={describedBy}
        />
      )}
      {input.kind === 'choice' && (
        <AnswerButtons
          // The engine's choice values are exactly the values its answer keys accept.
          options={input.options as readonly { value: AnswerValue; label: string }[]}
          selected={selected}
          onAnswer={onAnswer}
          labelledBy="check-question"
          describedBy={describedBy}
        />
      )}
      {input.kind === 'number' &&
        (input.max - input.min <= 10 ? (
          <ScaleButtons question={{ ...question, input }} selected={selected} onAnswer={onAnswer} />
        ) : (
          <NumberField
            key={question.id}
            question={{ ...question, input }}
            selected={selected}
            onAnswer={onAnswer}
          />
        ))}
    </div>
  );
}
