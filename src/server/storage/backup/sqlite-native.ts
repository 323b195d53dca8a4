/**
 * SQLite's own backups: the database file copied page by page with SQLite's online backup API
 * (better-sqlite3's `db.backup`), which reads inside one read transaction, so the copy is one
 * moment of the database even while the server writes (WAL lets it write beside the reader). The
 * copy is one self-contained file (switched out of WAL mode, so nothing needs to sit beside it).
 *
 * Restore puts a complete, checked copy in place of the live file by rename, and only when no
 * connection has the database open: SQLite's own locks say so. A server (or `unknot migrate`)
 * holds a lock for as long as it has the file open, so asking for an exclusive lock without
 * waiting fails at once while one runs. The server keeps no pid or lock file of its own; this is
 * the same check without one. Holding that lock, the old WAL is checkpointed and emptied first:
 * a WAL left beside the new file by a killed server would otherwise be replayed into it. The lock
 * is let go only after the rename, so no server can open the old file in between; closing then
 * leaves the WAL beside the new file alone, because SQLite neither checkpoints nor deletes a WAL on
 * close once its database file has been moved (its `databaseIsUnmoved` check).
 */
import { existsSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '../../../core/errors.js';
import type { Database } from '../schema.js';
import { replaceDurably } from './files.js';
import { appliedMigrations, countRows, readShape, type TableCount } from './tables.js';
import { compareVersion } from './version.js';

type Connection = BetterSqlite3.Database;

/** Copy every page in one step: no write from the server between steps can restart the copy. */
const ALL_PAGES = 0x7fffffff;

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

async function driver(): Promise<typeof BetterSqlite3> {
  return (await import('better-sqlite3')).default;
}

function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** True when `file` starts as every SQLite database does. */
export async function looksLikeSqlite(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    const { bytesRead } = await handle.read(head, 0, MAGIC.length, 0);
    return bytesRead === MAGIC.length && head.equals(MAGIC);
  } finally {
    await handle.close();
  }
}

export interface SqliteContents {
  readonly migrations: readonly string[];
  readonly tables: readonly TableCount[];
}

/** The schema version and row counts of a database, read through Kysely on our own connection. */
async function contentsOf(connection: Connection): Promise<SqliteContents> {
  // Destroying this Kysely would close the connection, which its opener does instead.
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  const shape = await readShape(db, 'sqlite');
  const migrations = shape.migrated ? await appliedMigrations(db) : [];
  const tables: TableCount[] = [];
  for (const table of shape.tables)
    tables.push({ name: table.name, rows: await countRows(db, table.name) });
  return { migrations, tables };
}

/**
 * Copies the live database at `live` into `temp` (an empty private file) with the online backup
 * API, then makes the copy self-contained and answers what it holds. Reads `live` only; it is
 * opened read-write all the same so that, when no server has it open, closing tidies the WAL
 * away as any last connection does (read-only, it would leave the -wal and -shm files behind).
 */
export async function backupSqlite(live: string, temp: string): Promise<SqliteContents> {
  const Sqlite = await driver();
  const source = new Sqlite(live, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(temp, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const copy = new Sqlite(temp, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    return await contentsOf(copy);
  } finally {
    copy.close();
  }
}

/**
 * Checks that `file` is a whole SQLite database with Unknot's migrations, none newer than this
 * code knows, and copies it into `temp` (an empty private file). Throws validation_failed, naming
 * the problem, for a damaged or foreign file; `file` is only read.
 */
export async function copySqliteBackup(file: string, temp: string, what: string): Promise<void> {
  const Sqlite = await driver();
  let source: Connection;
  try {
    source = new Sqlite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new AppError(
      'validation_failed',
      `${what} cannot be opened as a SQLite database (${sqliteCode(error) ?? 'unreadable'})`,
    );
  }
  try {
    let check: unknown;
    try {
      check = source.pragma('quick_check', { simple: true });
    } catch (error) {
      throw new AppError(
        'validation_failed',
        `${what} is damaged: SQLite cannot read it (${sqliteCode(error) ?? 'unreadable'})`,
      );
    }
    if (check !== 'ok') {
      throw new AppError(
        'validation_failed',
        `${what} is damaged: SQLite's check of its pages failed`,
      );
    }
    const { migrations } = await contentsOf(source);
    compareVersion(migrations, what);
    await source.backup(temp, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
}

/**
 * Puts `temp` (a complete database, synced to the disk) in place of the database at `live`.
 * Refuses with conflict, leaving everything as it was, while any connection has `live` open.
 */
export async function replaceSqlite(temp: string, live: string): Promise<void> {
  if (!existsSync(live)) {
    // A WAL or journal without its database belongs to nothing: never replay it into the new one.
    await Promise.all(['-wal', '-shm', '-journal'].map((s) => rm(`${live}${s}`, { force: true })));
    await replaceDurably(temp, live);
    return;
  }
  const Sqlite = await driver();
  let lock: Connection;
  try {
    lock = new Sqlite(live, { fileMustExist: true });
  } catch (error) {
    throw new AppError(
      'internal',
      `the database ${live} cannot be opened (${sqliteCode(error) ?? String(error)})`,
    );
  }
  try {
    lock.pragma('busy_timeout = 0');
    // Held until this connection closes, which is after the rename.
    lock.pragma('locking_mode = EXCLUSIVE');
    try {
      lock.prepare('select count(*) from sqlite_master').get();
      lock.exec('begin exclusive');
      lock.exec('commit');
    } catch (error) {
      const code = sqliteCode(error);
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
        throw new AppError(
          'conflict',
          `the database ${live} is in use: stop the Unknot server (and any other unknot command using it), then restore again`,
        );
      }
      throw new AppError(
        'internal',
        `the database ${live} cannot be read (${code ?? String(error)}); move it aside and restore again`,
      );
    }
    // Empty the old WAL into the old file, so none of it can be replayed into the new one.
    lock.pragma('wal_checkpoint(TRUNCATE)');
    await replaceDurably(temp, live);
  } finally {
    lock.close();
  }
}
