/**
 * "I have a spasm now": the relief protocol one step per screen, with where the person is ("Step 2
 * of 9"), Back, Skip and Next on every step, and the emergency screen the moment a safety answer
 * calls for it. Progress is kept for the tab, so a reload returns to the same step.
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
  onSkip,
  onNext,
}: {
  index: number;
  onBack: () => void;
  onSkip: () => void;
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
      <button type="button" class="button button-choice relief-big" onClick={onSkip}>
        Skip
      </button>
      <button type="button" class="button relief-big relief-next" onClick={onNext}>
        {last ? 'Finish' : 'Next'}
      </button>
    </nav>
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
    setProgress((p) => ({ ...p, step: Math.max(0, Math.min(STEPS.length, step)) }));
  };
  const onAnswer = (id: string, value: SafetyAnswer) => {
    if (value !== false) moved.current = true;
    setProgress((p) => ({ ...p, answers: { ...p.answers, [id]: value } }));
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
      <StepBody
        step={step}
        answers={progress.answers}
        onAnswer={onAnswer}
        onContinue={() => go(index + 1)}
      />
      <StepMore step={step} />
      <StepButtons
        index={index}
        onBack={() => go(index - 1)}
        onSkip={() => go(index + 1)}
        onNext={() => go(index + 1)}
      />
    </div>
  );
}
