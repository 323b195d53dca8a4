import { describe, expect, it } from 'vitest';
import { normalRecoveryCode, RECOVERY_CODE_BYTES, recoveryCode } from './recovery.js';

const bytes = (fill: number) => new Uint8Array(RECOVERY_CODE_BYTES).fill(fill);

describe('recovery codes', () => {
  it('are four groups of five characters that never include i, l, o or u', () => {
    for (const fill of [0, 1, 0x5a, 0xff]) {
      const code = recoveryCode(bytes(fill));
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}(-[0-9a-hjkmnp-tv-z]{5}){3}$/);
    }
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
  });

  it('refuse what cannot be a code: too short, too long or a letter the alphabet leaves out', () => {
    const code = recoveryCode(bytes(7));
    expect(normalRecoveryCode(code.slice(1))).toBeUndefined();
    expect(normalRecoveryCode(`${code}a`)).toBeUndefined();
    expect(normalRecoveryCode(`u${code.slice(1)}`)).toBeUndefined();
  });

  it('need thirteen random bytes', () => {
    expect(() => recoveryCode(new Uint8Array(12))).toThrow(RangeError);
  });
});
