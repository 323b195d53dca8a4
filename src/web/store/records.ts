/**
 * The record layer: the one way any page reaches what the device keeps about the person. Records
 * are typed by kind (core/sync/kinds.ts), each under a UUIDv7 id with a change stamp and a deleted
 * flag; deleting leaves a tombstone without the data. Every read is checked against the kind's
 * schema from core: a stored record that fails is skipped (a page never breaks on it) and reported
 * once, by kind, id and field names, never by value. The schemas load on the first read or write,
 * so a page that only asks whether a record exists (the home page) carries no validator.
 */

import { UUID_V7_PATTERN } from '../../core/ids.js';
import { hlcText, tick } from '../../core/sync/hlc.js';
import type { Kind } from '../../core/sync/kinds.js';
import type { DataIn, DataOf, RecordSchemas } from '../../core/sync/kinds.schema.js';
import {
  byId,
  isLive,
  type LiveRecord,
  newRecord,
  type StoredRecord,
  tombstoned,
} from '../../core/sync/record.js';
import { newId } from '../ids.js';
import { objectStore, openDatabase, request, STORES, transactionDone } from './database.js';
import type { OutboxEntry } from './outbox-entry.js';
import { newClock, readClock, SYNC_SETTINGS } from './sync-state.js';

export type { DataIn, DataOf, Kind };
/** A live record of a kind, as pages get it. */
export type KeptRecord<K extends Kind> = LiveRecord<K, DataOf<K>>;

let schemas: Promise<RecordSchemas> | undefined;

/** The kinds' schemas, loaded once, on first use. */
export function recordSchemas(): Promise<RecordSchemas> {
  schemas ??= import('../../core/sync/kinds.schema.js').then((m) => m.RECORD_SCHEMAS);
  return schemas;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const reported = new Set<string>();

/** Says once per page load that a stored record was skipped: kind, id and field names only. */
function report(kind: string, id: string, fields: readonly string[]): void {
  if (reported.has(id)) return;
  reported.add(id);
  console.warn(
    `Unknot skipped a stored ${kind} record (${id}) that does not match its schema` +
      (fields.length > 0 ? ` (fields: ${fields.join(', ')}).` : '.'),
  );
}

/** For tests: forget which records were reported. */
export function resetReports(): void {
  reported.clear();
}

/**
 * A stored value as a record of `kind`: its envelope checked, a tombstone as it is, live data
 * checked against the kind's schema. Undefined (with a report) when it fails.
 */
export function readRecord<K extends Kind>(
  all: RecordSchemas,
  kind: K,
  raw: unknown,
): StoredRecord<K, DataOf<K>> | undefined {
  const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : '(no id)';
  if (
    !isObject(raw) ||
    !UUID_V7_PATTERN.test(id) ||
    raw.kind !== kind ||
    typeof raw.changedAt !== 'string' ||
    Number.isNaN(Date.parse(raw.changedAt)) ||
    typeof raw.deleted !== 'boolean'
  ) {
    report(kind, id, ['envelope']);
    return undefined;
  }
  const stamp = typeof raw.hlc === 'string' ? { hlc: raw.hlc } : {};
  if (raw.deleted)
    return { id, kind, changedAt: raw.changedAt, ...stamp, deleted: true, data: null };
  const parsed = all[kind].safeParse(raw.data);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ['data', ...i.path.map(String)].join('.'));
    report(kind, id, [...new Set(fields)]);
    return undefined;
  }
  const data = parsed.data as DataOf<K>;
  return { id, kind, changedAt: raw.changedAt, ...stamp, deleted: false, data };
}

async function rawOfKind(kind: Kind): Promise<unknown[]> {
  const store = await objectStore(STORES.records, 'readonly');
  return request(store.index('kind').getAll(kind));
}

/**
 * The live records of a kind, oldest first; tombstones and records that fail their schema are
 * left out.
 */
export async function listRecords<K extends Kind>(kind: K): Promise<KeptRecord<K>[]> {
  const [all, raw] = await Promise.all([recordSchemas(), rawOfKind(kind)]);
  return raw
    .flatMap((r) => readRecord(all, kind, r) ?? [])
    .filter(isLive)
    .sort(byId);
}

/** The newest live record of a kind: the one a kind with a single current value reads. */
export async function latestRecord<K extends Kind>(kind: K): Promise<KeptRecord<K> | undefined> {
  return (await listRecords(kind)).at(-1);
}

/**
 * Whether a live record of a kind is kept, from the envelope alone: the home page asks this
 * before it loads anything that reads the data (which is checked then, as always).
 */
export async function hasLiveRecord(kind: Kind): Promise<boolean> {
  return (await rawOfKind(kind)).some((r) => isObject(r) && r.deleted === false);
}

/** One live record, or undefined when it is absent, deleted or fails its schema. */
export async function getRecord<K extends Kind>(
  kind: K,
  id: string,
): Promise<KeptRecord<K> | undefined> {
  const all = await recordSchemas();
  const store = await objectStore(STORES.records, 'readonly');
  const record = readRecord(all, kind, await request(store.get(id)));
  return record !== undefined && isLive(record) ? record : undefined;
}

/**
 * Keeps `data` as a record of `kind`: a new record, or a new version of the record `id` names
 * (a tombstone comes back to life). The data is checked first, so nothing invalid is ever kept,
 * and kept in its schema's normal form, so what is read back is what was kept.
 */
export async function putRecord<K extends Kind>(
  kind: K,
  data: DataIn<K>,
  id?: string,
  now = new Date(),
): Promise<KeptRecord<K>> {
  const parsed = (await recordSchemas())[kind].safeParse(data);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.map(String).join('.') || '(data)');
    throw new Error(`A ${kind} record was not kept: ${[...new Set(fields)].join(', ')} not valid`);
  }
  if (id !== undefined && !UUID_V7_PATTERN.test(id)) {
    throw new Error(`A ${kind} record was not kept: its id is not a UUIDv7`);
  }
  const recordId = id ?? newId();
  let kept: KeptRecord<K> | undefined;
  await writeStamped(recordId, now, (existing, hlc) => {
    if (isObject(existing) && existing.kind !== kind) {
      throw new Error(`A ${kind} record was not kept: its id belongs to another kind`);
    }
    // A new version replaces the old one whole (a tombstone comes back to life).
    kept = { ...newRecord(kind, parsed.data as DataOf<K>, recordId, now), hlc };
    return kept;
  });
  if (kept === undefined) throw new Error(`A ${kind} record was not kept`);
  return kept;
}

/** Deletes a record: a tombstone stays under its id, without the data. */
export async function deleteRecord(kind: Kind, id: string, now = new Date()): Promise<void> {
  await writeStamped(id, now, (existing, hlc) => {
    // A record that fails its schema can still be deleted: the person asked, and its data goes.
    if (!isObject(existing) || existing.kind !== kind || existing.deleted === true)
      return undefined;
    return { ...tombstoned({ id, kind }, now), hlc };
  });
}

/** Says that records changed here, so sync (when there is an account) can push them soon. */
export const RECORDS_CHANGED = 'unknot:records-changed';

/**
 * Writes one record version in one transaction with its stamp: the device's clock ticks (and is
 * kept), the record is put, and, when the device syncs with an account, its id goes to the outbox.
 * `make` gets what is stored under the id and the new stamp, and answers the version to keep (or
 * undefined for no write).
 */
async function writeStamped(
  id: string,
  now: Date,
  make: (existing: unknown, hlc: string) => StoredRecord<Kind> | undefined,
): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction([STORES.records, STORES.settings, STORES.outbox], 'readwrite');
  const done = transactionDone(tx);
  const records = tx.objectStore(STORES.records);
  const settings = tx.objectStore(STORES.settings);
  try {
    const [existing, clockSetting, account] = await Promise.all([
      request(records.get(id)),
      request(settings.get(SYNC_SETTINGS.clock)),
      request(settings.get(SYNC_SETTINGS.account)),
    ]);
    const clock = tick(readClock(clockSetting?.value) ?? newClock(), now.getTime());
    const record = make(existing, hlcText(clock));
    if (record === undefined) {
      tx.abort();
      await done.catch(() => undefined);
      return;
    }
    records.put(record);
    settings.put({ id: SYNC_SETTINGS.clock, value: clock });
    if (account !== undefined) {
      const entry: OutboxEntry = { id, topic: 'sync', body: null, queuedAt: now.toISOString() };
      tx.objectStore(STORES.outbox).put(entry);
    }
  } catch (error) {
    tx.abort();
    await done.catch(() => undefined);
    throw error;
  }
  await done;
  globalThis.dispatchEvent?.(new Event(RECORDS_CHANGED));
}

/** Deletes every record of a kind, those that fail their schema too. */
export async function deleteAll(kind: Kind, now = new Date()): Promise<void> {
  for (const raw of await rawOfKind(kind)) {
    if (isObject(raw) && typeof raw.id === 'string') await deleteRecord(kind, raw.id, now);
  }
}

/**
 * Keeps `data` as the one current record of a kind that has a single value (the profile, this
 * week's plan): a new version of the latest record, or the first one.
 */
export async function putLatest<K extends Kind>(
  kind: K,
  data: DataIn<K>,
  now = new Date(),
): Promise<KeptRecord<K>> {
  return putRecord(kind, data, (await latestRecord(kind))?.id, now);
}
