/**
 * The record layer as the browser tests drive it: store.test.ts bundles this module for a blank
 * page of the app's origin, so the tests call the same code the pages call, on a real IndexedDB.
 * `putRaw` and `dump` reach under the layer, to plant a damaged record and to see what is stored.
 */
import { objectStore, openDatabase, request, STORES } from '../../src/web/store/database.js';
import {
  deleteAll,
  deleteRecord,
  getRecord,
  hasLiveRecord,
  latestRecord,
  listRecords,
  putRecord,
} from '../../src/web/store/records.js';

interface Stored {
  id: string;
  kind: string;
  changedAt: string;
  deleted: boolean;
  data: unknown;
}

async function putRaw(value: Stored): Promise<void> {
  await request((await objectStore(STORES.records, 'readwrite')).put(value));
}

async function dump(): Promise<{
  records: Stored[];
  settings: { id: string; value: unknown }[];
  outbox: { id: string; topic: string; body: unknown; queuedAt: string }[];
  storeNames: string[];
}> {
  const all = async <T>(name: (typeof STORES)[keyof typeof STORES]) =>
    request((await objectStore(name, 'readonly')).getAll()) as Promise<T[]>;
  return {
    records: await all(STORES.records),
    settings: await all(STORES.settings),
    outbox: await all(STORES.outbox),
    storeNames: [...(await openDatabase()).objectStoreNames],
  };
}

const api = {
  putRecord,
  getRecord,
  listRecords,
  latestRecord,
  deleteRecord,
  deleteAll,
  hasLiveRecord,
  putRaw,
  dump,
};

declare global {
  interface Window {
    unknotStore: typeof api;
  }
}

window.unknotStore = api;
