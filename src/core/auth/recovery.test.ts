import { describe, expect, it } from 'vitest';
import { normalRecoveryCode, RECOVERY_CODE_BYTES, recoveryCode } from './recovery.js';

const bytes = (fill: number) => new Uint8Array(RECOVERY_CODE_BYTES).fill(fill);
const CHAR = '[0-9a-hjkmnp-tv-z]';

describe('recovery codes', () => {
  it('are 26 characters in groups of five, the last of six, that never include i, l, o or u', () => {
    for (const fill of [0, 1, 0x5a, 0xff]) {
      const code = recoveryCode(bytes(fill));
      expect(code).toMatch(new RegExp(`^${CHAR}{5}(-${CHAR}{5}){3}-${CHAR}{6}$`));
      expect(code.replace(/-/g, '')).toHaveLength(26);
    }
  });

  it('carry at least 128 random bits: 26 characters of 5 bits from 17 random bytes', () => {
    expect(RECOVERY_CODE_BYTES).toBe(17);
    expect(recoveryCode(bytes(0)).replace(/-/g, '').length * 5).toBeGreaterThanOrEqual(128);
  });

  it('differ when any one of the random bytes differs', () => {
    const seen = new Set<string>();
    for (let i = 0; i < RECOVERY_CODE_BYTES; i++) {
      const b = bytes(0);
      b[i] = 1;
      seen.add(recoveryCode(b));
    }
    expect(seen.size).toBe(RECOVERY_CODE_BYTES);
  });

  it('read back whatever the case, spacing and look-alike letters the person types', () => {
    const code = recoveryCode(bytes(0x3c));
    const typed = ` ${code.toUpperCase().replace(/-/g, ' ').replace(/0/g, 'O').replace(/1/g, 'l')} `;
    expect(normalRecoveryCode(typed)).toBe(code);
    expect(normalRecoveryCode(code.replace(/-/g, ''))).toBe(code);
  });

  it('still read a 20-character code handed out before, in the four groups it was shown and hashed in', () => {
    const former = '7k2mq-0v9xz-1abcd-efghj';
    expect(normalRecoveryCode(former)).toBe(former);
    expect(normalRecoveryCode(' 7K2MQ OV9XZ lABCD EFGHJ ')).toBe(former);
    expect(normalRecoveryCode('7k2mq0v9xz1abcdefghj')).toBe(former);
  });

  it('refuse what cannot be a code: a length between or beyond the two, or a letter the alphabet leaves out', () => {
    const code = recoveryCode(bytes(7));
    expect(normalRecoveryCode(code.slice(1))).toBeUndefined();
    expect(normalRecoveryCode(`${code}a`)).toBeUndefined();
    expect(normalRecoveryCode(`u${code.slice(1)}`)).toBeUndefined();
    expect(normalRecoveryCode('7k2mq-0v9xz-1abcd-efgh')).toBeUndefined();
    expect(normalRecoveryCode('7k2mq-0v9xz-1abcd-efghj-k')).toBeUndefined();
    expect(normalRecoveryCode('')).toBeUndefined();
  });

  it('need seventeen random bytes', () => {
    expect(() => recoveryCode(new Uint8Array(RECOVERY_CODE_BYTES - 1))).toThrow(RangeError);
  });
});
