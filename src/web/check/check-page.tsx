/**
 * "Should I see a doctor?" (/check): one question per screen, emergency signs first, then the
 * result. The engine decides every next question and the result; this page only shows them, keeps
 * the place for Back, and keeps each result in the history on this device. Nothing leaves the
 * browser, so it works offline.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { checkRecord } from '../../core/triage/check-record.js';
import { DISPOSITION_INFO } from '../../core/triage/dispositions.js';
import { callNumbers, REGION_NAMES } from '../../core/triage/emergency-numbers.js';
import { newId } from '../ids.js';
import { usePageTitle } from '../page.js';
import { PATHS } from '../routes.js';
import { answer, back, progressOf, screenFor } from './flow.js';
import { saveCheck } from './history.js';
import { QuestionView } from './question-view.js';
import { CheckRegionSelect } from './region-select.js';
import { ResultView } from './result-view.js';
import { currentRecord, flow, loadSavedRegion, region, startAgain } from './state.js';
import './check.css';

type Saving = 'idle' | 'saved' | 'failed';

function Progress({ number, atMostAfter, fraction }: ReturnType<typeof progressOf>) {
  return (
    <div class="check-progress">
      <p class="check-progress-text">
        <strong>Question {number}</strong>
        <span class="check-progress-more">
          {atMostAfter === 0
            ? ' · the last one'
            : atMostAfter === 1
              ? ' · at most 1 more'
              : ` · at most ${atMostAfter} more, often fewer`}
        </span>
      </p>
      <div class="check-progress-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(fraction * 100)}%` }} />
      </div>
    </div>
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
      <button
        type="button"
        class="button button-choice check-wide"
        onClick={() => {
          flow.value = back(flow.value);
        }}
      >
        Change my last answer
      </button>
    );
    return (
      <ResultView result={screen.result} region={region.value}>
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
          <button
            type="button"
            class="button button-choice check-back"
            onClick={() => {
              flow.value = back(flow.value);
            }}
          >
            <span aria-hidden="true">←</span> Back
          </button>
        )}
        <h1 class="check-title">Should I see a doctor?</h1>
      </div>
      {first && (
        <div class="check-intro">
          <p>
            A few questions to tell whether you need a doctor, and how soon. It does not diagnose.
          </p>
          <p>
            Questions about emergency signs come first. If you are not sure, say so: we take the
            careful view.
          </p>
        </div>
      )}
      <Progress {...progressOf(screen.result)} />
      <QuestionView
        key={question.id}
        step={state.position}
        question={question}
        selected={selected}
        onAnswer={(value) => {
          flow.value = answer(flow.value, question.id, value);
        }}
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
