import { describe, expect, it } from 'vitest';
import {
  compareDispositions,
  DISPOSITION_INFO,
  DISPOSITIONS,
  isDisposition,
  mostUrgent,
} from './dispositions.js';

describe('dispositions', () => {
  it('rank emergency above urgent above soon above self-care', () => {
    expect(compareDispositions('emergency', 'urgent')).toBeGreaterThan(0);
    expect(compareDispositions('urgent', 'soon')).toBeGreaterThan(0);
    expect(compareDispositions('soon', 'self_care')).toBeGreaterThan(0);
    expect(compareDispositions('soon', 'soon')).toBe(0);
    expect(compareDispositions('self_care', 'emergency')).toBeLessThan(0);
  });

  it('the most urgent of several is the maximum, and of none is self-care', () => {
    expect(mostUrgent('soon', 'emergency', 'urgent')).toBe('emergency');
    expect(mostUrgent('soon', 'soon', 'soon')).toBe('soon');
    expect(mostUrgent()).toBe('self_care');
  });

  it('each has a title and a meaning in plain words', () => {
    for (const d of DISPOSITIONS) {
      expect(DISPOSITION_INFO[d].title.length).toBeGreaterThan(5);
      expect(DISPOSITION_INFO[d].meaning.length).toBeGreaterThan(20);
    }
  });

  it('recognises its own names only', () => {
    expect(isDisposition('urgent')).toBe(true);
    expect(isDisposition('routine')).toBe(false);
    expect(isDisposition(3)).toBe(false);
  });
});
