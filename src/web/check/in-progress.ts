/**
 * The check in progress, kept on the device until its result has been seen and the person starts
 * again, or the day ends: a reload, a closed tab or a trip to Learn returns to the same screen
 * (the words being written, what was understood from them, the same question or the same result)
 * instead of the start. What is read back is checked piece by piece: changes are kept only for what
 * the words still give, answers only when their question accepts them, and the walk is replayed
 * through the engine, so a kept value the check would no longer accept or ask is dropped, never
 * trusted.
 */
import type { AnswerKey, Answers } from '../../core/triage/answers.js';
import { isAnswerTo, questionById } from '../../core/triage/questions.js';
import { MAX_TEXT_LENGTH, readDescription } from '../../core/triage/text/index.js';
import { forgetKept, keepToday, readToday } from '../store/day-storage.js';
import { type AnswerValue, answer, type FlowState, START, screenFor, startFrom } from './flow.js';
import { type Changes, validAnswers, validChanges } from './understood.js';

const KEY = 'unknot.check.flow';

/** The check's screens before the result: the words, what was understood, then the questions. */
export const STAGES = ['words', 'understood', 'questions'] as const;
export type Stage = (typeof STAGES)[number];

export interface CheckInProgress {
  stage: Stage;
  /** What the person wrote (or said) about their back. */
  text: string;
  /** Their changes on "What we understood". */
  changes: Changes;
  /** The walk through the questions, from the answers confirmed in words when there are any. */
  flow: FlowState;
  /** The history record this check's result is kept under, once a result has been shown. */
  record?: { id: string; createdAt: string };
}

export const NOTHING_YET: CheckInProgress = { stage: 'words', text: '', changes: {}, flow: START };

/** Replays stored steps through the engine, keeping each only while it is a valid answer the check asks for. */
function replay(given: Answers | undefined, steps: unknown, position: unknown): FlowState {
  let flow = startFrom(given);
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

/**
 * The screen to return to. A check kept before the words came first has no stage: it was in the
 * questions if it had any answer. "What we understood" needs words to have understood.
 */
function stageOf(raw: unknown, text: string, flow: FlowState): Stage {
  const stage = STAGES.find((s) => s === raw);
  if (stage === undefined) return flow.steps.length > 0 ? 'questions' : 'words';
  if (stage === 'understood' && text.trim() === '') return 'words';
  return stage;
}

export function loadCheckInProgress(now = Date.now(), today?: string): CheckInProgress {
  const kept = readToday(KEY, now);
  if (kept === undefined) return NOTHING_YET;
  const text = typeof kept.text === 'string' ? kept.text.slice(0, MAX_TEXT_LENGTH) : '';
  const reading = readDescription(text, today === undefined ? {} : { today });
  const changes = validChanges(kept.changes, reading);
  const flow = replay(validAnswers(kept.given), kept.steps, kept.position);
  const progress: CheckInProgress = {
    stage: stageOf(kept.stage, text, flow),
    text,
    changes,
    flow,
  };
  const record = kept.record as { id?: unknown; createdAt?: unknown } | undefined;
  if (
    typeof record?.id === 'string' &&
    typeof record.createdAt === 'string' &&
    !Number.isNaN(Date.parse(record.createdAt))
  ) {
    return { ...progress, record: { id: record.id, createdAt: record.createdAt } };
  }
  return progress;
}

export function keepCheckInProgress(saved: CheckInProgress, now = Date.now()): void {
  const { given, steps, position } = saved.flow;
  keepToday(
    KEY,
    {
      stage: saved.stage,
      text: saved.text,
      changes: saved.changes,
      ...(given === undefined ? {} : { given }),
      steps,
      position,
      ...(saved.record === undefined ? {} : { record: saved.record }),
    },
    now,
  );
}

export function forgetCheckInProgress(): void {
  forgetKept(KEY);
}
