/**
 * A result of the check, as the person sees it straight after answering and again from their
 * history. The disposition shows in words, colour and icon together; then how soon, what to do
 * now, why (each reason with its source) and what should make them check again. An emergency
 * takes the whole screen, with the call button first.
 */
import type { ComponentChildren } from 'preact';
import { DISPOSITION_INFO, type Disposition } from '../../core/triage/dispositions.js';
import type { Region } from '../../core/triage/emergency-numbers.js';
import type { Reason } from '../../core/triage/engine.js';
import type { Action } from '../../core/triage/rules.js';
import { CallButtons, callHeading } from '../components/call-buttons.js';
import { itemPath } from '../routes.js';
import { DispositionIcon } from './icons.js';
import { actionReading, DISPOSITION_VIEW, RELIEF_PATH, SELF_CARE_READING } from './presentation.js';
import { CheckRegionSelect } from './region-select.js';

export interface ShownResult {
  disposition: Disposition;
  reasons: readonly Reason[];
  actions: readonly Action[];
  safetyNet: readonly string[];
}

interface Props {
  result: ShownResult;
  /** The region whose number the call button dials; undefined offers the main numbers. */
  region: Region | undefined;
  /** A line above the heading, such as the date of a past check. */
  context?: string;
  /** Buttons at the end: start again, history, change an answer. */
  children?: ComponentChildren;
}

export function DispositionBadge({ disposition }: { disposition: Disposition }) {
  return (
    <span class={`check-badge check-tone-${disposition}`}>
      <DispositionIcon disposition={disposition} size={24} />
      <span>{DISPOSITION_VIEW[disposition].label}</span>
    </span>
  );
}

function Actions({ actions }: { actions: readonly Action[] }) {
  return (
    <ol class="check-actions">
      {actions.map((action) => {
        const reading = actionReading(action);
        return (
          <li key={action.id}>
            {action.text}
            {reading !== undefined && (
              <>
                {' '}
                <a href={reading.href} class="check-read">
                  {reading.label}
                </a>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function Reasons({ reasons }: { reasons: readonly Reason[] }) {
  return (
    <ul class="check-reasons">
      {reasons.map((reason) => (
        <li key={reason.finding + reason.text} class="check-reason">
          <p class="check-reason-text">{reason.text}</p>
          <p class="check-source">Source: {reason.source}</p>
        </li>
      ))}
    </ul>
  );
}

function SafetyNet({ lines }: { lines: readonly string[] }) {
  return (
    <ul class="check-safety-net">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function EmergencyResult({ result, region, context, children }: Props) {
  return (
    <section class="check-result check-emergency" data-disposition="emergency">
      {context !== undefined && <p class="check-context">{context}</p>}
      <DispositionBadge disposition="emergency" />
      <h1 id="check-heading">{callHeading(region)}</h1>
      <p class="check-meaning">{DISPOSITION_INFO.emergency.meaning}</p>
      <CallButtons region={region} />
      <CheckRegionSelect />
      <h2>What to do now</h2>
      <Actions actions={result.actions} />
      <h2>Why</h2>
      <Reasons reasons={result.reasons} />
      <h2>While you wait</h2>
      <SafetyNet lines={result.safetyNet} />
      {children}
    </section>
  );
}

export function ResultView(props: Props) {
  const { result, context, children } = props;
  const { disposition } = result;
  if (disposition === 'emergency') return <EmergencyResult {...props} />;
  const info = DISPOSITION_INFO[disposition];
  const mayWait = disposition === 'self_care' || disposition === 'soon';
  return (
    <section class={`check-result check-tone-${disposition}`} data-disposition={disposition}>
      {context !== undefined && <p class="check-context">{context}</p>}
      <div class="check-banner">
        <DispositionIcon disposition={disposition} size={40} />
        <div>
          <p class="check-banner-label">{DISPOSITION_VIEW[disposition].label}</p>
          <h1 id="check-heading">{info.title}</h1>
        </div>
      </div>
      <p class="check-meaning">{info.meaning}</p>
      <p class="check-when">
        <strong>How soon:</strong> {DISPOSITION_VIEW[disposition].when}
      </p>
      {mayWait && (
        <a class="card check-relief" href={RELIEF_PATH}>
          <span class="card-title">I have a spasm now</span>
          <span class="card-text">Step-by-step relief for the next 20 minutes.</span>
        </a>
      )}
      <h2>What to do now</h2>
      <Actions actions={result.actions} />
      <h2>Why we say this</h2>
      <Reasons reasons={result.reasons} />
      <h2>Check again or get help if things change</h2>
      <SafetyNet lines={result.safetyNet} />
      {mayWait && (
        <>
          <h2>Read next</h2>
          <ul class="link-list">
            {SELF_CARE_READING.map((r) => (
              <li key={r.id}>
                <a href={itemPath(r.id)}>{r.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {children}
    </section>
  );
}
