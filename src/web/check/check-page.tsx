/**
 * "Should I see a doctor?" (/check): one question per screen, emergency signs first, then the
 * result. The engine decides every next question and the result; this page only shows them, keeps
 * the place for Back, and keeps each result in the history on this device. Nothing leaves the
 * browser, so it works offline.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { AnswerKey } from '../../core/triage/answers.js';
import { checkRecord } from '../../core/triage/check-record.js';
import { DISPOSITION_INFO } from '../../core/triage/dispositions.js';
import { callNumbers, REGION_NAMES } from '../../core/triage/emergency-numbers.js';
import { CHECK_LENGTH_WORDS } from '../../core/triage/length.js';
import { questionById } from '../../core/triage/questions.js';
import { newId } from '../ids.js';
import { usePageTitle } from '../page.js';
import { PATHS } from '../routes.js';
import { answer, back, type FlowState, progressOf, progressWords, screenFor } from './flow.js';
import { saveCheck } from './history.js';
import { QuestionView } from './question-view.js';
import { CheckRegionSelect } from './region-select.js';
import { ResultView } from './result-view.js';
import { currentRecord, flow, loadSavedRegion, region, startAgain } from './state.js';
import './check.css';

type Saving = 'idle' | 'saved' | 'failed';

function Progress(progress: ReturnType<typeof progressOf>) {
  return (
    <div class="check-progress">
      <p class="check-progress-text">
        <strong>Question {progress.number}</strong>
        <span class="check-progress-more"> · {progressWords(progress)}</span>
      </p>
      <div class="check-progress-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(progress.fraction * 100)}%` }} />
      </div>
    </div>
  );
}

/**
 * Each answer is a step in the browser's history, so the phone's Back gesture (or the browser's
 * Back button) goes to the previous question rather than leaving the check.
 */
const POSITION = 'checkPosition';

function positionInHistory(): number | undefined {
  const state: unknown = history.state;
  if (typeof state !== 'object' || state === null) return undefined;
  const position = (state as Record<string, unknown>)[POSITION];
  return typeof position === 'number' ? position : undefined;
}

/** Shows a new place in the walk, as an entry in the browser's history. */
function goTo(next: FlowState): void {
  flow.value = next;
  history.pushState({ ...(history.state ?? {}), [POSITION]: next.position }, '');
}

/** One step back: through the browser's history when this step is one of its entries. */
function goBack(): void {
  if (positionInHistory() === flow.value.position && flow.value.position > 0) history.back();
  else flow.value = back(flow.value);
}

/**
 * The answers the result rests on that the person was not sure about, each with a way back to it:
 * finding out (a temperature taken, a letter read) can change the result.
 */
function UnsureAnswers({ steps }: { steps: readonly { key: AnswerKey; value: unknown }[] }) {
  const unsure = steps
    .map((step, index) => ({ step, index }))
    .filter(({ step }) => step.value === 'unsure');
  if (unsure.length === 0) return null;
  return (
    <section class="callout check-unsure" aria-labelledby="check-unsure-title">
      <h2 id="check-unsure-title" class="callout-title">
        You were not sure about {unsure.length === 1 ? 'one answer' : `${unsure.length} answers`}
      </h2>
      <p>
        We took the careful reading of each. If you can find out, change the answer and the result
        will follow it.
      </p>
      <ul class="check-unsure-list">
        {unsure.map(({ step, index }) => (
          <li key={step.key} class="check-unsure-item">
            <span>{questionById(step.key).text}</span>
            <button
              type="button"
              class="button button-choice"
              onClick={() => goTo({ ...flow.value, position: index })}
            >
              Change<span class="visually-hidden"> this answer</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CheckPage() {
  const state = flow.value;
  const screen = screenFor(state, { region: region.value });
  const saving = useSignal<Saving>('idle');
  const firstRender = useRef(true);
  usePageTitle(
    screen.kind === 'result'
      ? `Result: ${DISPOSITION_INFO[screen.result.disposition].title}`
      : 'Should I see a doctor?',
  );

  useEffect(() => {
    void loadSavedRegion();
  }, []);

  useEffect(() => {
    const onPop = () => {
      const at = positionInHistory() ?? 0;
      const current = flow.value;
      if (at !== current.position) {
        flow.value = { ...current, position: Math.max(0, Math.min(at, current.steps.length)) };
      }
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // A new screen inside the page: bring its heading into view and to the screen reader.
  // (The router already does this for the first screen after a navigation.)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const heading = document.querySelector<HTMLElement>(
      screen.kind === 'result' ? '#check-heading' : '#check-question',
    );
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }, [state]);

  // Each result is kept as it is shown; a changed answer or region updates the same record.
  useEffect(() => {
    if (screen.kind !== 'result') return;
    const { id, createdAt } = currentRecord(newId, () => new Date());
    const check = checkRecord(createdAt, screen.answers, screen.result, region.value);
    saveCheck(id, check).then(
      () => {
        saving.value = 'saved';
      },
      () => {
        saving.value = 'failed';
      },
    );
  }, [state, region.value]);

  if (screen.kind === 'result') {
    // On the emergency screen the call is the only strong button; a wrong tap is easy to undo.
    const emergency = screen.result.disposition === 'emergency';
    const changeAnswer = (
      <button type="button" class="button button-choice check-wide" onClick={goBack}>
        Change my last answer
      </button>
    );
    return (
      <ResultView result={screen.result} region={region.value}>
        <UnsureAnswers steps={state.steps.slice(0, state.position)} />
        <div class="check-controls">
          {emergency && changeAnswer}
          <button
            type="button"
            class={`button check-wide${emergency ? ' button-choice' : ''}`}
            onClick={() => {
              saving.value = 'idle';
              startAgain();
            }}
          >
            Start again
          </button>
          <a class="button button-choice check-wide check-link-button" href={PATHS.checkHistory}>
            See your past checks
          </a>
          {!emergency && changeAnswer}
        </div>
        <p class="quiet check-saved" role="status">
          {saving.value === 'saved' && 'Kept in your past checks on this device only.'}
          {saving.value === 'failed' && 'This device could not keep this result in your history.'}
        </p>
      </ResultView>
    );
  }

  const { question, selected } = screen;
  const first = state.position === 0;
  return (
    <div class="check">
      <div class="check-top">
        {!first && (
          <button type="button" class="button button-choice check-back" onClick={goBack}>
            <span aria-hidden="true">←</span> Back
          </button>
        )}
        <h1 class="check-title">Should I see a doctor?</h1>
      </div>
      {first && (
        <div class="check-intro">
          <p>Whether you need a doctor, and how soon. It does not diagnose. {CHECK_LENGTH_WORDS}</p>
          <p>
            Questions about emergency signs come first. If you are not sure, say so: we take the
            careful view.
          </p>
        </div>
      )}
      <Progress {...progressOf(screen)} />
      <QuestionView
        key={question.id}
        step={state.position}
        question={question}
        selected={selected}
        onAnswer={(value) => goTo(answer(flow.value, question.id, value))}
      />
      {first && (
        <>
          <details class="check-explain check-number-setting">
            <summary>
              {region.value === undefined
                ? `Emergency numbers: ${callNumbers()
                    .map((n) => n.number)
                    .join(', ')} (choose where you are)`
                : `Emergency number here: ${callNumbers(region.value)[0]?.number} (${REGION_NAMES[region.value]})`}
            </summary>
            <CheckRegionSelect id="check-region-start" />
          </details>
          <p class="check-history-link">
            <a href={PATHS.checkHistory}>See your past checks</a>
          </p>
        </>
      )}
    </div>
  );
}
