import { describe, expect, it } from 'vitest';
import { dayLabel, shortDay } from './dates.js';

describe('days written for a person', () => {
  it('names a day for a heading and for a compact row', () => {
    expect(dayLabel('2025-03-03')).toBe('Monday 3 March');
    expect(shortDay('2025-03-03')).toBe('Mon');
  });
});
