/**
 * Opens the database: SQLite (a file in DATA_DIR, through better-sqlite3) by default, or
 * PostgreSQL (through a pg Pool) when DATABASE_URL says so. Both sit behind one Kysely instance,
 * so every query is written once.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  CompiledQuery,
  type DialectAdapter,
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  sql,
} from 'kysely';
import type { DatabaseConfig } from '../config.js';
import type { Database } from './schema.js';

export interface Storage {
  readonly db: Kysely<Database>;
  readonly dialect: DatabaseConfig['kind'];
  /** The PostgreSQL schema holding Unknot's tables when it is not the default (tests use one each). */
  readonly schema: string | undefined;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL only: keep every table in this schema (created if missing). */
  schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * SQLite runs DDL inside transactions, but Kysely's SQLite adapter says it does not, so its
 * migrator would apply each migration statement by statement: a kill halfway would leave a
 * migration half-applied, and the next start would fail on a table that already exists. Saying
 * so makes a migration run one transaction, as on PostgreSQL: applied whole, or not at all.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class UnknotSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

function openSqlite(file: string): Promise<Kysely<Database>> {
  return import('better-sqlite3').then(({ default: SqliteDatabase }) => {
    // People's health records: a folder and a file only the server's own user may read. SQLite
    // gives the -wal and -shm files the database file's mode.
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const connection = new SqliteDatabase(file);
    chmodSync(file, 0o600);
    // Set explicitly on every connection: the driver's defaults differ between connections.
    // WAL lets reads run beside a write. synchronous=FULL makes each commit reach the disk before
    // it is acknowledged, so an answered write survives kill -9 and a power cut alike (NORMAL
    // would survive kill -9 only); feedback writes are few, so the extra fsync costs nothing felt.
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = FULL');
    // A `unknot migrate` beside a running server waits for the lock instead of failing at once.
    connection.pragma('busy_timeout = 5000');
    connection.pragma('foreign_keys = ON');
    return new Kysely<Database>({ dialect: new UnknotSqliteDialect({ database: connection }) });
  });
}

async function openPostgres(url: string, schema: string | undefined): Promise<Kysely<Database>> {
  // Loaded only when used, so SQLite start-up never pays for it.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server drops is replaced at the next checkout; without a listener the
  // pool's 'error' event would end the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection:
        schema === undefined
          ? undefined
          : async (connection) => {
              await connection.executeQuery(CompiledQuery.raw(`set search_path to "${schema}"`));
            },
    }),
  });
  if (schema !== undefined) {
    await db.schema.createSchema(schema).ifNotExists().execute();
  }
  return db;
}

export async function openStorage(
  database: DatabaseConfig,
  options: OpenOptions = {},
): Promise<Storage> {
  const { schema } = options;
  if (schema !== undefined && (database.kind !== 'postgres' || !SCHEMA_NAME.test(schema))) {
    throw new Error(`A schema must be a plain lower-case PostgreSQL name, got "${schema}"`);
  }
  const db =
    database.kind === 'sqlite'
      ? await openSqlite(database.file)
      : await openPostgres(database.url, schema);
  return {
    db,
    dialect: database.kind,
    schema,
    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
