import { describe, expect, it } from 'vitest';
import { guessRegion } from './region.js';

describe('guessing the region from the browser languages', () => {
  it('reads the country of the first language that names one', () => {
    expect(guessRegion(['en-GB', 'en'])).toBe('UK');
    expect(guessRegion(['en-US'])).toBe('US');
    expect(guessRegion(['en-AU'])).toBe('AU');
    expect(guessRegion(['fr-CA'])).toBe('CA');
    expect(guessRegion(['en', 'en-NZ'])).toBe('NZ');
  });

  it('falls back to the EU (112) for other or missing countries', () => {
    expect(guessRegion(['de-DE'])).toBe('EU');
    expect(guessRegion(['en'])).toBe('EU');
    expect(guessRegion([])).toBe('EU');
  });

  it('reads a country after a script subtag and ignores case', () => {
    expect(guessRegion(['zh-Hant-us'])).toBe('US');
  });
});
