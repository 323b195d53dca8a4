/**
 * Recovery codes: the way back into an account when the password or passkey is lost, since no
 * e-mail is asked for. Ten are shown once, at sign-up (and again whenever the person makes a new
 * set); each works once. A code is 100 random bits written as four groups of five letters and
 * digits from Crockford's base 32, which leaves out I, L, O and U so nothing reads as another
 * character; what a person types back is read leniently (any case, spaces or none, O for 0, I or L
 * for 1). Pure: the random bytes are passed in.
 */

export const RECOVERY_CODE_COUNT = 10;
/** 13 bytes hold the 100 bits the 20 characters write. */
export const RECOVERY_CODE_BYTES = 13;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const LENGTH = 20;
const GROUP = 5;

/** A code from 13 random bytes, as the person is shown it: "7k2mq-…-…-…". */
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
  return (text.match(new RegExp(`.{${GROUP}}`, 'g')) ?? []).join('-');
}

/** A typed code in its one written form, or undefined when it cannot be a code. */
export function normalRecoveryCode(typed: string): string | undefined {
  const plain = typed.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
  if (plain.length !== LENGTH || [...plain].some((c) => !ALPHABET.includes(c))) return undefined;
  return (plain.match(new RegExp(`.{${GROUP}}`, 'g')) ?? []).join('-');
}
