/**
 * What a reading of a person's words means for the check, before any further question: the
 * answers it gives, the result those answers alone give, and the questions still open. The API,
 * the CLI and the bench report exactly this; the browser walks the same questions.
 */
import type { AnswerKey, Answers } from '../answers.js';
import type { Disposition } from '../dispositions.js';
import { evaluate } from '../engine.js';
import { pendingQuestions } from '../questions.js';
import { answersFromReading, type Certainty, type Reading } from './reading.js';

export interface ReadingOutcome {
  /** The words' answers, denied red flags as "no" and lower bounds as they stand. */
  answers: Answers;
  /** The result these answers alone give: what the words say, never less. */
  disposition: Disposition;
  /** The questions still worth asking once the denied red flags are confirmed, in asking order. */
  toAsk: AnswerKey[];
}

export function outcomeOf(reading: Reading): ReadingOutcome {
  const answers = answersFromReading(reading);
  return {
    answers,
    disposition: evaluate(answers).disposition,
    toAsk: pendingQuestions(answersFromReading(reading, { forFlow: true })).map((q) => q.id),
  };
}

/** One quoted stretch of the person's words and the finding it led to. */
export interface QuotedSpan {
  key: AnswerKey;
  start: number;
  end: number;
  text: string;
}

/**
 * A reading as the API and the CLI give it: plain JSON a client can show and send on. `findings`
 * is ready for `POST /api/v1/triage` once `toConfirm` is confirmed and `toAsk` answered.
 */
export interface TextCheck {
  findings: Answers;
  spans: QuotedSpan[];
  certainty: Partial<Record<AnswerKey, Certainty>>;
  /** Findings that are only a lower bound: their question is in `toAsk` when it still matters. */
  lowerBounds: AnswerKey[];
  toConfirm: AnswerKey[];
  toAsk: AnswerKey[];
  disposition: Disposition;
}

export function textCheckOf(reading: Reading): TextCheck {
  const outcome = outcomeOf(reading);
  const certainty: Partial<Record<AnswerKey, Certainty>> = {};
  for (const f of reading.findings) certainty[f.key] = f.certainty;
  return {
    findings: outcome.answers,
    spans: reading.findings
      .flatMap((f) => f.spans.map((s) => ({ key: f.key, ...s })))
      .sort((a, b) => a.start - b.start),
    certainty,
    lowerBounds: reading.findings.filter((f) => f.ask === true).map((f) => f.key),
    toConfirm: reading.toConfirm,
    toAsk: outcome.toAsk,
    disposition: outcome.disposition,
  };
}
