/**
 * Passwords on the server: hashed with argon2id at OWASP's first setting (19 MiB, two passes, one
 * lane) through @node-rs/argon2, whose binary ships in the package; checked against core's rules
 * and a list of common passwords shipped with the project (zxcvbn's list of the 30,000-odd most
 * used, from @zxcvbn-ts/language-common, MIT), of which only those long enough to pass the length
 * rule are kept. A password is never logged, stored or returned; only its hash is kept.
 */
import { createRequire } from 'node:module';
import {
  commonForm,
  PASSWORD_MIN,
  passwordLength,
  passwordProblem,
} from '../../core/auth/password.js';

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

/** Why `password` is refused, or undefined when it will do. */
export function checkPassword(password: string): string | undefined {
  return passwordProblem(password, (p) => commonPasswords().has(p));
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
