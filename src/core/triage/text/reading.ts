/**
 * What the check understood from a person's own words, as types, and how that reading becomes the
 * check's answers. The extractor (extract.ts) makes a `Reading`; the browser shows it as a list the
 * person can change, the API returns it, and `answersFromReading` turns it into the same `Answers`
 * the questions give, so the engine decides exactly as it does for tapped answers.
 *
 * Safety lives here as much as in the extractor:
 * - `uncertain` findings become the cautious answer ('unsure' where the key takes it), as the
 *   buttons' "Not sure" does;
 * - `denied` red flags are kept apart in `toConfirm` and shown for confirmation before any result
 *   (a person's "no" in passing is not taken silently);
 * - a finding marked `ask` names only the least the words guarantee (a weak leg, not whether it is
 *   getting worse), so its question is still asked.
 */
import type { AnswerKey, Answers } from '../answers.js';

/** How sure the words are: said, said not to be so, or hedged ("I think", "not sure if"). */
export type Certainty = 'stated' | 'denied' | 'uncertain';

/** The characters of the person's text that led to a finding: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type AnswerValue = Exclude<Answers[AnswerKey], undefined>;

export interface Finding {
  key: AnswerKey;
  /** The answer the words give, already read the cautious way when `uncertain`. */
  value: AnswerValue;
  certainty: Certainty;
  /** The words that led to it, in text order; empty when it came from the age or sex given apart. */
  spans: Span[];
  /**
   * The words give only a lower bound (a weak leg, but not whether it is getting worse; a fall, but
   * not how bad): `value` counts for the result from the words alone, and the question is still
   * asked.
   */
  ask?: true;
}

export interface Reading {
  /** One finding per key, in the order of the check's answer keys. */
  findings: Finding[];
  /**
   * Red flags the words denied, most urgent first: shown as "You said none of these" for the person
   * to confirm or change before the result.
   */
  toConfirm: AnswerKey[];
}

/** What a person may give beside their words: the age and sex fields of the API and the CLI. */
export interface GivenDetails {
  ageYears?: number;
  sex?: 'female' | 'male' | 'other';
  /** Today's date (YYYY-MM-DD) in the person's zone, so "since Monday" can be counted. */
  today?: string;
}

/**
 * The answers a reading gives. By default denied red flags count as "no" and findings marked `ask`
 * count at their lower bound: the result from the words alone, before any further question. With
 * `forFlow` true, findings marked `ask` are left out so their questions come up.
 */
export function answersFromReading(reading: Reading, options: { forFlow?: boolean } = {}): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const finding of reading.findings) {
    if (options.forFlow === true && finding.ask === true) continue;
    answers[finding.key] = finding.value;
  }
  return answers as Answers;
}
