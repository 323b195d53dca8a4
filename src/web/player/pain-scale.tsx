/**
 * "Pain now, 0 to 10" as eleven big buttons, always optional: a person in pain should not have to
 * think about a slider. 0 is a real score, so "none chosen" is `undefined`, never 0.
 */
export function PainScale({
  legend,
  value,
  onChoose,
}: {
  legend: string;
  value: number | undefined;
  onChoose: (score: number) => void;
}) {
  return (
    <fieldset class="pain-scale">
      <legend class="field-label">{legend}</legend>
      <div class="pain-buttons">
        {Array.from({ length: 11 }, (_, score) => (
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
