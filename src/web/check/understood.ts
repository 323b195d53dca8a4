/**
 * "What we understood" as plain data: the findings a person's words gave, each with the words
 * that led to it and the person's own change if they made one, and the answers the check starts
 * from once they confirm. Denied red flags are listed apart for a second look ("You said none of
 * these"), because a "no" said in passing must not be taken silently; those that would call for an
 * ambulance are not even preselected, so the person chooses each answer themselves (a reader of
 * lay words can mistake "no fall, numb down below" for two denials). Pure, so it is tested without
 * a page.
 */
import type { AnswerKey, Answers } from '../../core/triage/answers.js';
import { isAnswerTo, QUESTIONS, type Question } from '../../core/triage/questions.js';
import {
  answersFromReading,
  type Certainty,
  type Finding,
  type Reading,
  type Span,
} from '../../core/triage/text/index.js';
import type { AnswerValue } from './flow.js';

/** The person's changes on "What we understood", by key: each wins over what the words gave. */
export type Changes = Partial<Record<AnswerKey, AnswerValue>>;

export interface Row {
  key: AnswerKey;
  /** The question the key stands for: its kind of answer is the row's control. */
  question: Question;
  /** What counts now: the person's change, or else what the words gave. */
  value: AnswerValue;
  /** What the words gave. */
  read: AnswerValue;
  /** The person chose an answer here (an `ask` finding chosen counts as answered). */
  changed: boolean;
  certainty: Certainty;
  /** The person's own words that led to it, each a short piece of their text. */
  quotes: string[];
  /** The words give only part of it, so its question is still asked unless the person answers here. */
  ask: boolean;
  /**
   * A denied sign of the emergency group the person has not answered yet: nothing is chosen for
   * it, and the check does not go on until they choose.
   */
  unanswered: boolean;
}

export interface Understood {
  /** What the words said, in the order of the check's answer keys. */
  found: Row[];
  /** Red flags the words denied, most urgent first, for the person to confirm or change. */
  denied: Row[];
}

const QUESTION_OF = new Map<AnswerKey, Question>(QUESTIONS.map((q) => [q.id, q]));

/**
 * Spans closer than this (a few words apart) are quoted as one piece: "No leg pain, no numbness",
 * not "No", "numbness".
 */
const JOIN_GAP = 40;
/** A joined piece longer than this is quoted as its parts instead, so a quote stays short. */
const LONGEST_QUOTE = 60;

/**
 * The person's words behind a finding as short quotes: spans a few characters apart within one
 * sentence are joined with the words between them, so a quote reads as the person wrote it.
 */
export function quotesOf(text: string, spans: readonly Span[]): string[] {
  const quotes: string[] = [];
  let piece: { start: number; end: number } | undefined;
  const close = () => {
    if (piece !== undefined) quotes.push(text.slice(piece.start, piece.end).trim());
  };
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    // A span that does not match the text (it was read from other words) is quoted as it is.
    if (text.slice(span.start, span.end) !== span.text) {
      close();
      piece = undefined;
      quotes.push(span.text.trim());
      continue;
    }
    const between = piece === undefined ? '' : text.slice(piece.end, span.start);
    if (
      piece !== undefined &&
      span.start - piece.end <= JOIN_GAP &&
      !/[.!?\n]/.test(between) &&
      Math.max(span.end, piece.end) - piece.start <= LONGEST_QUOTE
    ) {
      piece = { start: piece.start, end: Math.max(piece.end, span.end) };
    } else {
      close();
      piece = { start: span.start, end: span.end };
    }
  }
  close();
  return [...new Set(quotes.filter((q) => q !== ''))];
}

/** The "no" answer to a question, for a denied red flag the reading has no finding for. */
function noAnswer(question: Question): AnswerValue | undefined {
  const { input } = question;
  if (input.kind === 'yes_no_unsure') return false;
  // The choice keys that can be denied all take 'none'.
  if (input.kind === 'choice') {
    return input.options.find((o) => o.value === 'none')?.value as AnswerValue | undefined;
  }
  return undefined;
}

function rowOf(
  text: string,
  key: AnswerKey,
  finding: Finding | undefined,
  changes: Changes,
): Row | undefined {
  const question = QUESTION_OF.get(key);
  // A key the check no longer asks has no control to show it with.
  if (question === undefined) return undefined;
  const read = finding?.value ?? noAnswer(question);
  if (read === undefined) return undefined;
  const change = changes[key];
  const certainty = finding?.certainty ?? 'denied';
  return {
    key,
    question,
    value: change ?? read,
    read,
    changed: change !== undefined,
    certainty,
    quotes: finding === undefined ? [] : quotesOf(text, finding.spans),
    ask: finding?.ask === true,
    unanswered: certainty === 'denied' && question.group === 'emergency' && change === undefined,
  };
}

/** The rows still waiting for the person's own answer, in the order shown. */
export function unansweredOf(understood: Understood): Row[] {
  return [...understood.found, ...understood.denied].filter((row) => row.unanswered);
}

/** The rows of "What we understood" for a reading of `text` and the person's changes so far. */
export function understoodOf(text: string, reading: Reading, changes: Changes): Understood {
  const toConfirm = new Set(reading.toConfirm);
  const byKey = new Map(reading.findings.map((f) => [f.key, f]));
  const found = reading.findings
    .filter((f) => !toConfirm.has(f.key))
    .map((f) => rowOf(text, f.key, f, changes))
    .filter((row) => row !== undefined);
  const denied = reading.toConfirm
    .map((key) => rowOf(text, key, byKey.get(key), changes))
    .filter((row) => row !== undefined);
  return { found, denied };
}

/**
 * The answers the check starts from once the person confirms: what the words gave (less the
 * findings that only give part of an answer, whose questions still come up), with each of the
 * person's changes on top. Only keys shown on the screen count, each with an answer its question
 * accepts.
 */
export function confirmedAnswers(text: string, reading: Reading, changes: Changes): Answers {
  const { found, denied } = understoodOf(text, reading, changes);
  // An emergency sign not answered on the screen is left to its question.
  const shown = new Set(
    [...found, ...denied].filter((row) => !row.unanswered).map((row) => row.key),
  );
  const fromWords = answersFromReading(reading, { forFlow: true });
  const answers: Record<string, AnswerValue> = {};
  for (const [key, value] of Object.entries(fromWords) as [AnswerKey, AnswerValue][]) {
    if (shown.has(key)) answers[key] = value;
  }
  for (const row of [...found, ...denied]) {
    if (row.changed && isAnswerTo(row.question, row.value)) answers[row.key] = row.value;
  }
  return answers as Answers;
}

/**
 * Changes read back from storage, each kept only when it is an answer its question accepts and the
 * key is one the reading shows; anything else is dropped, never trusted.
 */
export function validChanges(raw: unknown, reading: Reading): Changes {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const shown = new Set<AnswerKey>([...reading.findings.map((f) => f.key), ...reading.toConfirm]);
  const changes: Changes = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const question = QUESTION_OF.get(key as AnswerKey);
    if (question === undefined || !shown.has(question.id)) continue;
    if (isAnswerTo(question, value)) changes[question.id] = value as AnswerValue;
  }
  return changes;
}

/** Answers read back from storage, each kept only when its question accepts it. */
export function validAnswers(raw: unknown): Answers | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const answers: Record<string, AnswerValue> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const question = QUESTION_OF.get(key as AnswerKey);
    if (question !== undefined && isAnswerTo(question, value)) {
      answers[question.id] = value as AnswerValue;
    }
  }
  return answers as Answers;
}
