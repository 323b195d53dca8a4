/**
 * The sync feature's table as Kysely sees it: the latest version of each of an account's records,
 * numbered in the account's sequence (accounts.sync_seq) so a device pulls what came after the
 * last number it saw. Only the sync repository uses it.
 */
import type { ColumnType } from 'kysely';

export interface SyncRecordsTable {
  account_id: string;
  /** The record's UUIDv7, made on the device. */
  id: string;
  kind: string;
  /** The hybrid logical clock stamp as text; later text is the later version. */
  hlc: string;
  /** 0 or 1. */
  deleted: number;
  /** The kind's data as JSON text, checked before it was stored; null for a tombstone. */
  data: string | null;
  /** PostgreSQL's bigint comes back as text. */
  seq: ColumnType<number | string, number, number>;
}

export interface SyncTables {
  sync_records: SyncRecordsTable;
}
