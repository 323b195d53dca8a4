/** A relief timer can be shortened and lengthened, but never past its limits. */
import { describe, expect, it } from 'vitest';
import { canLengthen, clampTimerSeconds, lengthenTimer } from './timer.js';

const LIMITS = { minSeconds: 300, maxSeconds: 900, extendBySeconds: 60 };

describe('relief timers', () => {
  it('a "+" tap adds the step and stops at the maximum', () => {
    expect(lengthenTimer(LIMITS, 600)).toBe(660);
    expect(lengthenTimer(LIMITS, 870)).toBe(900);
    expect(lengthenTimer(LIMITS, 900)).toBe(900);
  });

  it('says when a "+" tap would still add time', () => {
    expect(canLengthen(LIMITS, 840)).toBe(true);
    expect(canLengthen(LIMITS, 900)).toBe(false);
  });

  it('keeps any length within the limits, in whole seconds', () => {
    expect(clampTimerSeconds(LIMITS, 10)).toBe(300);
    expect(clampTimerSeconds(LIMITS, 5000)).toBe(900);
    expect(clampTimerSeconds(LIMITS, 612.4)).toBe(612);
  });
});
