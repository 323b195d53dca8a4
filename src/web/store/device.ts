/**
 * Everything Unknot keeps on the device, in one IndexedDB database: one place declares its stores,
 * so features never race each other over schema versions. Records are keyed by their own UUIDv7
 * id, so keeping the same record twice stores it once.
 */

const DB_NAME = 'unknot';
/** Raise by one, and add to STORES, when a feature needs a new store; never remove one. */
const DB_VERSION = 3;

export const STORES = {
  /** Feedback that could not be sent yet. */
  feedbackOutbox: 'feedback-outbox',
  /** Results of "Should I see a doctor?", a dated history the person can see and delete. */
  triageResults: 'triage-results',
  /** Finished or stopped exercise sessions. */
  sessionLogs: 'session-logs',
  /** Small settings such as the region for the emergency number, keyed by `id`. */
  settings: 'settings',
  /** The weekly plan: the profile it is made from and the current and last week's plans. */
  plan: 'plan',
  /** The daily pain check-in, one record a day keyed by the local date (YYYY-MM-DD). */
  checkIns: 'check-ins',
  /** Habits ticked off, one record per habit and day. */
  habitChecks: 'habit-checks',
} as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];

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
      for (const name of Object.values(STORES)) {
        if (!req.result.objectStoreNames.contains(name)) {
          req.result.createObjectStore(name, { keyPath: 'id' });
        }
      }
    };
    req.onsuccess = () => {
      // Another tab opening a newer version asks us to let go; the next call reopens.
      req.result.onversionchange = () => {
        req.result.close();
        db = undefined;
      };
      resolve(req.result);
    };
    req.onerror = () => reject(req.error);
  }).catch((error: unknown) => {
    db = undefined;
    throw error;
  });
  return db;
}

async function store(name: StoreName, mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await open()).transaction(name, mode).objectStore(name);
}

/** Keeps a record (replacing one with the same id). */
export async function put<T extends { id: string }>(name: StoreName, record: T): Promise<void> {
  await request((await store(name, 'readwrite')).put(record));
}

export async function get<T>(name: StoreName, id: string): Promise<T | undefined> {
  return request((await store(name, 'readonly')).get(id) as IDBRequest<T | undefined>);
}

/** Every record, in id order (UUIDv7 ids sort by the time they were made). */
export async function all<T>(name: StoreName): Promise<T[]> {
  return request((await store(name, 'readonly')).getAll() as IDBRequest<T[]>);
}

export async function remove(name: StoreName, id: string): Promise<void> {
  await request((await store(name, 'readwrite')).delete(id));
}

export async function clear(name: StoreName): Promise<void> {
  await request((await store(name, 'readwrite')).clear());
}
