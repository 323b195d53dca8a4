/**
 * How well the reader does on described cases, measured the same way by the tests, the bench and
 * the closing note: per finding, precision and recall of the exact value; and the result from the
 * words alone (no further question) against gold: exact, under-triage and over-triage.
 *
 * A finding counts as right only with the gold value ("stable" for "progressive" is wrong). Gold
 * lists only what a text says, so a finding gold leaves out counts against precision ("extra"),
 * and a second precision on the keys gold does state shows whether those extras are the cause.
 * The age and sex given beside the text are not the reader's work and are left out.
 */
import type { AnswerKey, Answers } from '../answers.js';
import { compareDispositions, type Disposition } from '../dispositions.js';
import { readDescription } from './extract.js';
import { outcomeOf } from './outcome.js';

export interface DescribedCase {
  id: string;
  text: string;
  ageYears?: number;
  sex?: 'female' | 'male' | 'other';
  findings: Answers;
  gold: Disposition;
}

export interface KeyFigures {
  /** Found with the gold value. */
  right: number;
  /** Found with another value than gold's. */
  wrong: number;
  /** Found where gold says nothing. */
  extra: number;
  /** In gold, not found. */
  missed: number;
}

export interface Figures {
  cases: number;
  exact: number;
  under: number;
  over: number;
  /** Ids of the cases whose result from the words alone is less urgent than gold. */
  underIds: string[];
  overIds: string[];
  perKey: Partial<Record<AnswerKey, KeyFigures>>;
  /** Over all keys: right / (right + wrong + extra). */
  precision: number;
  /** Over all keys: right / (right + wrong + missed). */
  recall: number;
  /** right / (right + wrong): precision on the keys gold states. */
  precisionOnStated: number;
}

/** Gold's one answer for chest or tummy pain stands for either of the two questions. */
function goldOf(findings: Answers): Answers {
  const { chestOrAbdominalPain, ...rest } = findings;
  if (chestOrAbdominalPain === undefined) return rest;
  return rest.abdominalPain === undefined && rest.chestPain === undefined
    ? { ...rest, abdominalPain: chestOrAbdominalPain }
    : rest;
}

export function measure(cases: readonly DescribedCase[]): Figures {
  const perKey: Partial<Record<AnswerKey, KeyFigures>> = {};
  const bump = (key: AnswerKey, field: keyof KeyFigures) => {
    const figures = perKey[key] ?? { right: 0, wrong: 0, extra: 0, missed: 0 };
    figures[field]++;
    perKey[key] = figures;
  };
  const figures = { cases: cases.length, exact: 0, under: 0, over: 0 };
  const underIds: string[] = [];
  const overIds: string[] = [];

  for (const c of cases) {
    const given = {
      ...(c.ageYears === undefined ? {} : { ageYears: c.ageYears }),
      ...(c.sex === undefined ? {} : { sex: c.sex }),
    };
    const reading = readDescription(c.text, given);
    const fromGiven = new Set<AnswerKey>(
      reading.findings.filter((f) => f.spans.length === 0).map((f) => f.key),
    );
    const found = new Map(reading.findings.map((f) => [f.key, f.value]));
    const gold = goldOf(c.findings);
    for (const [k, value] of Object.entries(gold)) {
      const key = k as AnswerKey;
      if (fromGiven.has(key)) continue;
      const got = found.get(key);
      if (got === undefined) bump(key, 'missed');
      else bump(key, got === value ? 'right' : 'wrong');
    }
    for (const key of found.keys()) {
      if (!fromGiven.has(key) && gold[key] === undefined) bump(key, 'extra');
    }
    const order = compareDispositions(outcomeOf(reading).disposition, c.gold);
    if (order === 0) figures.exact++;
    else if (order < 0) {
      figures.under++;
      underIds.push(c.id);
    } else {
      figures.over++;
      overIds.push(c.id);
    }
  }

  let right = 0;
  let wrong = 0;
  let extra = 0;
  let missed = 0;
  for (const f of Object.values(perKey)) {
    right += f.right;
    wrong += f.wrong;
    extra += f.extra;
    missed += f.missed;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    ...figures,
    underIds,
    overIds,
    perKey,
    precision: ratio(right, right + wrong + extra),
    recall: ratio(right, right + wrong + missed),
    precisionOnStated: ratio(right, right + wrong),
  };
}
