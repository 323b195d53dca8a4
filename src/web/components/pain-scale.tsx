/**
 * "Pain now, 0 to 10" as eleven big buttons: a person in pain should not have to
 * think about a slider. 0 is a real score, so "none chosen" is `undefined`, never 0. Shared by the
 * player, the plan's profile and Today's check-in.
 */
import { PAIN_SCORES, type PainScore } from '../../core/units.js';
import './pain-scale.css';

export function PainScale({
  legend,
  value,
  onChoose,
  id,
  error,
  ends = ['0 no pain', '10 worst'],
}: {
  legend: string;
  value: PainScore | undefined;
  onChoose: (score: PainScore) => void;
  /** Given to the first button, so a form can move focus to the scale. */
  id?: string;
  /** What to fix, shown under the legend and read with the buttons. */
  error?: string;
  /** What 0 and 10 mean, when the scale is not pain. */
  ends?: readonly [string, string];
}) {
  const errorId = id === undefined ? undefined : `${id}-error`;
  return (
    <fieldset
      class={error === undefined ? 'pain-scale' : 'pain-scale has-error'}
      aria-describedby={error === undefined ? undefined : errorId}
    >
      <legend class="field-label">{legend}</legend>
      {error !== undefined && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
      <div class="pain-buttons">
        {PAIN_SCORES.map((score) => (
          <button
            key={score}
            id={score === 0 ? id : undefined}
            type="button"
            class="button button-choice pain-button"
            aria-pressed={value === score}
            onClick={() => onChoose(score)}
          >
            {score}
          </button>
        ))}
      </div>
      <p class="pain-ends" aria-hidden="true">
        <span>{ends[0]}</span>
        <span>{ends[1]}</span>
      </p>
    </fieldset>
  );
}
