/**
 * Passwords on the server: hashed with argon2id at OWASP's first setting (19 MiB, two passes, one
 * lane) through @node-rs/argon2, whose binary ships in the package; checked against core's rules
 * and a list of common passwords shipped with the project (zxcvbn's list of the 30,000-odd most
 * used, from @zxcvbn-ts/language-common, MIT), of which only those long enough to pass the length
 * rule are kept. A password that holds the person's sign-in name or a word tied to Unknot is
 * refused too (OWASP ASVS 5.0 V6.2.11): those are the first guesses of anyone aiming at this
 * site. A password is never logged, stored or returned; only its hash is kept.
 */
import { createRequire } from 'node:module';
import {
  commonForm,
  PASSWORD_MIN,
  passwordLength,
  passwordProblem,
} from '../../core/auth/password.js';
import { USERNAME_MIN } from '../../core/auth/username.js';

/** OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1. */
export const ARGON2_OPTIONS = {
  /** Algorithm.Argon2id; the package declares it as a const enum, which cannot be imported here. */
  algorithm: 2,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

/** The native argon2 binding, loaded on the first password so start-up does not wait for it. */
let argon2: Promise<typeof import('@node-rs/argon2')> | undefined;
const binding = () => {
  argon2 ??= import('@node-rs/argon2');
  return argon2;
};

let common: Set<string> | undefined;

/** The common passwords long enough to matter, loaded once on first use. */
export function commonPasswords(): Set<string> {
  if (common === undefined) {
    const require = createRequire(import.meta.url);
    const list: string[] = require('@zxcvbn-ts/language-common/src/passwords.json');
    common = new Set(list.map(commonForm).filter((p) => passwordLength(p) >= PASSWORD_MIN));
  }
  return common;
}

/**
 * Words tied to this product that a password may not contain (ASVS V6.1.2 asks for the list to be
 * documented; docs/security.md repeats it): the app's name and what it is about, the first words
 * anyone guessing at an Unknot account would try.
 */
export const CONTEXT_WORDS: readonly string[] = [
  'unknot',
  'backspasm',
  'backpain',
  'physio',
  'physiotherapy',
  'spasm',
];

/**
 * The form a password is searched for context words in: as usernameKey compares names, and
 * without spaces, dots, hyphens or underscores, so "Back Pain" and "ana.lee" are caught as
 * "backpain" and "analee".
 */
function contextForm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s._-]/gu, '');
}

/**
 * Why `password` is refused, or undefined when it will do. `username`, when given, is the sign-in
 * name the password goes with, as the person typed it.
 */
export function checkPassword(password: string, username?: string): string | undefined {
  const problem = passwordProblem(password, (p) => commonPasswords().has(p));
  if (problem !== undefined) return problem;
  const form = contextForm(password);
  const name = username === undefined ? '' : contextForm(username);
  // Shorter than a name may be ("a.b" without its dot), it would turn up in passwords by chance.
  if ([...name].length >= USERNAME_MIN && form.includes(name)) {
    return 'That password contains your name for Unknot, so it is easy to guess. Choose another.';
  }
  const word = CONTEXT_WORDS.find((w) => form.includes(w));
  if (word !== undefined) {
    return `That password contains \u201c${word}\u201d, a word that goes with Unknot, so it is easy to guess. Choose another.`;
  }
  return undefined;
}

export async function hashPassword(password: string): Promise<string> {
  return (await binding()).hash(password, ARGON2_OPTIONS);
}

/** True when `password` matches `stored`; false for a wrong password or a hash it cannot read. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const { verify } = await binding();
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
