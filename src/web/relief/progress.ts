/**
 * Where the person is in the protocol, kept on the device for the rest of the day (as the relief
 * timers are), so a reload, a trip to another page or closing the tab returns to the same step with
 * the same safety answers; tomorrow the steps start afresh, since a new day can bring new signs.
 */
import { keepToday, readToday } from '../store/day-storage.js';

export type SafetyAnswer = true | false | 'unsure';

export interface ReliefProgress {
  /** Index into the protocol's steps; the steps' length means the closing screen. */
  step: number;
  /** The three safety questions' answers, by question id. */
  answers: Record<string, SafetyAnswer>;
}

const KEY = 'unknot.relief.progress';

function isAnswer(value: unknown): value is SafetyAnswer {
  return value === true || value === false || value === 'unsure';
}

export function loadProgress(stepCount: number, now = Date.now()): ReliefProgress {
  const kept = readToday(KEY, now);
  const out: ReliefProgress = { step: 0, answers: {} };
  if (kept === undefined) return out;
  const { step, answers } = kept;
  if (typeof step === 'number' && Number.isInteger(step) && step >= 0 && step <= stepCount) {
    out.step = step;
  }
  if (typeof answers === 'object' && answers !== null) {
    for (const [id, value] of Object.entries(answers)) if (isAnswer(value)) out.answers[id] = value;
  }
  return out;
}

export function saveProgress(progress: ReliefProgress, now = Date.now()): void {
  keepToday(KEY, progress, now);
}
