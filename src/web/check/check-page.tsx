/**
 * "Should I see a doctor?" (/check): first the person's own words, then what the check understood
 * from them for the person to confirm or change, then one question per screen for what the words
 * left open (or every question, for a person who would rather answer them), then the result. The
 * reader and the engine decide what was understood, every next question and the result; this page
 * only shows them, keeps the place for Back, and keeps each result in the history on this device.
 * Nothing leaves the browser, so it works offline.
 */
import { batch, useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { AnswerKey } from '../../core/triage/answers.js';
import { checkRecord } from '../../core/triage/check-record.js';
import { DISPOSITION_INFO } from '../../core/triage/dispositions.js';
import { callNumbers, REGION_NAMES } from '../../core/triage/emergency-numbers.js';
import { questionById } from '../../core/triage/questions.js';
import { readDescription } from '../../core/triage/text/index.js';
import { newId } from '../ids.js';
import { usePageTitle } from '../page.js';
import { PATHS } from '../routes.js';
import {
  answer,
  back,
  type FlowState,
  progressOf,
  progressWords,
  screenFor,
  startFrom,
} from './flow.js';
import { saveCheck } from './history.js';
import { STAGES, type Stage } from './in-progress.js';
import { QuestionView } from './question-view.js';
import { CheckRegionSelect } from './region-select.js';
import { ResultView } from './result-view.js';
import {
  changes,
  currentRecord,
  flow,
  loadSavedRegion,
  region,
  stage,
  startAgain,
  today,
  words,
} from './state.js';
import { confirmedAnswers, understoodOf } from './understood.js';
import { UnderstoodView } from './understood-view.js';
import { WordsView } from './words-view.js';
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
 * Each screen is a step in the browser's history (the words, what was understood, each answer), so
 * the phone's Back gesture (or the browser's Back button) goes to the previous screen rather than
 * leaving the check. An entry this page pushed says so: only then is the entry before it the
 * previous screen.
 */
const PLACE = 'checkPlace';

interface Place {
  stage: Stage;
  position: number;
  pushed: boolean;
}

function placeInHistory(): Place | undefined {
  const state: unknown = history.state;
  if (typeof state !== 'object' || state === null) return undefined;
  const place = (state as Record<string, unknown>)[PLACE];
  if (typeof place !== 'object' || place === null) return undefined;
  const { stage: at, position, pushed } = place as Record<string, unknown>;
  const known = STAGES.find((s) => s === at);
  if (known === undefined || typeof position !== 'number') return undefined;
  return { stage: known, position, pushed: pushed === true };
}

function isHere(place: Place | undefined): boolean {
  return place?.stage === stage.value && place.position === flow.value.position;
}

function recordPlace(pushed: boolean): void {
  const entry = {
    ...(history.state ?? {}),
    [PLACE]: { stage: stage.value, position: flow.value.position, pushed },
  };
  if (pushed) history.pushState(entry, '');
  else history.replaceState(entry, '');
}

/** Shows a new screen, as an entry in the browser's history. */
function goTo(change: () => void): void {
  batch(change);
  recordPlace(true);
}

/** The screen before this one: the previous question, then the words' reading, then the words. */
function stepBack(): void {
  if (stage.value === 'questions' && flow.value.position > 0) flow.value = back(flow.value);
  else if (stage.value === 'questions' && flow.value.given !== undefined)
    stage.value = 'understood';
  else stage.value = 'words';
}

/** One screen back: through the browser's history when this screen is one of its pushed entries. */
function goBack(): void {
  const place = placeInHistory();
  if (place?.pushed === true && isHere(place)) {
    history.back();
    return;
  }
  stepBack();
  recordPlace(false);
}

/** Returns to a screen the browser's history holds, if the check still has it. */
function showPlace(place: Place): void {
  batch(() => {
    stage.value = place.stage === 'understood' && words.value.trim() === '' ? 'words' : place.stage;
    const current = flow.value;
    const position = Math.max(0, Math.min(place.position, current.steps.length));
    if (position !== current.position) flow.value = { ...current, position };
  });
}

/**
 * The answers the result rests on that the person was not sure about, each with a way back to it:
 * finding out (a temperature taken, a letter read) can change the result. One read from their
 * words is changed on "What we understood".
 */
function UnsureAnswers({ state }: { state: FlowState }) {
  const fromWords = Object.entries(state.given ?? {})
    .filter(([, value]) => value === 'unsure')
    .map(([key]) => ({
      key: key as AnswerKey,
      change: () => goTo(() => (stage.value = 'understood')),
    }));
  const asked = state.steps
    .slice(0, state.position)
    .map((step, index) => ({ step, index }))
    .filter(({ step }) => step.value === 'unsure')
    .map(({ step, index }) => ({
      key: step.key,
      change: () => goTo(() => (flow.value = { ...flow.value, position: index })),
    }));
  const unsure = [...fromWords, ...asked];
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
        {unsure.map(({ key, change }) => (
          <li key={key} class="check-unsure-item">
            <span>{questionById(key).text}</span>
            <button type="button" class="button button-choice" onClick={change}>
              Change<span class="visually-hidden"> this answer</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The emergency number where the person is, and the way to change where that is. */
function EmergencyNumberSetting() {
  return (
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
  );
}

/** Where each screen's heading is, for focus to move to when the screen changes. */
const HEADINGS: Record<Stage | 'result', string> = {
  words: '#check-words-heading',
  understood: '#check-understood',
  questions: '#check-question',
  result: '#check-heading',
};

export function CheckPage() {
  const at = stage.value;
  const text = words.value;
  const state = flow.value;
  const screen = screenFor(state, { region: region.value });
  const shown = at === 'questions' && screen.kind === 'result' ? screen : undefined;
  const reading = useMemo(
    () => (at === 'understood' ? readDescription(text, { today: today() }) : undefined),
    [at, text],
  );
  const saving = useSignal<Saving>('idle');
  const firstRender = useRef(true);
  usePageTitle(
    shown === undefined
      ? 'Should I see a doctor?'
      : `Result: ${DISPOSITION_INFO[shown.result.disposition].title}`,
  );

  useEffect(() => {
    void loadSavedRegion();
    // The entry the page opened on names this screen, so the browser's Back and Forward return to it.
    if (!isHere(placeInHistory())) recordPlace(false);
  }, []);

  useEffect(() => {
    const onPop = () => {
      const place = placeInHistory();
      if (place !== undefined && !isHere(place)) showPlace(place);
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
      HEADINGS[shown === undefined ? at : 'result'],
    );
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }, [at, state]);

  // Each result is kept as it is shown; a changed answer or region updates the same record.
  useEffect(() => {
    if (shown === undefined) return;
    const { id, createdAt } = currentRecord(newId, () => new Date());
    const check = checkRecord(createdAt, shown.answers, shown.result, region.value);
    saveCheck(id, check).then(
      () => {
        saving.value = 'saved';
      },
      () => {
        saving.value = 'failed';
      },
    );
  }, [at, state, region.value]);

  const questionsInstead = () =>
    goTo(() => {
      stage.value = 'questions';
      flow.value = startFrom(undefined, flow.value.given === undefined ? flow.value.steps : []);
    });

  if (at === 'words') {
    return (
      <WordsView
        text={text}
        onText={(next) => {
          if (next === words.value) return;
          batch(() => {
            words.value = next;
            // New words are read afresh: changes made to the old reading no longer apply.
            if (Object.keys(changes.value).length > 0) changes.value = {};
          });
        }}
        onContinue={() => goTo(() => (stage.value = 'understood'))}
        onQuestions={questionsInstead}
      >
        <EmergencyNumberSetting />
        <p class="check-history-link">
          <a href={PATHS.checkHistory}>See your past checks</a>
        </p>
      </WordsView>
    );
  }

  if (at === 'understood' && reading !== undefined) {
    return (
      <UnderstoodView
        understood={understoodOf(text, reading, changes.value)}
        onChange={(key, value) => {
          changes.value = { ...changes.value, [key]: value };
        }}
        onConfirm={() =>
          goTo(() => {
            stage.value = 'questions';
            // Answers to questions asked before are kept while the check still asks them, so
            // confirming unchanged words returns to where the person was.
            flow.value = startFrom(
              confirmedAnswers(text, reading, changes.value),
              flow.value.steps,
            );
          })
        }
        // Always to the words, even when this screen was reached from a result.
        onEdit={() => goTo(() => (stage.value = 'words'))}
        onQuestions={questionsInstead}
      />
    );
  }

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
        <UnsureAnswers state={state} />
        <div class="check-controls">
          {emergency && changeAnswer}
          <button
            type="button"
            class={`button check-wide${emergency ? ' button-choice' : ''}`}
            onClick={() => {
              saving.value = 'idle';
              startAgain();
              recordPlace(false);
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
  return (
    <div class="check" data-screen="questions">
      <div class="check-top">
        <button type="button" class="button button-choice check-back" onClick={goBack}>
          <span aria-hidden="true">←</span> Back
        </button>
        <h1 class="check-title">Should I see a doctor?</h1>
      </div>
      <Progress {...progressOf(screen)} />
      <QuestionView
        key={question.id}
        step={state.position}
        question={question}
        selected={selected}
        onAnswer={(value) => goTo(() => (flow.value = answer(flow.value, question.id, value)))}
      />
    </div>
  );
}
