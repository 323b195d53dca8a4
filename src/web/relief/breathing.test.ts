import { describe, expect, it } from 'vitest';
import { breathAt } from '../../core/relief/breathing.js';
import { circleScale, countText } from './breathing.js';

const pace = { inSeconds: 4, holdInSeconds: 0, outSeconds: 6, holdOutSeconds: 0 };

describe('the breathing pacer', () => {
  it('counts the seconds of each breath for people who prefer no motion', () => {
    expect(countText(pace, breathAt(pace, 0))).toBe('Breathe in…');
    expect(countText(pace, breathAt(pace, 1_000))).toBe('Breathe in… 2…');
    expect(countText(pace, breathAt(pace, 3_500))).toBe('Breathe in… 2… 3… 4');
    expect(countText(pace, breathAt(pace, 4_000))).toBe('Breathe out…');
    expect(countText(pace, breathAt(pace, 9_999))).toBe('Breathe out… 2… 3… 4… 5… 6');
  });

  it('grows the circle on the breath in and shrinks it on the breath out', () => {
    const small = circleScale(breathAt(pace, 0));
    const half = circleScale(breathAt(pace, 2_000));
    const full = circleScale(breathAt(pace, 3_999));
    expect(small).toBeLessThan(half);
    expect(half).toBeLessThan(full);
    expect(circleScale(breathAt(pace, 7_000))).toBeLessThan(full);
    expect(circleScale(breathAt(pace, 10_000))).toBeCloseTo(small);
  });
});
