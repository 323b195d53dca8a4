/**
 * The parts of an item page beyond its body: cautions, where current guidance differs from an
 * article, an exercise's dose, a warning sign's urgency, a treatment's benefits and evidence, and
 * pros and cons. Each is shown only when the item has it.
 */
import { EVIDENCE_LABELS } from '../../core/content/constants.js';
import type {
  ContentItem,
  DoseGuide,
  Evidence,
  GuidelineNote,
  Phase,
} from '../../core/content/schema.js';
import { articlesLabel } from '../../core/content/sources.js';
import { InlineSources } from './sources.js';

export function Cautions({ cautions }: { cautions: readonly string[] }) {
  if (cautions.length === 0) return null;
  return (
    <aside class="callout callout-caution" aria-label="Take care">
      <h2 class="callout-title">Take care</h2>
      <ul>
        {cautions.map((caution) => (
          <li key={caution}>{caution}</li>
        ))}
      </ul>
    </aside>
  );
}

export function GuidelineNotes({ notes }: { notes: readonly GuidelineNote[] }) {
  if (notes.length === 0) return null;
  // One landmark for all the notes: a screen reader lists each landmark by name, and two named
  // alike would read as the same place.
  return (
    <aside class="callout callout-guidance" aria-label="Current guidance">
      {notes.map((note) => (
        <div key={note.text} class="guidance-note">
          <p>
            <strong>Current guidance differs from {articlesLabel(note.differsFrom)}.</strong>{' '}
            {note.text}
          </p>
          <InlineSources sources={note.sources} />
        </div>
      ))}
    </aside>
  );
}

const PHASE_LABELS: Record<Phase, string> = {
  acute: 'during a spasm',
  recovery: 'while recovering',
  prevention: 'to prevent the next one',
};

function range(r: { min: number; max: number; default: number }, unit: string): string {
  if (r.min === r.max) return `${r.min} ${unit}`;
  return `${r.min}–${r.max} ${unit} (start with ${r.default})`;
}

export function Dose({ dose }: { dose: DoseGuide }) {
  const phases = dose.phases.map((p) => PHASE_LABELS[p]);
  return (
    <section aria-labelledby="dose-heading" class="dose">
      <h2 id="dose-heading">How much</h2>
      <dl class="facts">
        {dose.holdSeconds.max > 0 && (
          <div>
            <dt>Hold</dt>
            <dd>{range(dose.holdSeconds, 'seconds')}</dd>
          </div>
        )}
        <div>
          <dt>Repetitions</dt>
          <dd>{range(dose.reps, 'times')}</dd>
        </div>
        <div>
          <dt>Sets</dt>
          <dd>{dose.sets}</dd>
        </div>
        <div>
          <dt>How often</dt>
          <dd>{dose.frequency}</dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>{phases.join(', ')}</dd>
        </div>
      </dl>
    </section>
  );
}

type Urgency = NonNullable<ContentItem['urgency']>;

const URGENCY_TEXT: Record<Urgency, { label: string; advice: string }> = {
  emergency: {
    label: 'Emergency',
    advice: 'Get help now: call your local emergency number or go to an emergency department.',
  },
  urgent: {
    label: 'Urgent',
    advice: 'Speak to a doctor today, or call your local urgent care line.',
  },
  soon: {
    label: 'See a doctor soon',
    advice: 'Make an appointment with your doctor; it does not need to be today.',
  },
};

export function UrgencyBanner({ urgency }: { urgency: Urgency }) {
  const text = URGENCY_TEXT[urgency];
  return (
    <div class={`urgency urgency-${urgency}`}>
      <p class="urgency-label">{text.label}</p>
      <p>{text.advice}</p>
    </div>
  );
}

export function Benefits({ benefits }: { benefits: readonly string[] }) {
  return (
    <section aria-labelledby="benefits-heading">
      <h2 id="benefits-heading">What it can help with</h2>
      <ul>
        {benefits.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
    </section>
  );
}

export function EvidenceSummary({ evidence }: { evidence: Evidence }) {
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">How good the evidence is</h2>
      <p>
        <span class={`badge evidence-${evidence.level}`}>{EVIDENCE_LABELS[evidence.level]}</span>
      </p>
      <p>{evidence.summary}</p>
      <InlineSources sources={evidence.sources} />
    </section>
  );
}

export function ProsCons({
  pros,
  cons,
  headingLevel = 2,
}: {
  pros: readonly string[] | undefined;
  cons: readonly string[] | undefined;
  headingLevel?: 2 | 3;
}) {
  if ((pros?.length ?? 0) === 0 && (cons?.length ?? 0) === 0) return null;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="pros-cons">
      {pros !== undefined && pros.length > 0 && (
        <div class="pros">
          <H>Pros</H>
          <ul>
            {pros.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {cons !== undefined && cons.length > 0 && (
        <div class="cons">
          <H>Cons</H>
          <ul>
            {cons.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
