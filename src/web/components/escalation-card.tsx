/**
 * When self-care is not enough: a calm card with the reason in the person's own numbers, its
 * source, and one action, plus the check and its emergency signs, always. The most pressing action
 * heads it (do the check now, then see someone within days, then book); other reasons that hold
 * are listed under it. "Not today" puts it aside until tomorrow, never for good. Shared by Today
 * and the diary.
 */

import { sourceLabel } from '../../core/content/sources.js';
import {
  ACTION_WORDS,
  type Escalation,
  type EscalationAction,
} from '../../core/diary/escalation.js';
import { kindPath, PATHS } from '../routes.js';
import './escalation-card.css';

const PRESSING: readonly EscalationAction[] = ['check', 'soon', 'book'];

const HEADINGS: Record<EscalationAction, string> = {
  check: 'Please do the check now',
  soon: 'Time to see a doctor or physiotherapist',
  book: 'Time to book an appointment',
};

export function mostPressing(escalations: readonly Escalation[]): EscalationAction | undefined {
  return PRESSING.find((a) => escalations.some((e) => e.action === a));
}

export function EscalationCard({
  escalations,
  onDismiss,
}: {
  escalations: readonly Escalation[];
  onDismiss: (rules: string[]) => void;
}) {
  const action = mostPressing(escalations);
  if (action === undefined) return null;
  const ordered = [...escalations].sort(
    (a, b) => PRESSING.indexOf(a.action) - PRESSING.indexOf(b.action),
  );
  return (
    <section aria-labelledby="escalation-heading" class="callout escalation-card">
      <h2 id="escalation-heading">{HEADINGS[action]}</h2>
      <ul class="escalation-reasons">
        {ordered.map((e) => (
          <li key={e.rule}>
            <p>{e.reason}</p>
            <p class="escalation-source quiet">Source: {e.sources.map(sourceLabel).join('; ')}</p>
          </li>
        ))}
      </ul>
      {action === 'check' ? (
        <p>
          <a class="button" href={PATHS.check}>
            {ACTION_WORDS.check}
          </a>
        </p>
      ) : (
        <>
          <p class="escalation-action">{ACTION_WORDS[action]}.</p>
          <p>
            <a href={PATHS.check}>Should I see a doctor? Do the check</a>
          </p>
        </>
      )}
      <p>
        <a href={kindPath('warning_sign')}>Signs that need emergency help</a>
      </p>
      <p class="no-print">
        <button
          type="button"
          class="button button-choice"
          onClick={() => onDismiss(escalations.map((e) => e.rule))}
        >
          Not today
        </button>
      </p>
    </section>
  );
}
