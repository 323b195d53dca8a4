/**
 * Where the person is in the protocol, kept on the device for the rest of the day (as the relief
 * timers are), so a reload, a trip to another page or closing the tab returns to the same step with
 * the same safety answers; tomorrow the steps start afresh, since a new day can bring new signs.
 */
import { localDate } from '../../core/time/index.js';
import { browserTimeZone } from '../dates.js';

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

function today(now: number): string {
  return localDate(now, browserTimeZone());
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can be switched off; progress then lasts as long as the page.
    return undefined;
  }
}

export function loadProgress(stepCount: number, now = Date.now()): ReliefProgress {
  const fresh: ReliefProgress = { step: 0, answers: {} };
  try {
    const raw = storage()?.getItem(KEY);
    if (raw === null || raw === undefined) return fresh;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return fresh;
    const { day, step, answers } = parsed as Record<string, unknown>;
    if (day !== today(now)) return fresh;
    const out: ReliefProgress = { step: 0, answers: {} };
    if (typeof step === 'number' && Number.isInteger(step) && step >= 0 && step <= stepCount) {
      out.step = step;
    }
    if (typeof answers === 'object' && answers !== null) {
      for (const [id, value] of Object.entries(answers))
        if (isAnswer(value)) out.answers[id] = value;
    }
    return out;
  } catch {
    return fresh;
  }
}

export function saveProgress(progress: ReliefProgress, now = Date.now()): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ day: today(now), ...progress }));
  } catch {
    // Storage refused: progress lasts as long as the page.
  }
}
