/**
 * The account forms' fields: a labelled input with its own error beside it (what to change, in
 * words), and a password field the person can show while they type, since a hidden password is
 * easy to mistype on a phone and a mistyped one locks them out.
 */
import { useState } from 'preact/hooks';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error: string | undefined;
  autocomplete: string;
  hint?: string;
}

/** The ids of a field's hint and error, for its input's aria-describedby (account and clinician forms). */
export function described(id: string, hint: string | undefined, error: string | undefined) {
  const ids = [hint === undefined ? '' : `${id}-hint`, error === undefined ? '' : `${id}-error`];
  const joined = ids.filter((s) => s !== '').join(' ');
  return joined === '' ? undefined : joined;
}

/** The label, the hint and the error, above the input they describe (account and clinician forms). */
export function FieldHead({
  id,
  label,
  hint,
  error,
}: Pick<FieldProps, 'id' | 'label' | 'hint' | 'error'>) {
  return (
    <>
      <label class="field-label" for={id}>
        {label}
      </label>
      {hint !== undefined && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </>
  );
}

export function TextField(props: FieldProps) {
  const { id, value, onInput, error, autocomplete, hint } = props;
  return (
    <div class="account-field">
      <FieldHead {...props} />
      <input
        id={id}
        type="text"
        value={value}
        autocomplete={autocomplete}
        autocapitalize="none"
        spellcheck={false}
        aria-invalid={error !== undefined}
        aria-describedby={described(id, hint, error)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

export function PasswordField(props: FieldProps) {
  const { id, value, onInput, error, autocomplete, hint } = props;
  const [shown, setShown] = useState(false);
  return (
    <div class="account-field">
      <FieldHead {...props} />
      <div class="password-row">
        <input
          id={id}
          type={shown ? 'text' : 'password'}
          value={value}
          autocomplete={autocomplete}
          autocapitalize="none"
          spellcheck={false}
          aria-invalid={error !== undefined}
          aria-describedby={described(id, hint, error)}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        <button
          type="button"
          class="button button-choice"
          aria-pressed={shown}
          aria-controls={id}
          onClick={() => setShown((s) => !s)}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
    </div>
  );
}
