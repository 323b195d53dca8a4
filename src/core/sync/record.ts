/**
 * A record as the device keeps it (and, later, as sync moves it): every diary entry, check-in,
 * session log, check result, habit tick, profile and plan is one of these. The envelope is the same
 * for every kind: a UUIDv7 id made where the record is made, the kind, when it last changed, and a
 * deleted flag. A deleted record stays as a tombstone (so a deletion can travel to other devices),
 * but its data is gone: what a person deletes is not kept.
 *
 * Pure: the caller passes the id and the time.
 */

/** A record in use. */
export interface LiveRecord<K extends string = string, T = unknown> {
  id: string;
  kind: K;
  /** ISO 8601 UTC instant of the last change. */
  changedAt: string;
  /**
   * The hybrid logical clock stamp of the last change (hlc.ts), which orders versions when sync
   * meets two; absent on records kept before the device had a clock.
   */
  hlc?: string;
  deleted: false;
  data: T;
}

/** A deleted record: its id and kind stay, its data does not. */
export interface Tombstone<K extends string = string> {
  id: string;
  kind: K;
  changedAt: string;
  hlc?: string;
  deleted: true;
  data: null;
}

export type StoredRecord<K extends string = string, T = unknown> = LiveRecord<K, T> | Tombstone<K>;

/** What names a record, whatever its state. */
export type RecordRef<K extends string = string> = Pick<StoredRecord<K>, 'id' | 'kind'>;

export function newRecord<K extends string, T>(
  kind: K,
  data: T,
  id: string,
  now: Date,
): LiveRecord<K, T> {
  return { id, kind, changedAt: now.toISOString(), deleted: false, data };
}

export function tombstoned<K extends string>(record: RecordRef<K>, now: Date): Tombstone<K> {
  return {
    id: record.id,
    kind: record.kind,
    changedAt: now.toISOString(),
    deleted: true,
    data: null,
  };
}

export function isLive<K extends string, T>(
  record: StoredRecord<K, T>,
): record is LiveRecord<K, T> {
  return !record.deleted;
}

/** Oldest first: UUIDv7 ids sort by the time they were made. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
