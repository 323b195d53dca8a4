/**
 * The device's one IndexedDB database, and the only module that opens it. Version 4 brought the
 * record layer's layout, and version 5 keeps it with the plan's check-ins moved into the diary
 * (migrate-v5.ts): every record in `records` (indexed by kind), small settings in `settings`, and
 * whatever waits to be sent in `outbox` (indexed by topic). Opening a version 3 database moves its
 * per-feature stores into this layout inside the upgrade's own transaction, so the move happens
 * entirely or not at all, and loses nothing (see migrate-v3.ts).
 */
import { newId } from '../ids.js';
import { migrateV3, type V3Stores } from './migrate-v3.js';
import { checkInToDiary, OLD_KIND } from './migrate-v5.js';

const DB_NAME = 'unknot';
/** Raise by one, with a migration, when the layout changes. */
const DB_VERSION = 5;

export const STORES = {
  /** Every record of every kind (see records.ts), keyed by its UUIDv7 id. */
  records: 'records',
  /** Small settings of this device, `{ id: name, value }`. */
  settings: 'settings',
  /** What waits to be sent to the server (see outbox.ts). */
  outbox: 'outbox',
} as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];

/** Version 3's stores, by the name they had, as migrateV3 takes them. */
const V3_STORES: Record<keyof V3Stores, string> = {
  checkIns: 'check-ins',
  habitChecks: 'habit-checks',
  plan: 'plan',
  sessionLogs: 'session-logs',
  triageResults: 'triage-results',
  feedbackOutbox: 'feedback-outbox',
  settings: 'settings',
};

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Settles when a transaction commits, and fails when it aborts or errs. */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('the transaction was aborted'));
  });
}

/**
 * Reads every version 3 store, then writes the new layout and drops the old stores. Everything
 * runs on the upgrade transaction's own callbacks: awaiting anything else would let it commit.
 */
function migrateFromV3(db: IDBDatabase, tx: IDBTransaction): void {
  const present = (name: string) => db.objectStoreNames.contains(name);
  const old: Record<string, unknown[]> = {};
  const names = Object.entries(V3_STORES);
  let pending = 0;
  const finish = () => {
    const nowMs = Date.now();
    const v3 = Object.fromEntries(
      names.map(([key]) => [key, old[key] ?? []]),
    ) as unknown as V3Stores;
    const moved = migrateV3(v3, nowMs, newId);
    for (const [, name] of names) if (present(name)) db.deleteObjectStore(name);
    createLayout(db);
    for (const r of moved.records) tx.objectStore(STORES.records).put(checkInToDiary(r));
    for (const s of moved.settings) tx.objectStore(STORES.settings).put(s);
    for (const o of moved.outbox) tx.objectStore(STORES.outbox).put(o);
  };
  for (const [key, name] of names) {
    if (!present(name)) continue;
    pending++;
    const req = tx.objectStore(name).getAll();
    req.onsuccess = () => {
      old[key] = req.result;
      pending--;
      if (pending === 0) finish();
    };
  }
  if (pending === 0) finish();
}

/** Version 4 to 5: each check-in record becomes a diary entry in place (see migrate-v5.ts). */
function checkInsToDiary(tx: IDBTransaction): void {
  const records = tx.objectStore(STORES.records);
  const cursor = records.index('kind').openCursor(IDBKeyRange.only(OLD_KIND));
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (at === null) return;
    at.update(checkInToDiary(at.value));
    at.continue();
  };
}

function createLayout(db: IDBDatabase): void {
  const records = db.createObjectStore(STORES.records, { keyPath: 'id' });
  records.createIndex('kind', 'kind');
  db.createObjectStore(STORES.settings, { keyPath: 'id' });
  const outbox = db.createObjectStore(STORES.outbox, { keyPath: 'id' });
  outbox.createIndex('topic', 'topic');
}

let db: Promise<IDBDatabase> | undefined;

export function openDatabase(): Promise<IDBDatabase> {
  db ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = (event) => {
      const tx = req.transaction;
      if (tx === null) return;
      if (event.oldVersion === 0) createLayout(req.result);
      else if (event.oldVersion < 4) migrateFromV3(req.result, tx);
      else if (event.oldVersion < 5) checkInsToDiary(tx);
    };
    req.onsuccess = () => {
      // Another tab opening a newer version asks us to let go; the next call reopens.
      req.result.onversionchange = () => {
        req.result.close();
        db = undefined;
      };
      resolve(req.result);
    };
    // A tab still on the old version is asked to let go (onversionchange) and does; until then
    // the open waits, as it should.
    req.onerror = () => reject(req.error);
  }).catch((error: unknown) => {
    db = undefined;
    throw error;
  });
  return db;
}

export async function objectStore(
  name: StoreName,
  mode: IDBTransactionMode,
): Promise<IDBObjectStore> {
  return (await openDatabase()).transaction(name, mode).objectStore(name);
}
