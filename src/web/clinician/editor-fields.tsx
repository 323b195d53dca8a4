/**
 * The programme editor's labelled fields: a whole number within a range, a date, a line and a
 * longer text, each with its hint and its own error above the input and tied to it
 * (aria-describedby), so the server's refusal of a field is read where the field is.
 */
import type { ComponentChildren } from 'preact';
import { described, FieldHead } from '../account/fields.js';

interface Common {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

const describedBy = ({ id, hint, error }: Common) => described(id, hint, error);

function Field(props: Common & { children: ComponentChildren; class?: string }) {
  const { id, label, hint, error, children } = props;
  return (
    <div class={`editor-field ${props.class ?? ''}`}>
      <FieldHead id={id} label={label} hint={hint} error={error} />
      {children}
    </div>
  );
}

export function NumberField(
  props: Common & {
    value: string;
    min: number;
    max: number;
    onInput: (value: string) => void;
  },
) {
  return (
    <Field {...props} class="editor-number">
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={1}
        value={props.value}
        aria-invalid={props.error !== undefined}
        aria-describedby={describedBy(props)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Field>
  );
}

export function DateField(
  props: Common & { value: string; min?: string; onInput: (value: string) => void },
) {
  return (
    <Field {...props} class="editor-date">
      <input
        id={props.id}
        type="date"
        value={props.value}
        min={props.min}
        aria-invalid={props.error !== undefined}
        aria-describedby={describedBy(props)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Field>
  );
}

export function LineField(
  props: Common & { value: string; maxLength: number; onInput: (value: string) => void },
) {
  return (
    <Field {...props}>
      <input
        id={props.id}
        type="text"
        value={props.value}
        maxLength={props.maxLength}
        aria-invalid={props.error !== undefined}
        aria-describedby={describedBy(props)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Field>
  );
}

export function TextField(
  props: Common & {
    value: string;
    maxLength: number;
    rows?: number;
    onInput: (value: string) => void;
  },
) {
  return (
    <Field {...props}>
      <textarea
        id={props.id}
        rows={props.rows ?? 3}
        value={props.value}
        maxLength={props.maxLength}
        aria-invalid={props.error !== undefined}
        aria-describedby={describedBy(props)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Field>
  );
}
