import { describe, expect, it } from 'vitest';
import { ANSWER_KEYS } from '../findings.js';
import { daysWords, FINDING_LABELS, valueWords } from './words.js';

describe('findings in words', () => {
  it('every answer key has a label', () => {
    for (const key of ANSWER_KEYS) expect(FINDING_LABELS[key].length).toBeGreaterThan(0);
  });

  it.each([
    ['painNow0to10', 8, '8 out of 10'],
    ['ageYears', 1, '1 year'],
    ['durationDays', 0, 'Since today'],
    ['durationDays', 21, '3 weeks'],
    ['durationDays', 45, 'About 6 weeks'],
    ['durationDays', 730, 'About 2 years'],
    ['priorEpisodes', 3, '3 times'],
    ['trend', 'worse', 'Getting worse'],
    ['fever', 'unsure', 'Not sure'],
    ['fever', false, 'No'],
  ] as const)('%s %j reads "%s"', (key, value, words) => {
    expect(valueWords(key, value)).toBe(words);
  });

  it('a lower bound says only what the words said', () => {
    expect(valueWords('legWeakness', 'stable', true)).toBe('Yes');
    expect(valueWords('legWeakness', 'stable')).toBe('Yes, not getting worse');
    expect(valueWords('onsetAfterTrauma', 'minor', true)).toBe('Yes');
  });

  it('counts days in the words a person would use', () => {
    expect(daysWords(1)).toBe('1 day');
    expect(daysWords(14)).toBe('2 weeks');
    expect(daysWords(90)).toBe('About 3 months');
  });
});
