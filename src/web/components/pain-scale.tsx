/**
 * "Pain now, 0 to 10" as eleven big buttons, always optional: a person in pain should not have to
 * think about a slider. 0 is a real score, so "none chosen" is `undefined`, never 0. Shared by the
 * player, the plan's profile and Today's check-in.
 */
import { PAIN_SCORES, type PainScore } from '../../core/units.js';
import './pain-scale.css';

export function PainScale({
  legend,
  value,
  onChoose,
}: {
  legend: string;
  value: PainScore | undefined;
  onChoose: (score: PainScore) => void;
}) {
  return (
    <fieldset class="pain-scale">
      <legend class="field-label">{legend}</legend>
      <div class="pain-buttons">
        {PAIN_SCORES.map((score) => (
          <button
            key={score}
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
        <span>0 no pain</span>
        <span>10 worst</span>
      </p>
    </fieldset>
  );
}
