import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalShareCode, SHARE_CODE_BYTES, shareCode } from './share-code.js';

describe('share codes', () => {
  it('writes 40 random bits as two groups of four unambiguous characters', () => {
    expect(shareCode(new Uint8Array([0, 0, 0, 0, 0]))).toBe('0000-0000');
    expect(shareCode(new Uint8Array([255, 255, 255, 255, 255]))).toBe('ZZZZ-ZZZZ');
    expect(() => shareCode(new Uint8Array(4))).toThrow(RangeError);
  });

  it('gives distinct bytes distinct codes, and reads each back however it is typed', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: SHARE_CODE_BYTES, maxLength: SHARE_CODE_BYTES }),
        fc.uint8Array({ minLength: SHARE_CODE_BYTES, maxLength: SHARE_CODE_BYTES }),
        (a, b) => {
          const code = shareCode(a);
          expect(normalShareCode(code)).toBe(code);
          expect(normalShareCode(` ${code.toLowerCase().replace('-', ' ')} `)).toBe(code);
          if (a.join() !== b.join()) expect(shareCode(b)).not.toBe(code);
        },
      ),
    );
  });

  it('reads O as zero and I or L as one, and refuses what cannot be a code', () => {
    expect(normalShareCode('o1il-ABCD')).toBe('0111-ABCD');
    for (const typed of ['', 'ABCD-EFG', 'ABCD-EFGHJ', 'ABCD-EFGU', 'ABCD_EFGH']) {
      expect(normalShareCode(typed)).toBeUndefined();
    }
  });
});
