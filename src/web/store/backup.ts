/**
 * The device's backup file: everything in `records` (tombstones too) and `settings`, read in one
 * transaction; and its restore, checked whole by core's schema and written in one transaction, so
 * a bad file changes nothing and a good one lands entirely. The outbox is not in it: what waits to
 * be sent belongs to this device's moment, not to the person's records, and so do the device's sync
 * settings (its clock, cursor and account).
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
import { openDatabase, request, STORES, transactionDone } from './database.js';
import { isSyncSetting, SYNC_SETTINGS } from './sync-state.js';

export const BACKUP_FILE = 'unknot-backup.json';

async function readAll(): Promise<{ records: StoredRecord<Kind>[]; settings: Setting[] }> {
  const db = await openDatabase();
  const tx = db.transaction([STORES.records, STORES.settings], 'readonly');
  const [records, settings] = await Promise.all([
    request(tx.objectStore(STORES.records).getAll()),
    request(tx.objectStore(STORES.settings).getAll()),
  ]);
  const own = (settings as Setting[]).filter((s) => !isSyncSetting(s.id));
  return { records: records as StoredRecord<Kind>[], settings: own };
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
  const tx = db.transaction([STORES.records, STORES.settings, STORES.outbox], 'readwrite');
  const done = transactionDone(tx);
  const account = await request(tx.objectStore(STORES.settings).get(SYNC_SETTINGS.account));
  const queuedAt = new Date().toISOString();
  for (const r of writes.records) {
    tx.objectStore(STORES.records).put(r);
    // With an account, what the file brought goes to the server too.
    if (account !== undefined) {
      tx.objectStore(STORES.outbox).put({ id: r.id, topic: 'sync', body: null, queuedAt });
    }
  }
  for (const s of writes.settings) {
    if (!isSyncSetting(s.id)) tx.objectStore(STORES.settings).put(s);
  }
  await done;
  return { ok: true, records: writes.records.length, settings: writes.settings.length };
}
