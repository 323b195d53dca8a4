import { describe, expect, it } from 'vitest';
import { checkPassword, commonPasswords, hashPassword, verifyPassword } from './passwords.js';

describe('passwords on the server', () => {
  it('hashes with argon2id at 19 MiB, two passes, one lane, salted anew each time', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct horse battery');
  });

  it('verifies the right password and refuses a wrong one or an unreadable hash', async () => {
    const stored = await hashPassword('Tëst pässwörd 👍');
    expect(await verifyPassword(stored, 'Tëst pässwörd 👍')).toBe(true);
    expect(await verifyPassword(stored, 'Tëst pässwörd')).toBe(false);
    expect(await verifyPassword('not a hash', 'Tëst pässwörd 👍')).toBe(false);
  });

  it('refuses the passwords people use most, from the list shipped with the project', () => {
    expect(commonPasswords().size).toBeGreaterThan(10_000);
    for (const p of ['password', '12345678', 'iloveyou', 'Qwertyuiop', 'sunshine1']) {
      expect(checkPassword(p), p).toContain('most common');
    }
    expect(checkPassword('my back and the long walk home')).toBeUndefined();
  });
});
