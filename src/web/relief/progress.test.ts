import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installMemoryStorage } from '../memory-storage.test-support.js';
import { loadProgress, saveProgress } from './progress.js';

const NOON = Date.UTC(2026, 11, 3, 12);
let memory: ReturnType<typeof installMemoryStorage>;

beforeEach(() => {
  memory = installMemoryStorage();
});
afterEach(() => memory.remove());

describe("the spasm steps' progress", () => {
  it('is kept on the device for the day', () => {
    saveProgress({ step: 4, answers: { saddleNumbness: false, canWalk: 'unsure' } }, NOON);
    expect(loadProgress(9, NOON + 3600_000)).toEqual({
      step: 4,
      answers: { saddleNumbness: false, canWalk: 'unsure' },
    });
  });

  it('starts afresh the next day, since a new day can bring new signs', () => {
    saveProgress({ step: 4, answers: { saddleNumbness: false } }, NOON);
    expect(loadProgress(9, NOON + 24 * 3600_000)).toEqual({ step: 0, answers: {} });
  });

  it('ignores a step out of range and answers that are not yes, no or not sure', () => {
    saveProgress(
      { step: 40, answers: { saddleNumbness: 'perhaps' as never, canWalk: true } },
      NOON,
    );
    expect(loadProgress(9, NOON)).toEqual({ step: 0, answers: { canWalk: true } });
  });
});
