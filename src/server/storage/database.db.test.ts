import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStorage } from './database.js';
import { migrateToLatest } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';
import { type TestDatabase, testDatabases } from './test-databases.js';

/**
 * Each table's columns as the feature's `tables.ts` declares them, checked against the composed
 * `Database` type: a column missing or extra does not compile, nor does a table left out.
 */
const COLUMNS = {
  feedback: { id: true, content_id: true, helpful: true, comment: true, created_at: true },
  accounts: {
    id: true,
    username: true,
    created_at: true,
    sync_seq: true,
    role: true,
    display_name: true,
    profession: true,
    disabled_at: true,
  },
  password_credentials: { account_id: true, username: true, hash: true, changed_at: true },
  sessions: {
    id: true,
    token_hash: true,
    account_id: true,
    device: true,
    created_at: true,
    last_seen_at: true,
    confirmed_at: true,
  },
  auth_attempts: { key: true, window_start: true, count: true },
  recovery_codes: { account_id: true, code_hash: true },
  account_events: { id: true, account_id: true, at: true, kind: true, device: true },
  passkeys: {
    id: true,
    account_id: true,
    public_key: true,
    counter: true,
    transports: true,
    device: true,
    created_at: true,
    last_used_at: true,
  },
  webauthn_challenges: {
    id: true,
    challenge: true,
    purpose: true,
    account_id: true,
    username: true,
    expires_at: true,
  },
  sync_records: {
    account_id: true,
    id: true,
    kind: true,
    hlc: true,
    deleted: true,
    data: true,
    seq: true,
  },
  share_codes: {
    id: true,
    code_hash: true,
    person_id: true,
    scopes: true,
    created_at: true,
    expires_at: true,
  },
  consents: {
    id: true,
    person_id: true,
    clinician_id: true,
    scopes: true,
    created_at: true,
    updated_at: true,
    revoked_at: true,
    reviewed_at: true,
  },
  clinician_setups: { token_hash: true, account_id: true, expires_at: true },
  audit_log: {
    id: true,
    person_id: true,
    at: true,
    actor_id: true,
    actor_role: true,
    session_id: true,
    action: true,
    scope: true,
    scopes: true,
    record_id: true,
    consent_id: true,
    outcome: true,
  },
} satisfies { [Table in keyof Database]: Record<keyof Database[Table], true> };

describe.each(testDatabases())('storage on $name', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await kind.create();
  });
  afterEach(async () => {
    await database.destroy();
  });

  it('answers a ping', async () => {
    const storage = await database.open();
    await expect(storage.ping()).resolves.toBeUndefined();
  });

  it('applies every migration on a fresh database, in timestamp order', async () => {
    const storage = await database.open();
    const report = await migrateToLatest(storage);
    expect(report.applied).toEqual(Object.keys(MIGRATIONS).sort());
    expect(report.known).toEqual(report.applied);
  });

  it('does nothing when migrations run a second time, even from a new connection', async () => {
    await migrateToLatest(await database.open());
    expect((await migrateToLatest(await database.open())).applied).toEqual([]);
  });

  it('creates the feedback table with its columns', async () => {
    const storage = await database.open();
    await migrateToLatest(storage);
    const tables = await storage.db.introspection.getTables();
    const feedback = tables.find(
      (t) => t.name === 'feedback' && (storage.schema === undefined || t.schema === storage.schema),
    );
    expect(feedback?.columns.map((c) => c.name).sort()).toEqual([
      'comment',
      'content_id',
      'created_at',
      'helpful',
      'id',
    ]);
  });

  it('makes exactly the tables and columns the table types declare', async () => {
    const storage = await database.open();
    await migrateToLatest(storage);
    const tables = (await storage.db.introspection.getTables()).filter(
      (t) => storage.schema === undefined || t.schema === storage.schema,
    );
    const byName = (a: readonly [string, unknown], b: readonly [string, unknown]) =>
      a[0].localeCompare(b[0]);
    const migrated = tables.map((t) => [t.name, t.columns.map((c) => c.name).sort()] as const);
    const declared = Object.entries(COLUMNS).map(
      ([table, columns]) => [table, Object.keys(columns).sort()] as const,
    );
    expect(migrated.sort(byName)).toEqual(declared.sort(byName));
  });
});

describe('SQLite connection settings', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    const [sqlite] = testDatabases({});
    if (sqlite === undefined) throw new Error('SQLite is always available');
    database = await sqlite.create();
  });
  afterEach(async () => {
    await database.destroy();
  });

  it('sets WAL and synchronous=FULL on the connection, and creates the data folder', async () => {
    const storage = await database.open();
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(storage.db);
    const synchronous = await sql<{ synchronous: number }>`pragma synchronous`.execute(storage.db);
    expect(journal.rows[0]?.journal_mode).toBe('wal');
    expect(synchronous.rows[0]?.synchronous).toBe(2); // 2 is FULL
  });

  it('makes a missing data folder', async () => {
    if (database.config.kind !== 'sqlite') throw new Error('expected SQLite');
    const file = database.config.file.replace(/unknot\.sqlite$/, 'deeper/still/unknot.sqlite');
    const storage = await openStorage({ kind: 'sqlite', file });
    try {
      await expect(storage.ping()).resolves.toBeUndefined();
    } finally {
      await storage.close();
    }
  });

  it('keeps the records readable by the server’s own user only', async () => {
    if (database.config.kind !== 'sqlite') throw new Error('expected SQLite');
    const file = database.config.file.replace(/unknot\.sqlite$/, 'private/unknot.sqlite');
    const storage = await openStorage({ kind: 'sqlite', file });
    try {
      await storage.ping();
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    } finally {
      await storage.close();
    }
  });
});

describe('openStorage', () => {
  it('refuses a schema name that is not a plain PostgreSQL name', async () => {
    await expect(
      openStorage({ kind: 'postgres', url: 'postgres://127.0.0.1/x' }, { schema: 'a"; drop' }),
    ).rejects.toThrow(/schema/);
  });
});
