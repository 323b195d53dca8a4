import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/triage/engine.js';
import {
  answersFromReading,
  type Finding,
  type Reading,
  readDescription,
} from '../../core/triage/text/index.js';
import {
  confirmedAnswers,
  quotesOf,
  unansweredOf,
  understoodOf,
  validAnswers,
  validChanges,
} from './understood.js';

/** A finding for the words `said` found at `at` in the text. */
function finding(
  key: Finding['key'],
  value: Finding['value'],
  certainty: Finding['certainty'],
  text: string,
  said: string[],
  ask = false,
): Finding {
  const spans = said.map((s) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`"${s}" is not in the text`);
    return { start, end: start + s.length, text: s };
  });
  return { key, value, certainty, spans, ...(ask ? { ask: true as const } : {}) };
}

const TEXT =
  'My left foot is weak. I think I have a temperature. No numbness, the toilet is fine. About a 6 out of 10.';

const READING: Reading = {
  findings: [
    finding('painNow0to10', 6 as never, 'stated', TEXT, ['a 6 out of 10']),
    finding('fever', 'unsure', 'uncertain', TEXT, ['temperature']),
    finding('newBladderOrBowelProblem', false, 'denied', TEXT, ['toilet', 'fine']),
    finding('saddleNumbness', false, 'denied', TEXT, ['No', 'numbness']),
    finding('legWeakness', 'stable', 'stated', TEXT, ['foot is weak'], true),
  ],
  toConfirm: ['saddleNumbness', 'newBladderOrBowelProblem'],
};

describe('the words behind a finding', () => {
  it('quotes spans a few characters apart in one sentence as one piece', () => {
    const text = 'No numbness, the toilet is fine.';
    expect(
      quotesOf(text, [
        { start: 0, end: 2, text: 'No' },
        { start: 3, end: 11, text: 'numbness' },
      ]),
    ).toEqual(['No numbness']);
    expect(
      quotesOf(text, [
        { start: 17, end: 23, text: 'toilet' },
        { start: 27, end: 31, text: 'fine' },
      ]),
    ).toEqual(['toilet is fine']);
    // A "No" that starts a list denies each thing in it: the quote is the list.
    const list = 'No leg pain, no numbness, no fever.';
    expect(
      quotesOf(list, [
        { start: 0, end: 2, text: 'No' },
        { start: 29, end: 34, text: 'fever' },
      ]),
    ).toEqual(['No leg pain, no numbness, no fever']);
  });

  it('keeps pieces apart across a sentence or a long gap, and each only once', () => {
    const text = 'No. Numbness came later, long after the fall, and the numbness stays.';
    const spans = [
      { start: 0, end: 2, text: 'No' },
      { start: 4, end: 12, text: 'Numbness' },
      { start: 54, end: 62, text: 'numbness' },
      { start: 4, end: 12, text: 'Numbness' },
    ];
    expect(quotesOf(text, spans)).toEqual(['No', 'Numbness', 'numbness']);
  });

  it('quotes a span that is not in the text as it is', () => {
    expect(quotesOf('hello', [{ start: 0, end: 5, text: 'aged 40' }])).toEqual(['aged 40']);
  });
});

describe('what we understood', () => {
  it('lists the denied red flags apart, most urgent first, and the rest in order', () => {
    const { found, denied } = understoodOf(TEXT, READING, {});
    expect(found.map((r) => r.key)).toEqual(['painNow0to10', 'fever', 'legWeakness']);
    expect(denied.map((r) => r.key)).toEqual(['saddleNumbness', 'newBladderOrBowelProblem']);
    expect(denied.map((r) => r.quotes)).toEqual([['No numbness'], ['toilet is fine']]);
    expect(found[1]).toMatchObject({ certainty: 'uncertain', value: 'unsure', changed: false });
    expect(found[2]).toMatchObject({ ask: true, value: 'stable' });
  });

  it('shows a change instead of what the words gave', () => {
    const { found, denied } = understoodOf(TEXT, READING, { fever: false, saddleNumbness: true });
    expect(found[1]).toMatchObject({ value: false, read: 'unsure', changed: true });
    expect(denied[0]).toMatchObject({ value: true, read: false, changed: true });
  });

  it('leaves an emergency sign the words denied unchosen, for the person to answer', () => {
    const { denied } = understoodOf(TEXT, READING, {});
    // Both are emergency signs: a few words are not enough to take them as "no".
    expect(denied.map((r) => [r.key, r.unanswered])).toEqual([
      ['saddleNumbness', true],
      ['newBladderOrBowelProblem', true],
    ]);
    expect(unansweredOf(understoodOf(TEXT, READING, {})).map((r) => r.key)).toEqual([
      'saddleNumbness',
      'newBladderOrBowelProblem',
    ]);
    const answered = understoodOf(TEXT, READING, {
      saddleNumbness: false,
      newBladderOrBowelProblem: false,
    });
    expect(unansweredOf(answered)).toEqual([]);
  });

  it('takes a denied sign of the urgent group as "no" for the person to change', () => {
    const text = 'No fever at all.';
    const reading: Reading = {
      findings: [finding('fever', false, 'denied', text, ['No', 'fever'])],
      toConfirm: ['fever'],
    };
    expect(understoodOf(text, reading, {}).denied[0]).toMatchObject({
      key: 'fever',
      value: false,
      unanswered: false,
    });
    expect(confirmedAnswers(text, reading, {})).toEqual({ fever: false });
  });

  it('starts the check from the words, leaving out what needs asking', () => {
    // The unanswered emergency signs are left to their questions.
    expect(confirmedAnswers(TEXT, READING, {})).toEqual({ painNow0to10: 6, fever: 'unsure' });
    expect(
      confirmedAnswers(TEXT, READING, { saddleNumbness: false, newBladderOrBowelProblem: false }),
    ).toEqual({
      painNow0to10: 6,
      fever: 'unsure',
      newBladderOrBowelProblem: false,
      saddleNumbness: false,
    });
  });

  it('takes a change over the words, and a finding that needs asking once it is answered', () => {
    const answers = confirmedAnswers(TEXT, READING, {
      saddleNumbness: true,
      legWeakness: 'progressive',
    });
    expect(answers).toMatchObject({ saddleNumbness: true, legWeakness: 'progressive' });
    expect(evaluate(answers).disposition).toBe('emergency');
    // Changing a denied red flag to yes changes the result the words alone give.
    expect(evaluate(confirmedAnswers(TEXT, READING, {})).disposition).not.toBe('emergency');
  });

  it('shows and counts nothing for a key the check no longer asks', () => {
    const reading: Reading = {
      findings: [{ key: 'chestOrAbdominalPain', value: true, certainty: 'stated', spans: [] }],
      toConfirm: [],
    };
    expect(understoodOf('', reading, {})).toEqual({ found: [], denied: [] });
    expect(confirmedAnswers('', reading, {})).toEqual({});
  });

  it('gives the same answers as the reading itself once the emergency signs are answered no', () => {
    const text =
      "I'm 34. I bent down yesterday and my lower back went into spasm, about a 5 out of 10 and already a bit better. No leg pain, no numbness, no fever, the toilet's fine.";
    const reading = readDescription(text, { today: '2026-12-03' });
    const { denied } = understoodOf(text, reading, {});
    expect(denied.map((r) => r.key)).toEqual(reading.toConfirm);
    expect(denied.every((r) => r.read === false || r.read === 'none')).toBe(true);
    const saidNo = Object.fromEntries(
      unansweredOf(understoodOf(text, reading, {})).map((r) => [r.key, r.read]),
    );
    expect(Object.keys(saidNo).length).toBeGreaterThan(0);
    expect(confirmedAnswers(text, reading, saidNo)).toEqual(
      answersFromReading(reading, { forFlow: true }),
    );
  });
});

describe('what is read back from storage', () => {
  it('keeps only changes the reading shows, with answers their question accepts', () => {
    expect(
      validChanges(
        {
          fever: false,
          saddleNumbness: 'maybe',
          painNow0to10: 11,
          ageYears: 40,
          legWeakness: 'none',
        },
        READING,
      ),
    ).toEqual({ fever: false, legWeakness: 'none' });
    expect(validChanges('fever', READING)).toEqual({});
    expect(validChanges(null, READING)).toEqual({});
    expect(validChanges([true], READING)).toEqual({});
  });

  it('keeps only answers their question accepts', () => {
    expect(validAnswers({ fever: true, ageYears: -1, trend: 'up', nothing: 1 })).toEqual({
      fever: true,
    });
    expect(validAnswers(undefined)).toBeUndefined();
    expect(validAnswers('x')).toBeUndefined();
  });
});
