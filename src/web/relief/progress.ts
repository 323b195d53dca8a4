/**
 * Where the person is in the protocol, kept in sessionStorage so a reload (or a trip to another
 * page and back) returns to the same step with the same safety answers.
 */

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

export function loadProgress(stepCount: number): ReliefProgress {
  const fresh: ReliefProgress = { step: 0, answers: {} };
  try {
    const raw = sessionStorage.getItem(KEY);
    if (raw === null) return fresh;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return fresh;
    const { step, answers } = parsed as Record<string, unknown>;
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

export function saveProgress(progress: ReliefProgress): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(progress));
  } catch {
    // Storage refused: progress lasts as long as the page.
  }
}
