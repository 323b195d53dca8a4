import { describe, expect, it } from 'vitest';
import { doseWords, duration } from './format.js';

describe('numbers in words', () => {
  it('says a length of time in seconds, minutes, or both', () => {
    expect(duration(20)).toBe('20 s');
    expect(duration(300)).toBe('5 min');
    expect(duration(90)).toBe('1 min 30 s');
  });

  it('says a dose with each side and the singular where it belongs', () => {
    const dose = { holdSeconds: 20, reps: 1, sets: 2, perSide: true };
    expect(doseWords(dose, false)).toBe('Hold 20 s · 1 time each side · 2 sets');
    expect(doseWords({ ...dose, reps: 5, sets: 1, perSide: false }, false)).toBe(
      'Hold 20 s · 5 times · 1 set',
    );
  });

  it('says a continuous exercise as one stretch of time', () => {
    expect(doseWords({ holdSeconds: 600, reps: 1, sets: 1, perSide: false }, true)).toBe(
      '10 min at an easy pace',
    );
  });
});
