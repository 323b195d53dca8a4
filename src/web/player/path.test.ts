import { describe, expect, it } from 'vitest';
import { readSessionQuery, sessionPath } from './path.js';

describe('the player address', () => {
  it('reads back the exercises and origin it was built with', () => {
    const path = sessionPath(['pelvic-tilt', 'cat-cow'], 'relief');
    expect(path).toBe('/session?exercises=pelvic-tilt,cat-cow&from=relief');
    const query = Object.fromEntries(new URL(path, 'https://x.test').searchParams);
    expect(readSessionQuery(query)).toEqual({
      exerciseIds: ['pelvic-tilt', 'cat-cow'],
      from: 'relief',
    });
  });

  it('drops empty and repeated ids and unknown origins', () => {
    expect(readSessionQuery({ exercises: 'a,,a, b ', from: 'elsewhere' })).toEqual({
      exerciseIds: ['a', 'b'],
      from: undefined,
    });
    expect(readSessionQuery({})).toEqual({ exerciseIds: [], from: undefined });
  });
});
