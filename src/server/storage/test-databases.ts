/**
 * The databases the storage suites run on: a fresh SQLite file always, and PostgreSQL when
 * TEST_DATABASE_URL is set, each test in its own uniquely named schema (dropped afterwards), so
 * parallel runs on one server never see each other's tables.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '../config.js';
import { openStorage, type Storage } from './database.js';

export interface TestDatabase {
  readonly config: DatabaseConfig;
  /** PostgreSQL: the schema this database's tables live in. */
  readonly schema?: string;
  /** Opens a connection to this database; call again to reopen after `close()`. */
  open(): Promise<Storage>;
  /** Closes what `open` opened and removes the file or schema. */
  destroy(): Promise<void>;
}

export interface TestDatabaseKind {
  readonly name: 'SQLite' | 'PostgreSQL';
  create(): Promise<TestDatabase>;
}

function tracking(open: () => Promise<Storage>) {
  const opened: Storage[] = [];
  return {
    async open() {
      const storage = await open();
      const close = storage.close;
      let closed = false;
      const tracked: Storage = {
        ...storage,
        close: async () => {
          if (closed) return;
          closed = true;
          await close();
        },
      };
      opened.push(tracked);
      return tracked;
    },
    closeAll: () => Promise.all(opened.map((s) => s.close())),
  };
}

const sqlite: TestDatabaseKind = {
  name: 'SQLite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-db-'));
    const config: DatabaseConfig = { kind: 'sqlite', file: join(dir, 'unknot.sqlite') };
    const { open, closeAll } = tracking(() => openStorage(config));
    return {
      config,
      open,
      async destroy() {
        await closeAll();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

function postgres(url: string): TestDatabaseKind {
  return {
    name: 'PostgreSQL',
    async create() {
      const schema = `unknot_test_${process.pid}_${randomBytes(6).toString('hex')}`;
      const config: DatabaseConfig = { kind: 'postgres', url };
      const { open, closeAll } = tracking(() => openStorage(config, { schema }));
      return {
        config,
        schema,
        open,
        async destroy() {
          await closeAll();
          const admin = await openStorage(config);
          try {
            await admin.db.schema.dropSchema(schema).ifExists().cascade().execute();
          } finally {
            await admin.close();
          }
        },
      };
    },
  };
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function testDatabases(env: NodeJS.ProcessEnv = process.env): TestDatabaseKind[] {
  const url = env.TEST_DATABASE_URL;
  return url === undefined || url === '' ? [sqlite] : [sqlite, postgres(url)];
}
