import englishWords from 'an-array-of-english-words' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { editDistance, KNOWN_SLIPS, mendWord } from './spelling.js';
import { REAL_WORDS_NEAR_TARGETS } from './spelling-guard.js';

describe('mending spelling slips', () => {
  it.each([
    ['numbess', 'numbness'],
    ['tingleing', 'tingling'],
    ['feaver', 'fever'],
    ['temprature', 'temperature'],
    ['bowles', 'bowels'],
    ['incontinance', 'incontinence'],
    ['sciatia', 'sciatica'],
    ['shiverring', 'shivering'],
    ['osteoperosis', 'osteoporosis'],
  ])('"%s" is read as "%s"', (slip, word) => {
    expect(mendWord(slip)).toBe(word);
  });

  it('leaves words it knows, short words and words too far from any target', () => {
    expect(mendWord('numbness')).toBeUndefined();
    expect(mendWord('numb')).toBeUndefined();
    expect(mendWord('keyboard')).toBeUndefined();
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('bowles', 'bowels', 2)).toBe(1);
    expect(editDistance('fever', 'fiver', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('never turns a real English word into a different word (all 275,000 are checked)', () => {
    const changed: string[] = [];
    for (const word of englishWords as string[]) {
      const mended = mendWord(word);
      if (mended === undefined || mended === word) continue;
      // Slips named one by one ("nite") were chosen on purpose.
      if (KNOWN_SLIPS.has(word)) continue;
      // Another form of the same word ("bladders", "tingled") may be read as it.
      if (word.startsWith(mended) || mended.startsWith(word)) continue;
      if (!REAL_WORDS_NEAR_TARGETS.has(word)) changed.push(`${word} → ${mended}`);
    }
    expect(changed, 'add these to spelling-guard.ts, or drop the target that draws them').toEqual(
      [],
    );
  });
});
