import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUuidV7, uuidv7, uuidv7Time } from './ids.js';

const zeros = (n: number) => new Uint8Array(n);
const ones = (n: number) => new Uint8Array(n).fill(0xff);

describe('uuidv7', () => {
  it('matches the RFC 9562 test vector layout for 2022-02-22 19:22:22 UTC', () => {
    // RFC 9562 appendix A.6: unix_ts_ms 0x017F22E279B0 gives the prefix 017f22e2-79b0-7.
    const id = uuidv7(0x017f22e279b0, zeros);
    expect(id).toBe('017f22e2-79b0-7000-8000-000000000000');
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    expect(uuidv7(0, ones)).toBe('00000000-0000-7fff-bfff-ffffffffffff');
  });

  it('is lower-case, recognised by isUuidV7, and gives back its time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 48 - 1 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (ms, bytes) => {
          const id = uuidv7(ms, () => bytes);
          expect(id).toBe(id.toLowerCase());
          expect(isUuidV7(id)).toBe(true);
          expect(uuidv7Time(id)).toBe(ms);
        },
      ),
    );
  });

  it('sorts ids made in a later millisecond after earlier ones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 48 - 2 }),
        fc.integer({ min: 1, max: 1000 }),
        (ms, later) => {
          const first = uuidv7(ms, ones);
          const second = uuidv7(Math.min(ms + later, 2 ** 48 - 1), zeros);
          expect(first < second).toBe(true);
        },
      ),
    );
  });

  it('asks for exactly ten random bytes', () => {
    const asked: number[] = [];
    uuidv7(1, (n) => {
      asked.push(n);
      return zeros(n);
    });
    expect(asked).toEqual([10]);
  });

  it('refuses a clock outside 48 bits, a fractional clock and too few random bytes', () => {
    expect(() => uuidv7(-1, zeros)).toThrow(RangeError);
    expect(() => uuidv7(2 ** 48, zeros)).toThrow(RangeError);
    expect(() => uuidv7(1.5, zeros)).toThrow(RangeError);
    expect(() => uuidv7(1, () => zeros(9))).toThrow(/10 random bytes/);
  });
});

describe('isUuidV7', () => {
  it('accepts upper case, as RFC 9562 asks of readers', () => {
    expect(isUuidV7('017F22E2-79B0-7CC3-98C4-DC0C0C07398F')).toBe(true);
  });

  it('rejects other versions, other variants, bad shapes and non-strings', () => {
    expect(isUuidV7('017f22e2-79b0-4cc3-98c4-dc0c0c07398f')).toBe(false); // version 4
    expect(isUuidV7('017f22e2-79b0-7cc3-c8c4-dc0c0c07398f')).toBe(false); // variant 110
    expect(isUuidV7('017f22e279b07cc398c4dc0c0c07398f')).toBe(false);
    expect(isUuidV7('017f22e2-79b0-7cc3-98c4-dc0c0c07398')).toBe(false);
    expect(isUuidV7(42)).toBe(false);
    expect(isUuidV7(undefined)).toBe(false);
  });
});
