/**
 * Feedback kept on the device while it cannot be sent: a small IndexedDB store keyed by the
 * feedback's own id, so keeping the same answer twice stores it once.
 */
import type { FeedbackInput } from './types.js';

const DB_NAME = 'unknot';
const DB_VERSION = 1;
const STORE = 'feedback-outbox';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let db: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  db ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) {
        req.result.createObjectStore(STORE, { keyPath: 'id' });
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  }).catch((error: unknown) => {
    db = undefined;
    throw error;
  });
  return db;
}

async function store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await open()).transaction(STORE, mode).objectStore(STORE);
}

export async function keep(feedback: FeedbackInput): Promise<void> {
  await request((await store('readwrite')).put(feedback));
}

export async function kept(): Promise<FeedbackInput[]> {
  return request((await store('readonly')).getAll() as IDBRequest<FeedbackInput[]>);
}

export async function forget(id: string): Promise<void> {
  await request((await store('readwrite')).delete(id));
}
