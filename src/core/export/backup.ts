/**
 * A backup of everything the device keeps about the person: every record (tombstones too, so a
 * deletion survives a restore) and the device's settings, in one JSON file. Restoring is
 * idempotent by id: a record replaces the kept one only when it changed later, so importing the
 * same file twice changes nothing. The file's schema is in backup.schema.ts.
 */
import type { Kind } from '../sync/kinds.js';
import { changesFrom } from '../sync/merge.js';
import type { StoredRecord } from '../sync/record.js';

export const BACKUP_FORMAT = 'unknot-backup';
export const BACKUP_VERSION = 1;

export interface Setting {
  id: string;
  value: unknown;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  records: StoredRecord<Kind>[];
  settings: Setting[];
}

export function makeBackup(
  records: readonly StoredRecord<Kind>[],
  settings: readonly Setting[],
  now: number,
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    records: [...records],
    settings: [...settings],
  };
}

/** What restoring `backup` onto a device that keeps `kept` writes; nothing when all is there. */
export interface Restore {
  records: StoredRecord<Kind>[];
  settings: Setting[];
}

/**
 * The writes a restore makes. A record whose id the device keeps under another kind is a clash
 * the file cannot settle: the whole restore is refused, naming it, so nothing changes.
 */
export function restoreOf(
  backup: Backup,
  kept: readonly StoredRecord<Kind>[],
  keptSettings: readonly Setting[],
): Restore {
  const byId = new Map(kept.map((r) => [r.id, r]));
  backup.records.forEach((r, i) => {
    const mine = byId.get(r.id);
    if (mine !== undefined && mine.kind !== r.kind) {
      throw new RestoreClash(`records.${i}.kind`, `the device keeps ${r.id} as a ${mine.kind}`);
    }
  });
  const settingNow = new Map(keptSettings.map((s) => [s.id, JSON.stringify(s.value)]));
  return {
    records: changesFrom(byId, backup.records),
    settings: backup.settings.filter((s) => settingNow.get(s.id) !== JSON.stringify(s.value)),
  };
}

export class RestoreClash extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}
