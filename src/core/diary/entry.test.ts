import { describe, expect, it } from 'vitest';
import { painScore } from '../units.js';
import { CORRECTION_MINUTES, correctsLast } from './entry.js';

const AT = '2026-03-02T08:00:00.000Z';
const at = (minutes: number) => Date.parse(AT) + minutes * 60_000;

describe('a quick score', () => {
  it('corrects a score alone given a moment ago, so changing one’s mind makes one entry', () => {
    expect(correctsLast({ at: AT, pain0to10: painScore(5) }, at(2))).toBe(true);
    expect(correctsLast({ at: AT, pain0to10: painScore(0) }, at(CORRECTION_MINUTES))).toBe(true);
    // As the diary reads it back, with its id.
    const kept = { id: '0190a000-0000-7000-8000-000000000001', at: AT, pain0to10: painScore(5) };
    expect(correctsLast(kept, at(1))).toBe(true);
  });

  it('adds an entry later in the day, after nothing, or after an entry with more in it', () => {
    expect(correctsLast({ at: AT, pain0to10: painScore(5) }, at(CORRECTION_MINUTES + 1))).toBe(
      false,
    );
    expect(correctsLast(undefined, at(1))).toBe(false);
    expect(correctsLast({ at: AT, pain0to10: painScore(5), note: 'after lifting' }, at(1))).toBe(
      false,
    );
    expect(correctsLast({ at: AT, pain0to10: painScore(5), sleepDisturbed: false }, at(1))).toBe(
      false,
    );
  });

  it('never corrects an entry from the future (a clock put back)', () => {
    expect(correctsLast({ at: AT, pain0to10: painScore(5) }, at(-5))).toBe(false);
  });
});
