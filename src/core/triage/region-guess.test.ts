import { describe, expect, it } from 'vitest';
import { guessRegion } from './region-guess.js';

describe('guessRegion', () => {
  it('reads the time zone first: where the device clock is set', () => {
    expect(guessRegion(['en-US'], 'Europe/London')).toBe('UK');
    expect(guessRegion(['en-GB'], 'America/New_York')).toBe('US');
    expect(guessRegion([], 'America/Indiana/Indianapolis')).toBe('US');
    expect(guessRegion([], 'America/Toronto')).toBe('CA');
    expect(guessRegion([], 'Australia/Sydney')).toBe('AU');
    expect(guessRegion([], 'Pacific/Auckland')).toBe('NZ');
    expect(guessRegion([], 'Asia/Kolkata')).toBe('IN');
    expect(guessRegion([], 'Europe/Dublin')).toBe('IE');
    expect(guessRegion([], 'Europe/Berlin')).toBe('EU');
  });

  it('falls back to the languages when the zone names no place', () => {
    expect(guessRegion(['fr-FR', 'en'], 'UTC')).toBe('EU');
    expect(guessRegion(['en-AU'], '')).toBe('AU');
    expect(guessRegion(['en-GB'], 'Etc/GMT')).toBe('UK');
    expect(guessRegion(['de-AT'])).toBe('EU');
  });

  it('knows nothing rather than guessing: a zone outside our regions, or no country at all', () => {
    expect(guessRegion(['en-US'], 'Asia/Tokyo')).toBeUndefined();
    expect(guessRegion(['en-US'], 'America/Mexico_City')).toBeUndefined();
    expect(guessRegion(['en-US'], 'Europe/Moscow')).toBeUndefined();
    expect(guessRegion(['en', 'fr'], 'UTC')).toBeUndefined();
    expect(guessRegion([])).toBeUndefined();
  });
});

describe('guessRegion from the languages alone', () => {
  it('reads the country of the first language that names one', () => {
    expect(guessRegion(['en-GB', 'en'])).toBe('UK');
    expect(guessRegion(['en-US'])).toBe('US');
    expect(guessRegion(['en-AU'])).toBe('AU');
    expect(guessRegion(['fr-CA'])).toBe('CA');
    expect(guessRegion(['en', 'en-NZ'])).toBe('NZ');
    expect(guessRegion(['de-DE'])).toBe('EU');
  });

  it('reads a country after a script subtag and ignores case', () => {
    expect(guessRegion(['zh-Hant-us'])).toBe('US');
  });
});
