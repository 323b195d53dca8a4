/**
 * "I have a spasm now": the relief protocol one step per screen, with where the person is ("Step 2
 * of 9"), Back and Next on every step, and the emergency screen the moment a safety answer calls
 * for it. The safety questions are never passed silently: Next with one unanswered asks first.
 * Progress is kept on the device for the day, so a reload returns to the same step.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { reliefProtocol } from '../../core/relief/protocol.js';
import type { Region } from '../../core/triage/emergency-numbers.js';
import { usePageTitle } from '../page.js';
import { inferredRegion, resolveRegion, saveRegion } from '../region.js';
import { PATHS } from '../routes.js';
import { EmergencyScreen, needsEmergency } from './emergency.js';
import { CHECK_PATH } from './paths.js';
import { loadProgress, type ReliefProgress, type SafetyAnswer, saveProgress } from './progress.js';
import { StepBody, StepMore } from './steps.js';
import './relief.css';

const STEPS = reliefProtocol();

/** The safety questions of the step at `index` that have no answer yet (none on other steps). */
function unansweredAt(index: number, answers: Readonly<Record<string, SafetyAnswer>>): string[] {
  const step = STEPS[index];
  if (step?.kind !== 'questions') return [];
  return step.questionIds.filter((id) => answers[id] === undefined);
}

function StepList({ index, onJump }: { index: number; onJump: (i: number) => void }) {
  return (
    <details class="relief-step-list">
      <summary>All steps</summary>
      <ol>
        {STEPS.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              class="relief-jump"
              aria-current={i === index ? 'step' : undefined}
              onClick={() => onJump(i)}
            >
              {step.title}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}

function Progress({ index }: { index: number }) {
  const total = STEPS.length;
  return (
    <div class="relief-progress">
      <p class="relief-eyebrow">
        I have a spasm now
        <span class="relief-count">
          {index < total ? `Step ${index + 1} of ${total}` : 'All steps done'}
        </span>
      </p>
      <ol class="relief-dots" aria-hidden="true">
        {STEPS.map((step, i) => (
          <li
            key={step.id}
            class={i < index ? 'is-past' : i === index ? 'is-current' : undefined}
          />
        ))}
      </ol>
    </div>
  );
}

function StepButtons({
  index,
  onBack,
  onNext,
}: {
  index: number;
  onBack: () => void;
  onNext: () => void;
}) {
  const last = index === STEPS.length - 1;
  return (
    <nav class="relief-nav" aria-label="Steps">
      <button
        type="button"
        class="button button-choice relief-big relief-back"
        onClick={onBack}
        disabled={index === 0}
      >
        Back
      </button>
      <button type="button" class="button relief-big relief-next" onClick={onNext}>
        {last ? 'Finish' : 'Next'}
      </button>
    </nav>
  );
}

/**
 * Asked when Next is pressed with safety questions unanswered: these signs can need help at once,
 * so going on without them is the person's choice, made knowingly.
 */
function UnansweredPrompt({
  count,
  onAnswer,
  onGoOn,
}: {
  count: number;
  onAnswer: () => void;
  onGoOn: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'center' });
    box.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      ref={box}
      class="callout callout-caution relief-unanswered"
      role="alert"
      tabIndex={-1}
      aria-labelledby="relief-unanswered-title"
    >
      <p id="relief-unanswered-title">
        <strong>
          {count === 1
            ? 'One question has no answer yet.'
            : count === 2
              ? 'Two questions have no answer yet.'
              : 'None of the questions has an answer yet.'}
        </strong>{' '}
        These signs can mean you need help straight away, so please answer them if you can.
      </p>
      <div class="relief-end-links">
        <button type="button" class="button relief-big" onClick={onAnswer}>
          Answer the questions
        </button>
        <button type="button" class="button button-choice relief-big" onClick={onGoOn}>
          Go on without answering
        </button>
      </div>
    </div>
  );
}

function Finished({ onBack, onRestart }: { onBack: () => void; onRestart: () => void }) {
  return (
    <>
      <h1>That is every step</h1>
      <p class="lead">
        Well done for looking after your back. Keep moving gently, and be patient with it: most
        spasms ease within days.
      </p>
      <div class="callout">
        <p>
          If it is not getting better after a few days, it gets worse, or something new appears, do
          the check again or see a doctor.
        </p>
      </div>
      <div class="relief-end-links">
        <a class="button relief-big relief-link-button" href={CHECK_PATH}>
          Do the full check
        </a>
        <a class="button button-choice relief-big relief-link-button" href={PATHS.home}>
          Back to the home page
        </a>
        <button type="button" class="button button-choice relief-big" onClick={onRestart}>
          Start the steps again
        </button>
        <button type="button" class="button button-choice relief-big" onClick={onBack}>
          Back to the last step
        </button>
      </div>
    </>
  );
}

export function SpasmPage() {
  usePageTitle('I have a spasm now');
  const [progress, setProgress] = useState<ReliefProgress>(() => loadProgress(STEPS.length));
  const [region, setRegion] = useState<Region | undefined>(inferredRegion);
  const [askUnanswered, setAskUnanswered] = useState(false);
  const moved = useRef(false);

  useEffect(() => {
    let live = true;
    void resolveRegion().then((r) => {
      if (live) setRegion(r);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => saveProgress(progress), [progress]);

  const emergency = needsEmergency(progress.answers);

  // After a step change, the new step's heading takes focus so a screen reader says where we are.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    window.scrollTo(0, 0);
    const heading = document.querySelector<HTMLElement>('#main h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }, [progress.step, emergency]);

  const go = (step: number) => {
    moved.current = true;
    setAskUnanswered(false);
    setProgress((p) => ({ ...p, step: Math.max(0, Math.min(STEPS.length, step)) }));
  };
  const onAnswer = (id: string, value: SafetyAnswer) => {
    if (value !== false) moved.current = true;
    const answers = { ...progress.answers, [id]: value };
    // The prompt goes once nothing is left unanswered.
    if (unansweredAt(progress.step, answers).length === 0) setAskUnanswered(false);
    setProgress({ ...progress, answers });
  };
  const onChangeAnswers = () => {
    moved.current = true;
    const questionsAt = STEPS.findIndex((s) => s.kind === 'questions');
    setProgress({ step: Math.max(0, questionsAt), answers: {} });
  };

  if (emergency) {
    return (
      <EmergencyScreen
        answers={progress.answers}
        region={region}
        onChooseRegion={(chosen) => {
          setRegion(chosen);
          // The choice holds for this visit even if the device cannot keep it.
          saveRegion(chosen).catch(() => {});
        }}
        onChangeAnswers={onChangeAnswers}
      />
    );
  }

  const index = progress.step;
  const step = STEPS[index];
  if (step === undefined) {
    return (
      <div class="relief">
        <Progress index={index} />
        <Finished
          onBack={() => go(STEPS.length - 1)}
          onRestart={() => {
            moved.current = true;
            setProgress({ step: 0, answers: {} });
          }}
        />
      </div>
    );
  }

  return (
    <div class="relief" key={step.id}>
      <Progress index={index} />
      <StepList index={index} onJump={go} />
      <h1>{step.title}</h1>
      <p class="lead">{step.summary}</p>
      <StepBody step={step} answers={progress.answers} onAnswer={onAnswer} />
      <StepMore step={step} />
      {askUnanswered && (
        <UnansweredPrompt
          count={unansweredAt(index, progress.answers).length}
          onAnswer={() => {
            setAskUnanswered(false);
            const first = unansweredAt(index, progress.answers)[0];
            const legend =
              first === undefined ? null : document.getElementById(`relief-q-${first}`);
            legend?.scrollIntoView({ block: 'center' });
            legend?.closest('fieldset')?.querySelector('button')?.focus({ preventScroll: true });
          }}
          onGoOn={() => go(index + 1)}
        />
      )}
      <StepButtons
        index={index}
        onBack={() => go(index - 1)}
        onNext={() => {
          if (unansweredAt(index, progress.answers).length > 0) setAskUnanswered(true);
          else go(index + 1);
        }}
      />
    </div>
  );
}
