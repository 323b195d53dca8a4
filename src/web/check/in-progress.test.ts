import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '../../core/triage/questions.js';
import { installMemoryStorage } from '../memory-storage.test-support.js';
import { type AnswerValue, answer, START, screenFor } from './flow.js';
import { forgetCheckInProgress, keepCheckInProgress, loadCheckInProgress } from './in-progress.js';

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

/** The first `n` questions answered calmly. */
function answeredNo(n: number) {
  let flow = START;
  for (let i = 0; i < n; i++) {
    const screen = screenFor(flow);
    if (screen.kind !== 'question') throw new Error('ended early');
    flow = answer(flow, screen.question.id, calm(screen.question));
  }
  return flow;
}

describe('the check kept on the device', () => {
  it('reads back the walk and the record it was kept with', () => {
    const flow = { ...answeredNo(4), position: 2 };
    const record = {
      id: '01938c7e-0000-7000-8000-000000000000',
      createdAt: '2026-12-03T11:00:00.000Z',
    };
    keepCheckInProgress({ flow, record }, NOON);
    expect(loadCheckInProgress(NOON)).toEqual({ flow, record });
  });

  it('starts afresh on another day, after forgetting, and when nothing was kept', () => {
    keepCheckInProgress({ flow: answeredNo(3) }, NOON);
    expect(loadCheckInProgress(NOON + 24 * 3600_000).flow).toEqual(START);
    keepCheckInProgress({ flow: answeredNo(3) }, NOON);
    forgetCheckInProgress();
    expect(loadCheckInProgress(NOON).flow).toEqual(START);
    memory.storage.setItem(KEY, 'not json');
    expect(loadCheckInProgress(NOON).flow).toEqual(START);
  });

  it('keeps only the answers before one the check would not accept or not ask there', () => {
    const flow = answeredNo(4);
    keepCheckInProgress({ flow }, NOON);
    const stored = JSON.parse(memory.storage.getItem(KEY) ?? '{}');
    stored.steps[2].value = 'maybe';
    memory.storage.setItem(KEY, JSON.stringify(stored));
    expect(loadCheckInProgress(NOON).flow.steps).toEqual(flow.steps.slice(0, 2));

    stored.steps[2] = { key: 'ageYears', value: 40 };
    memory.storage.setItem(KEY, JSON.stringify(stored));
    expect(loadCheckInProgress(NOON).flow.steps).toEqual(flow.steps.slice(0, 2));
  });

  it('drops a record whose date cannot be read', () => {
    keepCheckInProgress({ flow: answeredNo(2), record: { id: 'x', createdAt: 'soon' } }, NOON);
    expect(loadCheckInProgress(NOON).record).toBeUndefined();
  });
});
