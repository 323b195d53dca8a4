/**
 * The screen a "yes" or "not sure" to a safety question shows at once: a call button for the
 * emergency number, what to do from the triage engine's own result, and a way into the full check.
 * Nothing else of the protocol is offered until the answers change.
 */
import type { AnswerKey, Answers } from '../../core/triage/answers.js';
import { REGION_NAMES, type Region } from '../../core/triage/emergency-numbers.js';
import { evaluate } from '../../core/triage/engine.js';
import { CallButtons } from '../components/call-buttons.js';
import { RegionSelect } from '../components/region-select.js';
import { CHECK_PATH } from './paths.js';
import type { SafetyAnswer } from './progress.js';

/** Whether these answers call for the emergency screen: any yes or not sure, or the engine says so. */
export function needsEmergency(answers: Readonly<Record<string, SafetyAnswer>>): boolean {
  const values = Object.values(answers);
  if (values.some((v) => v === true || v === 'unsure')) return true;
  return evaluate(toAnswers(answers)).disposition === 'emergency';
}

function toAnswers(answers: Readonly<Record<string, SafetyAnswer>>): Answers {
  const out: Partial<Record<AnswerKey, SafetyAnswer>> = {};
  for (const [key, value] of Object.entries(answers)) out[key as AnswerKey] = value;
  return out as Answers;
}

/** "the United Kingdom", "Australia": a region's name as it reads after "in". */
function placeName(region: Region): string {
  const name = REGION_NAMES[region];
  return name.startsWith('United') || name.startsWith('European') ? `the ${name}` : name;
}

export function EmergencyScreen({
  answers,
  region,
  onChooseRegion,
  onChangeAnswers,
}: {
  answers: Readonly<Record<string, SafetyAnswer>>;
  region: Region | undefined;
  onChooseRegion: (region: Region | undefined) => void;
  onChangeAnswers: () => void;
}) {
  const result = evaluate(toAnswers(answers), region === undefined ? {} : { region });
  return (
    <div class="relief-emergency">
      <p class="relief-eyebrow">I have a spasm now</p>
      <h1>Get medical help now</h1>
      <p class="lead">
        Your answer can be a sign that needs a doctor straight away. Please do not wait for the
        spasm to settle.
      </p>
      <CallButtons region={region} />
      {region !== undefined && (
        <p class="quiet relief-number-note">
          This is the emergency number in {placeName(region)}. Elsewhere, call your local emergency
          number.
        </p>
      )}
      <RegionSelect id="relief-region" value={region} onChange={onChooseRegion} />

      <section aria-labelledby="emergency-do">
        <h2 id="emergency-do">What to do</h2>
        <ol class="steps">
          {result.actions.map((action) => (
            <li key={action.id}>{action.text}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="emergency-why">
        <h2 id="emergency-why">Why</h2>
        <ul>
          {result.reasons.map((reason) => (
            <li key={reason.finding}>
              {reason.text} <span class="quiet">Source: {reason.source}.</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="emergency-wait" class="callout callout-safety">
        <h2 id="emergency-wait">While you wait</h2>
        <ul>
          {result.safetyNet.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <div class="relief-end-links">
        <a class="button button-choice relief-big relief-link-button" href={CHECK_PATH}>
          Go through the full check
        </a>
        <button type="button" class="button button-choice relief-big" onClick={onChangeAnswers}>
          I tapped the wrong answer
        </button>
      </div>
    </div>
  );
}
