/**
 * Share codes: what a person gives their clinician to let them see the scopes the person chose.
 * Short enough to read out over the phone or type from a screen: eight characters of Crockford's
 * base 32 (40 random bits), shown as two groups of four ("K7QM-2XPD"). A code works once and for
 * seven days, and redeeming is limited like sign-in (50 tries per address per 15 minutes), so
 * guessing one of a server's live codes is out of reach. Read back leniently, as recovery codes are.
 * Pure: the random bytes are passed in.
 */

export const SHARE_CODE_BYTES = 5;
export const SHARE_CODE_DAYS = 7;
export const SHARE_CODE_MS = SHARE_CODE_DAYS * 24 * 3_600_000;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 8;

/** A code from 5 random bytes, as the person is shown it: "K7QM-2XPD". */
export function shareCode(bytes: Uint8Array): string {
  if (bytes.length < SHARE_CODE_BYTES) {
    throw new RangeError(`a share code needs ${SHARE_CODE_BYTES} random bytes`);
  }
  let bits = 0n;
  for (const b of bytes.subarray(0, SHARE_CODE_BYTES)) bits = (bits << 8n) | BigInt(b);
  let text = '';
  for (let i = 0; i < LENGTH; i++) {
    text = ALPHABET[Number(bits & 31n)] + text;
    bits >>= 5n;
  }
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}

/** A typed code in its one written form, or undefined when it cannot be one. */
export function normalShareCode(typed: string): string | undefined {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== LENGTH || [...plain].some((c) => !ALPHABET.includes(c))) return undefined;
  return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}
