import { describe, expect, it } from 'vitest';
import { CONTENT_KINDS } from '../core/content/constants.js';
import { itemPath, kindFromSlug, kindPath, LEARN_ORDER, searchPath } from './routes.js';

describe('web addresses', () => {
  it('lists every content kind once on the Learn page', () => {
    expect([...LEARN_ORDER].sort()).toEqual([...CONTENT_KINDS].sort());
  });

  it('reads every kind but exercises back from the Learn address it links to', () => {
    for (const kind of CONTENT_KINDS.filter((k) => k !== 'exercise')) {
      const slug = kindPath(kind).replace('/learn/', '');
      expect(kindFromSlug(slug)).toBe(kind);
    }
  });

  it('keeps one place for exercises: the library, which the old Learn address still reaches', () => {
    expect(kindPath('exercise')).toBe('/exercises');
    expect(kindFromSlug('exercises')).toBe('exercise');
  });

  it('gives no kind for an unknown or internal name', () => {
    expect(kindFromSlug('warning_sign')).toBeUndefined();
    expect(kindFromSlug(undefined)).toBeUndefined();
  });

  it('encodes what a person typed into the search address', () => {
    expect(searchPath('ice or heat?')).toBe('/search?q=ice%20or%20heat%3F');
    expect(searchPath('')).toBe('/search');
    expect(itemPath('knee-to-chest')).toBe('/topic/knee-to-chest');
  });
});
