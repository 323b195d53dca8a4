/**
 * The browser's one id maker: a UUIDv7 from the clock and the browser's cryptographic random
 * numbers, for every record, outbox entry and feedback the device makes, online or off.
 */
import { uuidv7 } from '../core/ids.js';

const randomBytes = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));

/** A new UUIDv7; `atMs` backdates it, as the migration does for records made before ids. */
export function newId(atMs = Date.now()): string {
  return uuidv7(Math.max(0, Math.floor(atMs)), randomBytes);
}
