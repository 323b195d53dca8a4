/**
 * The four things a person can let a clinician see, as checkboxes: each with its title and, read
 * out as its description, what it holds in the person's words (core/consent/scopes.ts). The whole
 * row is the tap target. Used to make a share code and to change what a clinician sees.
 */
import { CONSENT_SCOPES, type ConsentScope, SCOPE_WORDS } from '../../core/consent/scopes.js';
import { inOrder } from './words.js';

export function ScopeChoices(props: {
  /** Unique on the page: the ids of the inputs start with it. */
  id: string;
  legend: string;
  value: readonly ConsentScope[];
  onChange: (scopes: ConsentScope[]) => void;
  error?: string | undefined;
  disabled?: boolean;
}) {
  const { id, value, error } = props;
  const toggle = (scope: ConsentScope, on: boolean) => {
    const others = value.filter((s) => s !== scope);
    props.onChange(inOrder(on ? [...others, scope] : others));
  };
  return (
    <fieldset
      class="scope-choices"
      aria-describedby={error === undefined ? undefined : `${id}-error`}
      disabled={props.disabled}
    >
      <legend class="scope-legend">{props.legend}</legend>
      {error !== undefined && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
      <ul class="scope-list">
        {CONSENT_SCOPES.map((scope) => (
          <li key={scope}>
            <label class="scope-choice">
              <input
                type="checkbox"
                checked={value.includes(scope)}
                aria-labelledby={`${id}-${scope}-title`}
                aria-describedby={`${id}-${scope}-detail`}
                onChange={(e) => toggle(scope, e.currentTarget.checked)}
              />
              <span class="scope-text">
                <span id={`${id}-${scope}-title`} class="scope-title">
                  {SCOPE_WORDS[scope].title}
                </span>
                <span id={`${id}-${scope}-detail`} class="scope-detail">
                  {SCOPE_WORDS[scope].detail}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The titles of the scopes shared, as a short list. */
export function ScopeList({ scopes }: { scopes: readonly ConsentScope[] }) {
  return (
    <ul class="scope-shown">
      {inOrder(scopes).map((scope) => (
        <li key={scope}>{SCOPE_WORDS[scope].title}</li>
      ))}
    </ul>
  );
}
