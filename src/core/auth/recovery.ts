/**
 * Recovery codes: the way back into an account when the password or passkey is lost, since no
 * e-mail is asked for. Ten are shown once, at sign-up (and again whenever the person makes a new
 * set); each works once. A code is 130 random bits (OWASP ASVS 5.0 V6.5.2 asks for at least 112
 * when, as here, codes are kept as a fast hash) written as 26 letters and digits from Crockford's
 * base 32, which leaves out I, L, O and U so nothing reads as another character, in groups of five
 * with the last group six: "7k2mq-…-…-…-…". What a person types back is read leniently (any case,
 * spaces or none, O for 0, I or L for 1). Codes handed out before were 100 bits in four groups of
 * five; they are still read, so nobody holding one is locked out. Pure: the random bytes are
 * passed in.
 */

export const RECOVERY_CODE_COUNT = 10;
/** 17 bytes hold the 130 bits the 26 characters write. */
export const RECOVERY_CODE_BYTES = 17;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const LENGTH = 26;
/** The 20-character codes handed out before codes grew to 26; still accepted. */
const FORMER_LENGTH = 20;
const GROUP = 5;

/**
 * The code in groups of five for reading aloud or copying; a remainder too short to be a group of
 * its own joins the last one, so 26 characters read as 5-5-5-5-6 and 20 as 5-5-5-5, the form the
 * code was shown and hashed in.
 */
function grouped(plain: string): string {
  const groups: string[] = [];
  let at = 0;
  while (at < plain.length) {
    const left = plain.length - at;
    const take = left < GROUP + GROUP / 2 ? left : GROUP;
    groups.push(plain.slice(at, at + take));
    at += take;
  }
  return groups.join('-');
}

/** A code from 17 random bytes, as the person is shown it: "7k2mq-…-…-…-…". */
export function recoveryCode(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_CODE_BYTES) {
    throw new RangeError(`a recovery code needs ${RECOVERY_CODE_BYTES} random bytes`);
  }
  let bits = 0n;
  for (const b of bytes.subarray(0, RECOVERY_CODE_BYTES)) bits = (bits << 8n) | BigInt(b);
  let text = '';
  for (let i = 0; i < LENGTH; i++) {
    text += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return grouped(text);
}

/**
 * A typed code in its one written form, or undefined when it cannot be a code. A 20-character
 * code (from before codes grew) comes back in its own four groups, so it matches the hash kept
 * when it was handed out.
 */
export function normalRecoveryCode(typed: string): string | undefined {
  const plain = typed.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
  if (plain.length !== LENGTH && plain.length !== FORMER_LENGTH) return undefined;
  if ([...plain].some((c) => !ALPHABET.includes(c))) return undefined;
  return grouped(plain);
}
