/**
 * The plan's prompts to run the check ("Worth checking"), where the plan is shown: in full on the
 * plan page, with its heading and a button; inside Today on the home page, as a short callout with
 * a link. One widget, so both say the same and lead to the same check.
 */
import type { PlanPrompt } from '../../core/plan/index.js';
import { PATHS } from '../routes.js';

export function PlanPrompts({
  prompts,
  full,
}: {
  prompts: readonly PlanPrompt[];
  /** On the plan page: a titled section and a button, left out of the printout. */
  full: boolean;
}) {
  if (prompts.length === 0) return null;
  const reasons = prompts.map((p, i) => (
    <p key={i}>
      {p.reason}
      {p.source !== undefined && <span class="quiet"> Source: {p.source}</span>}
    </p>
  ));
  if (!full) {
    return (
      <div class="callout callout-safety">
        {reasons}
        <p>
          <a href={PATHS.check}>Should I see a doctor?</a>
        </p>
      </div>
    );
  }
  return (
    <section aria-labelledby="prompt-heading" class="callout callout-safety plan-prompts">
      <h2 id="prompt-heading">Worth checking</h2>
      {reasons}
      <p class="no-print">
        <a class="button" href={PATHS.check}>
          Should I see a doctor?
        </a>
      </p>
    </section>
  );
}
