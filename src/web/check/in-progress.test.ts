import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '../../core/triage/questions.js';
import { installMemoryStorage } from '../memory-storage.test-support.js';
import { type AnswerValue, answer, type FlowState, START, screenFor, startFrom } from './flow.js';
import {
  type CheckInProgress,
  forgetCheckInProgress,
  keepCheckInProgress,
  loadCheckInProgress,
  NOTHING_YET,
} from './in-progress.js';

const KEY = 'unknot.check.flow';
const NOON = Date.UTC(2026, 11, 3, 12);
let memory: ReturnType<typeof installMemoryStorage>;

beforeEach(() => {
  memory = installMemoryStorage();
});
afterEach(() => memory.remove());

/** An answer that raises no warning sign, of the kind the question takes. */
function calm(question: Question): AnswerValue {
  const { input } = question;
  if (input.kind === 'yes_no_unsure') return question.id === 'canWalk';
  if (input.kind === 'choice') {
    return (input.options.find((o) => o.value === 'none') ?? input.options[0])
      ?.value as AnswerValue;
  }
  return input.min;
}

/** The first `n` questions answered calmly, after the answers `given` in words if any. */
function answeredNo(n: number, from: FlowState = START) {
  let flow = from;
  for (let i = 0; i < n; i++) {
    const screen = screenFor(flow);
    if (screen.kind !== 'question') throw new Error('ended early');
    flow = answer(flow, screen.question.id, calm(screen.question));
  }
  return flow;
}

const inQuestions = (flow: FlowState): CheckInProgress => ({
  ...NOTHING_YET,
  stage: 'questions',
  flow,
});

const WORDS =
  "I'm 34. Since yesterday my back is in spasm, about a 5 out of 10. No numbness, the toilet's fine.";

describe('the check kept on the device', () => {
  it('reads back the walk and the record it was kept with', () => {
    const flow = { ...answeredNo(4), position: 2 };
    const record = {
      id: '01938c7e-0000-7000-8000-000000000000',
      createdAt: '2026-12-03T11:00:00.000Z',
    };
    const kept: CheckInProgress = { ...NOTHING_YET, stage: 'questions', flow, record };
    keepCheckInProgress(kept, NOON);
    expect(loadCheckInProgress(NOON)).toEqual(kept);
  });

  it('starts afresh on another day, after forgetting, and when nothing was kept', () => {
    keepCheckInProgress(inQuestions(answeredNo(3)), NOON);
    expect(loadCheckInProgress(NOON + 24 * 3600_000).flow).toEqual(START);
    keepCheckInProgress(inQuestions(answeredNo(3)), NOON);
    forgetCheckInProgress();
    expect(loadCheckInProgress(NOON).flow).toEqual(START);
    memory.storage.setItem(KEY, 'not json');
    expect(loadCheckInProgress(NOON).flow).toEqual(START);
  });

  it('keeps only the answers before one the check would not accept or not ask there', () => {
    const flow = answeredNo(4);
    keepCheckInProgress(inQuestions(flow), NOON);
    const stored = JSON.parse(memory.storage.getItem(KEY) ?? '{}');
    stored.steps[2].value = 'maybe';
    memory.storage.setItem(KEY, JSON.stringify(stored));
    expect(loadCheckInProgress(NOON).flow.steps).toEqual(flow.steps.slice(0, 2));

    stored.steps[2] = { key: 'ageYears', value: 40 };
    memory.storage.setItem(KEY, JSON.stringify(stored));
    expect(loadCheckInProgress(NOON).flow.steps).toEqual(flow.steps.slice(0, 2));
  });

  it('drops a record whose date cannot be read', () => {
    keepCheckInProgress(
      { ...inQuestions(answeredNo(2)), record: { id: 'x', createdAt: 'soon' } },
      NOON,
    );
    expect(loadCheckInProgress(NOON).record).toBeUndefined();
  });
});

describe('the words kept on the device', () => {
  it('reads back the words, the changes to what was understood and the screen', () => {
    const kept: CheckInProgress = {
      stage: 'understood',
      text: WORDS,
      changes: { painNow0to10: 7, saddleNumbness: true },
      flow: START,
    };
    keepCheckInProgress(kept, NOON);
    expect(loadCheckInProgress(NOON)).toEqual(kept);
  });

  it('reads back a walk from answers given in words, replayed from them', () => {
    const given = { saddleNumbness: false, newBladderOrBowelProblem: false, ageYears: 34 };
    const flow = answeredNo(3, startFrom(given));
    const kept: CheckInProgress = { stage: 'questions', text: WORDS, changes: {}, flow };
    keepCheckInProgress(kept, NOON);
    expect(loadCheckInProgress(NOON)).toEqual(kept);
  });

  it('drops changes the words do not show or their question would not accept', () => {
    keepCheckInProgress(
      {
        stage: 'understood',
        text: WORDS,
        // Age is in the words but 300 is no age; fever is not in the words at all.
        changes: { ageYears: 300, fever: true, painNow0to10: 6 } as never,
        flow: START,
      },
      NOON,
    );
    expect(loadCheckInProgress(NOON).changes).toEqual({ painNow0to10: 6 });
  });

  it('drops given answers that are not answers, and the steps that then no longer follow', () => {
    const given = { saddleNumbness: false, newBladderOrBowelProblem: false };
    const flow = answeredNo(2, startFrom(given));
    keepCheckInProgress({ stage: 'questions', text: WORDS, changes: {}, flow }, NOON);
    const stored = JSON.parse(memory.storage.getItem(KEY) ?? '{}');
    stored.given = { saddleNumbness: 'maybe', newBladderOrBowelProblem: false, notAKey: true };
    memory.storage.setItem(KEY, JSON.stringify(stored));
    const read = loadCheckInProgress(NOON).flow;
    expect(read.given).toEqual({ newBladderOrBowelProblem: false });
    // The first kept step was not to the question the check now asks first (numbness).
    expect(read.steps).toEqual([]);
  });

  it('opens a check kept before the words came first on its questions', () => {
    const flow = answeredNo(3);
    memory.storage.setItem(
      KEY,
      JSON.stringify({ steps: flow.steps, position: 3, day: '2026-12-03' }),
    );
    expect(loadCheckInProgress(NOON)).toEqual({ ...NOTHING_YET, stage: 'questions', flow });
  });

  it('returns to the words when there are no words to have understood, or the screen is unknown', () => {
    keepCheckInProgress({ ...NOTHING_YET, stage: 'understood', text: '   ' }, NOON);
    expect(loadCheckInProgress(NOON).stage).toBe('words');
    const stored = JSON.parse(memory.storage.getItem(KEY) ?? '{}');
    stored.stage = 'result';
    stored.text = 42;
    memory.storage.setItem(KEY, JSON.stringify(stored));
    expect(loadCheckInProgress(NOON)).toEqual(NOTHING_YET);
  });
});
