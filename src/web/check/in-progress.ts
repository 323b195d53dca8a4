/**
 * The check in progress, kept on the device until its result has been seen and the person starts
 * again, or the day ends: a reload, a closed tab or a trip to Learn returns to the same question,
 * or the same result, instead of question 1. What is read back is checked answer by answer and
 * replayed through the engine, so a stored walk the check would no longer ask is dropped, never
 * trusted.
 */
import type { AnswerKey } from '../../core/triage/answers.js';
import { isAnswerTo, questionById } from '../../core/triage/questions.js';
import { forgetKept, keepToday, readToday } from '../store/day-storage.js';
import { type AnswerValue, answer, type FlowState, START, screenFor } from './flow.js';

const KEY = 'unknot.check.flow';

export interface CheckInProgress {
  flow: FlowState;
  /** The history record this check's result is kept under, once a result has been shown. */
  record?: { id: string; createdAt: string };
}

/** Replays stored steps through the engine, keeping each only while it is a valid answer the check asks for. */
function replay(steps: unknown, position: unknown): FlowState {
  let flow = START;
  if (!Array.isArray(steps)) return flow;
  for (const step of steps) {
    if (typeof step !== 'object' || step === null) break;
    const { key, value } = step as { key?: unknown; value?: unknown };
    let question: ReturnType<typeof questionById>;
    try {
      question = questionById(key as AnswerKey);
    } catch {
      break;
    }
    if (!isAnswerTo(question, value)) break;
    // The answer must be to the question the check asks next, given the answers before it.
    const asked = screenFor(flow);
    if (asked.kind !== 'question' || asked.question.id !== question.id) break;
    flow = answer(flow, question.id, value as AnswerValue);
  }
  const at =
    typeof position === 'number' && Number.isInteger(position) ? position : flow.steps.length;
  return { ...flow, position: Math.max(0, Math.min(at, flow.steps.length)) };
}

export function loadCheckInProgress(now = Date.now()): CheckInProgress {
  const kept = readToday(KEY, now);
  if (kept === undefined) return { flow: START };
  const flow = replay(kept.steps, kept.position);
  const record = kept.record as { id?: unknown; createdAt?: unknown } | undefined;
  if (
    typeof record?.id === 'string' &&
    typeof record.createdAt === 'string' &&
    !Number.isNaN(Date.parse(record.createdAt))
  ) {
    return { flow, record: { id: record.id, createdAt: record.createdAt } };
  }
  return { flow };
}

export function keepCheckInProgress(saved: CheckInProgress, now = Date.now()): void {
  const { steps, position } = saved.flow;
  keepToday(
    KEY,
    { steps, position, ...(saved.record === undefined ? {} : { record: saved.record }) },
    now,
  );
}

export function forgetCheckInProgress(): void {
  forgetKept(KEY);
}
