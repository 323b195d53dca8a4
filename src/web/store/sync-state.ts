/**
 * What this device keeps to sync, beside the person's records: the account it syncs with (its id
 * and name; the session itself is an HttpOnly cookie no script can read), the hybrid logical clock
 * that stamps each write, and the cursor of the last pull. They belong to this device, so a backup
 * file leaves them out and a restore never brings another device's.
 */
import { type Hlc, hlcStart, isNode } from '../../core/sync/hlc.js';

export const SYNC_SETTINGS = {
  account: 'sync:account',
  clock: 'sync:clock',
  cursor: 'sync:cursor',
} as const;

export const isSyncSetting = (id: string): boolean => id.startsWith('sync:');

/** The account this device syncs with. */
export interface LinkedAccount {
  id: string;
  username: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function readAccount(value: unknown): LinkedAccount | undefined {
  return isObject(value) && typeof value.id === 'string' && typeof value.username === 'string'
    ? { id: value.id, username: value.username }
    : undefined;
}

export function readClock(value: unknown): Hlc | undefined {
  return isObject(value) &&
    typeof value.millis === 'number' &&
    typeof value.counter === 'number' &&
    typeof value.node === 'string' &&
    isNode(value.node)
    ? { millis: value.millis, counter: value.counter, node: value.node }
    : undefined;
}

/** A new clock for this device, its node 64 random bits. */
export function newClock(): Hlc {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return hlcStart(Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''));
}
