/**
 * UUIDv7 ids (RFC 9562 §5.7), made wherever a record is made (the browser offline, the server, the
 * CLI) so a record sent twice is stored once. Pure: the caller passes its clock and its source of
 * random bytes, so the browser uses `crypto.getRandomValues` and Node `crypto.randomBytes`.
 */

/** Lower- or upper-case UUIDv7 text: version nibble 7, variant bits 10. */
export const UUID_V7_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const MAX_TIMESTAMP = 2 ** 48 - 1;
const RANDOM_BYTES = 10;

/**
 * A UUIDv7 for the millisecond `nowMs` (Unix epoch): 48 bits of time, then 74 random bits around
 * the version and variant. Ids made later sort after ids made earlier, which keeps indexes compact.
 */
export function uuidv7(nowMs: number, randomBytes: (n: number) => Uint8Array): string {
  if (!Number.isInteger(nowMs) || nowMs < 0 || nowMs > MAX_TIMESTAMP) {
    throw new RangeError(`uuidv7 needs a whole number of milliseconds in 0..2^48-1, got ${nowMs}`);
  }
  const random = randomBytes(RANDOM_BYTES);
  if (random.length < RANDOM_BYTES) {
    throw new RangeError(`uuidv7 needs ${RANDOM_BYTES} random bytes, got ${random.length}`);
  }
  const bytes = new Uint8Array(16);
  // Division, not bit shifts: JavaScript's shifts work on 32 bits and the timestamp has 48.
  let time = nowMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes.set(random.subarray(0, RANDOM_BYTES), 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function isUuidV7(s: unknown): s is string {
  return typeof s === 'string' && UUID_V7_PATTERN.test(s);
}

/** The millisecond a UUIDv7 was made, read back from its first 48 bits. */
export function uuidv7Time(id: string): number {
  if (!isUuidV7(id)) throw new RangeError('not a UUIDv7');
  return Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
