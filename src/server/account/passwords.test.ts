import { describe, expect, it } from 'vitest';
import {
  CONTEXT_WORDS,
  checkPassword,
  commonPasswords,
  hashPassword,
  verifyPassword,
} from './passwords.js';

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

  it('refuses a password holding the sign-in name, whatever its case, spacing or separators', () => {
    for (const p of ['Ana.Lee 1990!', 'my name is ANALEE', 'ana_lee_rocks', 'xx ana-lee xx']) {
      expect(checkPassword(p, 'ana.lee'), p).toBe(
        'That password contains your name for Unknot, so it is easy to guess. Choose another.',
      );
    }
    expect(checkPassword('the long walk home', 'walk')).toContain('your name for Unknot');
    expect(checkPassword('the long walk home', 'Ｗａｌｋ')).toContain('your name for Unknot');
    expect(checkPassword('my back and the long walk home', 'ana.lee')).toBeUndefined();
    expect(checkPassword('my back and the long walk home')).toBeUndefined();
  });

  it('takes a password holding a name too short to count once its separators go', () => {
    expect(checkPassword('a bit of a long walk', 'a.b')).toBeUndefined();
    expect(checkPassword('a bit of a long walk', '')).toBeUndefined();
  });

  it('refuses a password holding a word tied to Unknot, naming the word', () => {
    expect(CONTEXT_WORDS).toEqual([
      'unknot',
      'backspasm',
      'backpain',
      'physio',
      'physiotherapy',
      'spasm',
    ]);
    const cases: [string, string][] = [
      ['I love Unknot so much', 'unknot'],
      ['my Back Spasm diary', 'backspasm'],
      ['my back-pain is better', 'backpain'],
      ['see the PHYSIO on tuesday', 'physio'],
      ['physiotherapy tuesdays', 'physio'],
      ['a spasm at 3am again', 'spasm'],
    ];
    for (const [p, word] of cases) {
      expect(checkPassword(p), p).toBe(
        `That password contains \u201c${word}\u201d, a word that goes with Unknot, so it is easy to guess. Choose another.`,
      );
    }
  });

  it('says first when a password is too short or too common, before any word it holds', () => {
    expect(checkPassword('unknot', 'ana')).toContain('at least 8');
    expect(checkPassword('password', 'password')).toContain('most common');
  });
});
