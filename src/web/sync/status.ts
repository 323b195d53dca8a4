/**
 * What the person is told about sync, as one signal the header and the account page read: off (no
 * account on this device), synced, waiting (with the count), offline, signed out on the server, or
 * a problem with what to do. Small and zod-free: the header loads it on every page.
 */
import { signal } from '@preact/signals';

export type SyncStatus =
  | { kind: 'off' }
  | { kind: 'syncing'; waiting: number }
  | { kind: 'synced'; at: string; waiting: number }
  | { kind: 'waiting'; waiting: number }
  | { kind: 'offline'; waiting: number }
  | { kind: 'signed-out'; waiting: number }
  | { kind: 'problem'; waiting: number; words: string };

export const syncStatus = signal<SyncStatus>({ kind: 'off' });

/** Tells pages that records came from another device, so they can read them again. */
export const RECORDS_SYNCED = 'unknot:records-synced';

const changes = (n: number) => (n === 1 ? '1 change' : `${n} changes`);

/** The status in a few words, for the header. */
export function statusShort(status: SyncStatus): string {
  switch (status.kind) {
    case 'off':
      return '';
    case 'syncing':
      return 'Syncing…';
    case 'synced':
      return status.waiting > 0 ? `${changes(status.waiting)} waiting` : 'Synced';
    case 'waiting':
      return `${changes(status.waiting)} waiting`;
    case 'offline':
      return status.waiting > 0 ? `Offline · ${changes(status.waiting)} waiting` : 'Offline';
    case 'signed-out':
      return 'Sign in to sync';
    case 'problem':
      return 'Sync problem';
  }
}

/** The status in full, with what to do, for the account page. */
export function statusLong(status: SyncStatus): string {
  const waiting =
    'waiting' in status && status.waiting > 0
      ? ` ${changes(status.waiting)} on this device ${status.waiting === 1 ? 'waits' : 'wait'} to be sent; nothing is lost.`
      : '';
  switch (status.kind) {
    case 'off':
      return 'This device keeps your records only here.';
    case 'syncing':
      return 'Syncing with your account now…';
    case 'synced':
      return `Everything on this device is in your account.${waiting}`;
    case 'waiting':
      return `Your latest changes will be sent in a moment.${waiting}`;
    case 'offline':
      return `This device is offline. Keep using Unknot as usual: your changes are kept here and sent when you are back online.${waiting}`;
    case 'signed-out':
      return `Your account signed this device out (its session ended). Sign in again to keep syncing.${waiting}`;
    case 'problem':
      return `${status.words}${waiting}`;
  }
}
