import { describe, expect, it } from 'vitest';
import { RecentAnswers } from './recent-answers.js';

describe('recent answers', () => {
  it('drop the least recently asked once full, keeping one asked again', () => {
    const kept = new RecentAnswers(2);
    kept.set('ice', '[1]');
    kept.set('heat', '[2]');
    expect(kept.get('ice')).toBe('[1]');
    kept.set('walking', '[3]');
    expect(kept.get('heat')).toBeUndefined();
    expect(kept.get('ice')).toBe('[1]');
    expect(kept.get('walking')).toBe('[3]');
    expect(kept.count).toBe(2);
  });

  it('replace an answer set again without growing', () => {
    const kept = new RecentAnswers(2);
    kept.set('ice', '[1]');
    kept.set('ice', '[9]');
    expect(kept.get('ice')).toBe('[9]');
    expect(kept.count).toBe(1);
  });
});
