/** The breathing animation follows the clock: the part of the breath at any elapsed time. */
import { describe, expect, it } from 'vitest';
import { breathAt, breathSeconds } from './breathing.js';

const FOUR_SIX = { inSeconds: 4, holdInSeconds: 0, outSeconds: 6, holdOutSeconds: 0 };
const BOX = { inSeconds: 4, holdInSeconds: 4, outSeconds: 4, holdOutSeconds: 4 };

describe('paced breathing', () => {
  it('a breath lasts the sum of its parts', () => {
    expect(breathSeconds(FOUR_SIX)).toBe(10);
    expect(breathSeconds(BOX)).toBe(16);
  });

  it('breathes in, then out, then starts the next breath', () => {
    expect(breathAt(FOUR_SIX, 0)).toEqual({ part: 'in', progress: 0, breath: 0 });
    expect(breathAt(FOUR_SIX, 2000)).toEqual({ part: 'in', progress: 0.5, breath: 0 });
    expect(breathAt(FOUR_SIX, 4000)).toEqual({ part: 'out', progress: 0, breath: 0 });
    expect(breathAt(FOUR_SIX, 7000)).toEqual({ part: 'out', progress: 0.5, breath: 0 });
    expect(breathAt(FOUR_SIX, 10_000)).toEqual({ part: 'in', progress: 0, breath: 1 });
  });

  it('holds between breaths when the pace asks for it', () => {
    expect(breathAt(BOX, 5000).part).toBe('hold-in');
    expect(breathAt(BOX, 13_000).part).toBe('hold-out');
  });

  it('jumps straight to the right moment after a long gap, and treats time before the start as the start', () => {
    expect(breathAt(FOUR_SIX, 3_600_000 + 5000)).toEqual({
      part: 'out',
      progress: 1 / 6,
      breath: 360,
    });
    expect(breathAt(FOUR_SIX, -500)).toEqual({ part: 'in', progress: 0, breath: 0 });
  });
});
