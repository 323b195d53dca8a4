/**
 * The device's backup file: everything in `records` (tombstones too) and `settings`, read in one
 * transaction; and its restore, checked whole by core's schema and written in one transaction, so
 * a bad file changes nothing and a good one lands entirely. The outbox is not in it: what waits to
 * be sent belongs to this device's moment, not to the person's records.
 */
import {
  type Backup,
  makeBackup,
  RestoreClash,
  restoreOf,
  type Setting,
} from '../../core/export/backup.js';
import type { Kind } from '../../core/sync/kinds.js';
import type { StoredRecord } from '../../core/sync/record.js';
import { openDatabase, request, STORES } from './database.js';

export const BACKUP_FILE = 'unknot-backup.json';

async function readAll(): Promise<{ records: StoredRecord<Kind>[]; settings: Setting[] }> {
  const db = await openDatabase();
  const tx = db.transaction([STORES.records, STORES.settings], 'readonly');
  const [records, settings] = await Promise.all([
    request(tx.objectStore(STORES.records).getAll()),
    request(tx.objectStore(STORES.settings).getAll()),
  ]);
  return { records: records as StoredRecord<Kind>[], settings: settings as Setting[] };
}

export async function exportBackup(now = Date.now()): Promise<Backup> {
  const { records, settings } = await readAll();
  return makeBackup(records, settings, now);
}

export type RestoreResult =
  | { ok: true; records: number; settings: number }
  | { ok: false; reasons: string[] };

/** Restores a backup file's text; on any fault nothing is written and the reasons say why. */
export async function importBackup(text: string): Promise<RestoreResult> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { ok: false, reasons: ['The file is not JSON, so it is not an Unknot backup.'] };
  }
  const { parseBackup } = await import('../../core/export/backup.schema.js');
  const parsed = parseBackup(input);
  if (!parsed.ok) {
    return { ok: false, reasons: parsed.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`) };
  }
  const kept = await readAll();
  let writes: ReturnType<typeof restoreOf>;
  try {
    writes = restoreOf(parsed.backup, kept.records, kept.settings);
  } catch (error) {
    if (error instanceof RestoreClash) return { ok: false, reasons: [error.message] };
    throw error;
  }
  const db = await openDatabase();
  const tx = db.transaction([STORES.records, STORES.settings], 'readwrite');
  for (const r of writes.records) tx.objectStore(STORES.records).put(r);
  for (const s of writes.settings) tx.objectStore(STORES.settings).put(s);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  return { ok: true, records: writes.records.length, settings: writes.settings.length };
}
