/**
 * Sync for a device with an account: push what waits in the outbox, pull what changed since the
 * cursor, merge by each record's stamp (core/sync/merge.ts: the later version wins, a deletion
 * too), and say how it went (status.ts). It runs on start, when the device comes back online,
 * shortly after each write, when the page comes back into view, and when the person asks. One run
 * at a time; a run asked for during another runs after it.
 *
 * Everything stays usable without it: writes go to the device first, and a change waits in the
 * outbox until the server has acknowledged it.
 */

import { FOLLOWING_SETTINGS, latestPreferences } from '../../core/preferences.js';
import type { Change, PullResult, PushResult, Refusal } from '../../core/sync/change.js';
import { changeOf, recordOf, stampOf } from '../../core/sync/change.js';
import { type Hlc, hlcText, parseHlc, receive } from '../../core/sync/hlc.js';
import type { Kind } from '../../core/sync/kinds.js';
import { later } from '../../core/sync/merge.js';
import type { StoredRecord } from '../../core/sync/record.js';
import { type ApiOutcome, getJson, postJson } from '../api.js';
import { newId } from '../ids.js';
import { openDatabase, request, STORES, transactionDone } from '../store/database.js';
import type { OutboxEntry } from '../store/outbox-entry.js';
import { RECORDS_CHANGED } from '../store/records.js';
import { newClock, readAccount, readClock, SYNC_SETTINGS } from '../store/sync-state.js';
import { RECORDS_SYNCED, type SyncStatus, syncStatus } from './status.js';

/** Changes per push: well under the server's 500, so a slow connection sends in small steps. */
const BATCH = 100;
/** Writes come in bursts (a diary entry, then its note): wait this long after the last. */
const DEBOUNCE_MS = 1500;

async function waitingCount(): Promise<number> {
  const db = await openDatabase();
  const store = db.transaction(STORES.outbox, 'readonly').objectStore(STORES.outbox);
  return request(store.index('topic').count('sync'));
}

async function linked(): Promise<boolean> {
  const db = await openDatabase();
  const store = db.transaction(STORES.settings, 'readonly').objectStore(STORES.settings);
  const account = await request(store.get(SYNC_SETTINGS.account));
  return readAccount((account as { value?: unknown } | undefined)?.value) !== undefined;
}

/** What to tell the person when a call failed; undefined when it did not. */
function failedStatus(outcome: ApiOutcome<unknown>, waiting: number): SyncStatus | undefined {
  if (outcome.ok) return undefined;
  if (outcome.reason === 'network') return { kind: 'offline', waiting };
  if (outcome.status === 401) return { kind: 'signed-out', waiting };
  return {
    kind: 'problem',
    waiting,
    words: `${outcome.words} Your changes stay on this device and are sent on the next try.`,
  };
}

/**
 * Pushes what waits in the outbox, in batches; the refusals the server gave, or a status when it
 * stopped. A change refused for its stamp (this device's clock runs ahead) stays waiting, to go
 * once the clock is right; any other refusal would come again, so it is not sent again.
 */
async function push(): Promise<{ refused: Refusal[] } | { stopped: SyncStatus }> {
  const refused: Refusal[] = [];
  const db = await openDatabase();
  const waiting = (await request(
    db
      .transaction(STORES.outbox, 'readonly')
      .objectStore(STORES.outbox)
      .index('topic')
      .getAll('sync'),
  )) as OutboxEntry[];
  for (let start = 0; start < waiting.length; start += BATCH) {
    const entries = waiting.slice(start, start + BATCH);
    const read = db.transaction(STORES.records, 'readonly').objectStore(STORES.records);
    const records = (await Promise.all(entries.map((e) => request(read.get(e.id))))) as (
      | StoredRecord<Kind>
      | undefined
    )[];
    const changes: Change[] = records.flatMap((r) => (r === undefined ? [] : [changeOf(r)]));
    const sent = new Map(changes.map((c) => [c.id, c.hlc]));

    const outcome = await postJson<PushResult>('/api/v1/sync', { changes });
    const stopped = failedStatus(outcome, waiting.length - start);
    if (stopped !== undefined || !outcome.ok) {
      return {
        stopped: stopped ?? { kind: 'problem', waiting: waiting.length - start, words: '' },
      };
    }

    // Forget what the server has, unless it changed here again while the push was away.
    const write = db.transaction([STORES.outbox, STORES.records], 'readwrite');
    const done = transactionDone(write);
    const settled = [
      ...outcome.data.accepted,
      ...outcome.data.refused.filter((r) => r.field !== 'hlc').map((r) => r.id),
      ...entries.flatMap((e, i) => (records[i] === undefined ? [e.id] : [])),
    ];
    for (const id of settled) {
      const now = (await request(write.objectStore(STORES.records).get(id))) as
        | StoredRecord<Kind>
        | undefined;
      if (now === undefined || stampOf(now) === sent.get(id)) {
        write.objectStore(STORES.outbox).delete(id);
      }
    }
    await done;
    refused.push(...outcome.data.refused);
  }
  return { refused };
}

/** Pulls and merges everything after the cursor; the number of records it changed here. */
async function pull(): Promise<{ changed: number } | { stopped: SyncStatus }> {
  let changed = 0;
  for (;;) {
    const db = await openDatabase();
    const settings = db.transaction(STORES.settings, 'readonly').objectStore(STORES.settings);
    const cursorSetting = (await request(settings.get(SYNC_SETTINGS.cursor))) as
      | { value?: unknown }
      | undefined;
    const after = typeof cursorSetting?.value === 'number' ? cursorSetting.value : 0;
    const outcome = await getJson<PullResult>(`/api/v1/sync?after=${after}`);
    const stopped = failedStatus(outcome, await waitingCount());
    if (stopped !== undefined || !outcome.ok) {
      return { stopped: stopped ?? { kind: 'problem', waiting: 0, words: '' } };
    }
    changed += await merge(outcome.data);
    if (!outcome.data.more) return { changed };
  }
}

/** Applies one pulled page in one transaction: the later version of each record, and the cursor. */
async function merge(page: PullResult): Promise<number> {
  const db = await openDatabase();
  const tx = db.transaction([STORES.records, STORES.settings], 'readwrite');
  const done = transactionDone(tx);
  const records = tx.objectStore(STORES.records);
  const settings = tx.objectStore(STORES.settings);
  const clockSetting = (await request(settings.get(SYNC_SETTINGS.clock))) as
    | { value?: unknown }
    | undefined;
  let clock: Hlc = readClock(clockSetting?.value) ?? newClock();
  let changed = 0;
  for (const change of page.changes) {
    const local = (await request(records.get(change.id))) as StoredRecord<Kind> | undefined;
    if (local !== undefined && local.kind !== change.kind) continue;
    const mine = local === undefined ? undefined : changeOf(local);
    if (mine === undefined || (mine.hlc !== change.hlc && later(mine, change) === change)) {
      records.put(recordOf(change));
      changed++;
    }
    const stamp = parseHlc(change.hlc);
    // The server bounds stamps; this device follows them even when its own clock is slow.
    if (stamp !== undefined) clock = receive(clock, stamp, Date.now(), Number.POSITIVE_INFINITY);
  }
  if (page.changes.some((c) => c.kind === 'preference')) {
    const all = (await request(records.index('kind').getAll('preference'))) as StoredRecord<Kind>[];
    for (const [name, value] of latestPreferences(all)) settings.put({ id: name, value });
  }
  settings.put({ id: SYNC_SETTINGS.clock, value: clock });
  settings.put({ id: SYNC_SETTINGS.cursor, value: page.cursor });
  await done;
  return changed;
}

function refusalWords(refused: readonly Refusal[]): string {
  if (refused.some((r) => r.field === 'hlc')) {
    return "This device's clock is ahead of the right time, so your account cannot put its latest changes in order. Set the date and time to automatic; your changes stay on this device and are sent once the clock is right.";
  }
  const first = refused[0];
  const kinds = first === undefined ? '' : ` (${first.field})`;
  const what = refused.length === 1 ? 'One record' : `${refused.length} records`;
  return `${what} could not be saved to your account${kinds}; ${refused.length === 1 ? 'it stays' : 'they stay'} on this device. If it keeps happening, download a backup from the diary and tell us.`;
}

let running: Promise<void> | undefined;
let again = false;

async function run(): Promise<void> {
  if (!(await linked())) {
    syncStatus.value = { kind: 'off' };
    return;
  }
  const waiting = await waitingCount();
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    syncStatus.value = { kind: 'offline', waiting };
    return;
  }
  syncStatus.value = { kind: 'syncing', waiting };
  const pushed = await push();
  if ('stopped' in pushed) {
    syncStatus.value = pushed.stopped;
    return;
  }
  const pulled = await pull();
  if ('stopped' in pulled) {
    syncStatus.value = pulled.stopped;
    return;
  }
  if (pulled.changed > 0) globalThis.dispatchEvent(new Event(RECORDS_SYNCED));
  const left = await waitingCount();
  syncStatus.value =
    pushed.refused.length > 0
      ? { kind: 'problem', waiting: left, words: refusalWords(pushed.refused) }
      : { kind: 'synced', at: new Date().toISOString(), waiting: left };
}

/** Syncs now; a call during a run makes one more run after it. Never throws. */
export function syncNow(): Promise<void> {
  if (running !== undefined) {
    again = true;
    return running;
  }
  running = run()
    .catch(() => {
      syncStatus.value = {
        kind: 'problem',
        waiting: 0,
        words: 'Sync stopped unexpectedly. Your records are safe on this device; try again.',
      };
    })
    .finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void syncNow();
      }
    });
  return running;
}

let timer: ReturnType<typeof setTimeout> | undefined;

function soon(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    void syncNow();
  }, DEBOUNCE_MS);
  void waitingCount().then((waiting) => {
    if (syncStatus.value.kind !== 'syncing' && syncStatus.value.kind !== 'off') {
      syncStatus.value =
        navigator.onLine === false ? { kind: 'offline', waiting } : { kind: 'waiting', waiting };
    }
  });
}

let started = false;

/** Starts syncing on this page: now, and on every trigger after. */
export function startSync(): void {
  if (started) {
    void syncNow();
    return;
  }
  started = true;
  window.addEventListener('online', () => void syncNow());
  window.addEventListener('offline', () => {
    void waitingCount().then((waiting) => {
      if (syncStatus.value.kind !== 'off') syncStatus.value = { kind: 'offline', waiting };
    });
  });
  window.addEventListener(RECORDS_CHANGED, soon);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void syncNow();
  });
  void syncNow();
}

/**
 * Links this device to an account after sign-in or sign-up, merging what it keeps: every record
 * here goes to the outbox (records made before the device had a clock get a stamp from their
 * change time), and the first pull brings the account's. Ids are made on each device, so nothing
 * is overwritten but a newer version of the same record.
 */
export async function linkAccount(account: { id: string; username: string }): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction([STORES.records, STORES.settings, STORES.outbox], 'readwrite');
  const done = transactionDone(tx);
  const settings = tx.objectStore(STORES.settings);
  const before = readAccount(
    ((await request(settings.get(SYNC_SETTINGS.account))) as { value?: unknown } | undefined)
      ?.value,
  );
  if (before?.id !== account.id) settings.put({ id: SYNC_SETTINGS.cursor, value: 0 });
  settings.put({ id: SYNC_SETTINGS.account, value: account });
  const all = (await request(tx.objectStore(STORES.records).getAll())) as StoredRecord<Kind>[];
  const queuedAt = new Date().toISOString();
  // Settings chosen before this device had an account go with it, stamped as old as can be, so
  // the account's own choice, when it has one, stays.
  const named = new Set(latestPreferences(all).keys());
  const clock =
    readClock(
      ((await request(settings.get(SYNC_SETTINGS.clock))) as { value?: unknown } | undefined)
        ?.value,
    ) ?? newClock();
  for (const name of FOLLOWING_SETTINGS) {
    if (named.has(name)) continue;
    const kept = (await request(settings.get(name))) as { value?: unknown } | undefined;
    if (kept?.value === undefined) continue;
    const epoch = new Date(0).toISOString();
    all.push({
      id: newId(),
      kind: 'preference',
      changedAt: epoch,
      hlc: hlcText({ millis: 0, counter: 0, node: clock.node }),
      deleted: false,
      data: { name, value: kept.value },
    });
    tx.objectStore(STORES.records).put(all.at(-1));
  }
  for (const record of all) {
    if (record.hlc === undefined) {
      tx.objectStore(STORES.records).put({ ...record, hlc: stampOf(record) });
    }
    const entry: OutboxEntry = { id: record.id, topic: 'sync', body: null, queuedAt };
    tx.objectStore(STORES.outbox).put(entry);
  }
  await done;
  startSync();
}

/**
 * Unlinks this device after sign-out. Keeping leaves every record here (and the changes not yet
 * sent stay in the outbox for the next sign-in); wiping removes all the person kept on this
 * device, for a shared computer.
 */
export async function unlinkAccount(wipe: boolean): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction([STORES.records, STORES.settings, STORES.outbox], 'readwrite');
  const done = transactionDone(tx);
  if (wipe) {
    tx.objectStore(STORES.records).clear();
    tx.objectStore(STORES.outbox).clear();
    tx.objectStore(STORES.settings).clear();
  } else {
    tx.objectStore(STORES.settings).delete(SYNC_SETTINGS.account);
    tx.objectStore(STORES.settings).delete(SYNC_SETTINGS.cursor);
  }
  await done;
  syncStatus.value = { kind: 'off' };
}
