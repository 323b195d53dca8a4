/**
 * "What we understood": each thing the person's words told the check, with the words that led to
 * it and a control to change it (Yes / No / Not sure, the question's choices, or a number), then
 * the warning signs their words said were not there, each to be looked at again (those that
 * would call for an ambulance with no answer chosen, so the person chooses). Nothing counts until
 * they confirm; a change here wins over the words.
 */
import { useSignal } from '@preact/signals';
import type { AnswerKey } from '../../core/triage/answers.js';
import { FINDING_LABELS, valueWords } from '../../core/triage/text/index.js';
import type { AnswerValue } from './flow.js';
import { type Row, type Understood, unansweredOf } from './understood.js';

interface Props {
  understood: Understood;
  onChange: (key: AnswerKey, value: AnswerValue) => void;
  /** "That's right, continue". */
  onConfirm: () => void;
  /** Back to the words, as written. */
  onEdit: () => void;
  /** The questions one at a time, when the words gave nothing to go on. */
  onQuestions: () => void;
}

const YES_NO_UNSURE: readonly { value: AnswerValue; label: string }[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

/** The choices a row offers, for a question answered with buttons. */
function optionsOf(row: Row): readonly { value: AnswerValue; label: string }[] {
  const { input } = row.question;
  if (input.kind === 'yes_no_unsure') return YES_NO_UNSURE;
  // The engine's choice values are exactly the values its answer keys accept.
  if (input.kind === 'choice') return input.options as { value: AnswerValue; label: string }[];
  return [];
}

const idOf = (key: AnswerKey) => `check-finding-${key}`;

/** A short line under a finding: the reading's caveat, or that the person changed it. */
function noteOf(row: Row): string | undefined {
  if (row.changed && row.value !== row.read) return 'Changed by you.';
  if (row.ask && !row.changed) return 'We will ask a little more about this.';
  if (row.certainty === 'uncertain' && !row.changed) {
    return 'You were not sure, so we take the careful reading.';
  }
  return undefined;
}

function About({ row }: { row: Row }) {
  const note = noteOf(row);
  return (
    <div id={`${idOf(row.key)}-about`} class="check-finding-about">
      <p class="check-finding-value">
        {row.unanswered ? (
          <strong>Please choose.</strong>
        ) : (
          <strong>{valueWords(row.key, row.value, row.ask && !row.changed)}</strong>
        )}
        {row.quotes.length > 0 && (
          <span class="check-finding-quote">
            {' · you wrote '}
            {row.quotes.map((q) => `“${q}”`).join(', ')}
          </span>
        )}
      </p>
      {note !== undefined && <p class="check-finding-note">{note}</p>}
    </div>
  );
}

function ChoiceRow({
  row,
  showError,
  onChange,
}: {
  row: Row;
  showError: boolean;
  onChange: Props['onChange'];
}) {
  const id = idOf(row.key);
  const options = optionsOf(row);
  const long = options.some((o) => o.label.length > 12);
  const error = showError && row.unanswered;
  return (
    <fieldset
      class="check-finding-set"
      aria-describedby={error ? `${id}-error ${id}-about` : `${id}-about`}
    >
      <legend class="check-finding-label">{FINDING_LABELS[row.key]}</legend>
      <About row={row} />
      <div class={`check-options ${long ? 'check-options-stacked' : 'check-options-row'}`}>
        {options.map((option, i) => (
          <label key={String(option.value)} class="check-option">
            <input
              type="radio"
              name={id}
              id={`${id}-${i}`}
              checked={!row.unanswered && row.value === option.value}
              onChange={() => onChange(row.key, option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          Please choose an answer for this one.
        </p>
      )}
    </fieldset>
  );
}

function NumberRow({
  row,
  draft,
  showError,
  onDraft,
  onBlur,
  onChange,
}: {
  row: Row;
  draft: string | undefined;
  showError: boolean;
  onDraft: (text: string | undefined) => void;
  onBlur: () => void;
  onChange: Props['onChange'];
}) {
  const { input } = row.question;
  if (input.kind !== 'number') return null;
  const id = idOf(row.key);
  const error = showError && draft !== undefined;
  return (
    <div class="check-finding-set">
      <label for={id} class="check-finding-label">
        {FINDING_LABELS[row.key]}
      </label>
      <About row={row} />
      <div class="check-number-row">
        <input
          id={id}
          class="check-input"
          type="number"
          inputMode="numeric"
          min={input.min}
          max={input.max}
          step={1}
          value={draft ?? String(row.value)}
          aria-invalid={error}
          aria-describedby={error ? `${id}-error ${id}-about` : `${id}-about`}
          onInput={(e) => {
            const text = (e.currentTarget as HTMLInputElement).value;
            const n = Number(text);
            if (text.trim() !== '' && Number.isInteger(n) && n >= input.min && n <= input.max) {
              onDraft(undefined);
              onChange(row.key, n);
            } else {
              onDraft(text);
            }
          }}
          onBlur={onBlur}
        />
        <span class="check-unit">{input.unit}</span>
      </div>
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          Please enter a whole number from {input.min} to {input.max}.
        </p>
      )}
    </div>
  );
}

function Rows({
  rows,
  drafts,
  shownErrors,
  onChange,
  onDraft,
  onBlur,
}: {
  rows: readonly Row[];
  drafts: Partial<Record<AnswerKey, string>>;
  shownErrors: ReadonlySet<AnswerKey>;
  onChange: Props['onChange'];
  onDraft: (key: AnswerKey, text: string | undefined) => void;
  onBlur: (key: AnswerKey) => void;
}) {
  return (
    <ul class="check-findings">
      {rows.map((row) => (
        <li key={row.key} class="check-finding" data-finding={row.key}>
          {row.question.input.kind === 'number' ? (
            <NumberRow
              row={row}
              draft={drafts[row.key]}
              showError={shownErrors.has(row.key)}
              onDraft={(text) => onDraft(row.key, text)}
              onBlur={() => onBlur(row.key)}
              onChange={onChange}
            />
          ) : (
            <ChoiceRow row={row} showError={shownErrors.has(row.key)} onChange={onChange} />
          )}
        </li>
      ))}
    </ul>
  );
}

export function UnderstoodView({ understood, onChange, onConfirm, onEdit, onQuestions }: Props) {
  // Numbers being typed that are not (yet) a whole number in range; the last good one still counts.
  const drafts = useSignal<Partial<Record<AnswerKey, string>>>({});
  const shownErrors = useSignal<ReadonlySet<AnswerKey>>(new Set());
  const { found, denied } = understood;

  const setDraft = (key: AnswerKey, text: string | undefined) => {
    const next = { ...drafts.value };
    if (text === undefined) delete next[key];
    else next[key] = text;
    drafts.value = next;
  };
  const showError = (key: AnswerKey) => {
    if (drafts.value[key] !== undefined) shownErrors.value = new Set([...shownErrors.value, key]);
  };
  const confirm = () => {
    const invalid = [
      ...(Object.keys(drafts.value) as AnswerKey[]),
      ...unansweredOf(understood).map((row) => row.key),
    ];
    if (invalid.length > 0) {
      shownErrors.value = new Set([...shownErrors.value, ...invalid]);
      const first = [...found, ...denied].find((row) => invalid.includes(row.key));
      // A number's field, or the first choice of a row still to answer.
      const target =
        first === undefined
          ? undefined
          : first.question.input.kind === 'number'
            ? idOf(first.key)
            : `${idOf(first.key)}-0`;
      if (target !== undefined) document.getElementById(target)?.focus();
      return;
    }
    onConfirm();
  };
  const rows = {
    drafts: drafts.value,
    shownErrors: shownErrors.value,
    onChange,
    onDraft: setDraft,
    onBlur: showError,
  };

  return (
    <div class="check" data-screen="understood">
      <h1 class="check-title">Should I see a doctor?</h1>
      <h2 id="check-understood" class="check-question-text" tabIndex={-1}>
        What we understood
      </h2>
      {found.length === 0 && denied.length === 0 ? (
        <>
          <div class="callout">
            <p>
              We could not pick out anything the check asks about from what you wrote. That is all
              right: you can answer the questions one at a time instead.
            </p>
            <p>
              Or add to what you wrote: how long it has hurt, how bad it is out of 10, and anything
              else you notice, such as numbness, tingling or a change when you go to the toilet.
            </p>
          </div>
          <div class="check-controls check-controls-near">
            <button type="button" class="button check-wide" onClick={onQuestions}>
              Answer questions instead
            </button>
            <button type="button" class="button button-choice check-wide" onClick={onEdit}>
              Change what I wrote
            </button>
          </div>
        </>
      ) : (
        <>
          <p class="check-understood-intro">
            From what you wrote. If we got something wrong, change it here: the result follows your
            answers. Then we ask only what is still open.
          </p>
          {found.length > 0 && <Rows rows={found} {...rows} />}
          {denied.length > 0 && (
            <section class="check-denied" aria-labelledby="check-denied-title">
              <h2 id="check-denied-title" class="check-denied-title">
                You said none of these
              </h2>
              <p class="check-denied-ask">
                Please check each one: if any of these is happening, change it. Where nothing is
                chosen, choose the answer yourself: these signs matter too much to take from a few
                words.
              </p>
              <Rows rows={denied} {...rows} />
            </section>
          )}
          <div class="check-controls check-controls-near">
            <button type="button" class="button check-wide" onClick={confirm}>
              That's right, continue
            </button>
            <button type="button" class="button button-choice check-wide" onClick={onEdit}>
              Change what I wrote
            </button>
          </div>
        </>
      )}
    </div>
  );
}
