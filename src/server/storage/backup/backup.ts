/**
 * `unknot backup` and `unknot restore` below the command line: which kind of backup suits which
 * database, and the steps that make each safe. Two formats, chosen by the database:
 *
 * - SQLite: SQLite's own file, copied with its online backup API (sqlite-native.ts), safe while
 *   the server serves. Restore checks the file, copies it beside the live database, brings an
 *   older one up to date with the migrations, and renames it into place only when no server has
 *   the database open. A failure at any step leaves the live database as it was.
 * - PostgreSQL: the logical JSON Lines backup (json-format.ts), read in one REPEATABLE READ
 *   snapshot. Restore migrates the database first, checks the backup names that same schema
 *   version, then empties and refills every table in one transaction: all of it, or none.
 *   `--format json` makes the same file from SQLite, and a JSON backup restores into SQLite too
 *   (built beside the live file and renamed in, as above), so data can move between the two.
 *
 * Problems an operator can fix are AppErrors with a code: not_found (no such file or folder),
 * validation_failed (not a backup, damaged, another schema version), conflict (the database is in
 * use), internal (the database cannot be reached). Messages name files and tables, never values.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../../core/errors.js';
import { type DatabaseConfig, describeDatabase } from '../../config.js';
import { type OpenOptions, openStorage, type Storage } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import {
  privateTempBeside,
  removeWithSidecars,
  replaceDurably,
  requireReadableFile,
  syncFile,
} from './files.js';
import { exportJson } from './json-export.js';
import { importJson, readHeader } from './json-import.js';
import { backupSqlite, copySqliteBackup, looksLikeSqlite, replaceSqlite } from './sqlite-native.js';
import { appliedMigrations, countRows, readShape, type TableCount } from './tables.js';
import { compareVersion, KNOWN_MIGRATIONS, versionName } from './version.js';

export const BACKUP_FORMATS = ['sqlite', 'json'] as const;
export type BackupFormat = (typeof BACKUP_FORMATS)[number];

export interface BackupSummary {
  readonly file: string;
  readonly format: BackupFormat;
  /** The last migration applied: the schema version. */
  readonly version: string;
  readonly tables: readonly TableCount[];
}

export interface BackupOptions extends OpenOptions {
  /** `sqlite` needs a SQLite database; the default is `sqlite` there and `json` on PostgreSQL. */
  format?: BackupFormat;
  /** When the backup was made, written into a JSON backup. */
  now?: () => number;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens the database and checks it answers; internal, naming it (a password masked), if not. */
async function reach(database: DatabaseConfig, options: OpenOptions): Promise<Storage> {
  let storage: Storage | undefined;
  try {
    storage = await openStorage(database, options);
    await storage.ping();
    return storage;
  } catch (error) {
    await storage?.close().catch(() => {});
    throw new AppError(
      'internal',
      `cannot reach the database (${describeDatabase(database)}): ${reason(error)}`,
    );
  }
}

/**
 * Writes a backup of the database into `file` (replacing one there, atomically). The file is
 * readable by its owner only. Safe while the server serves.
 */
export async function backupDatabase(
  database: DatabaseConfig,
  file: string,
  options: BackupOptions = {},
): Promise<BackupSummary> {
  const target = resolve(file);
  const format = options.format ?? (database.kind === 'sqlite' ? 'sqlite' : 'json');
  if (format === 'sqlite' && database.kind !== 'sqlite') {
    throw new AppError(
      'validation_failed',
      '--format sqlite needs a SQLite database; PostgreSQL backs up as json',
    );
  }
  if (database.kind === 'sqlite') {
    if (resolve(database.file) === target) {
      throw new AppError(
        'validation_failed',
        `${target} is the database itself: back it up to another file`,
      );
    }
    if (!(await exists(database.file))) {
      throw new AppError(
        'not_found',
        `there is no database at ${database.file} to back up (is DATA_DIR right?)`,
      );
    }
  }
  const temp = await privateTempBeside(target, 'backup');
  try {
    let migrations: readonly string[];
    let tables: readonly TableCount[];
    if (format === 'sqlite' && database.kind === 'sqlite') {
      ({ migrations, tables } = await backupSqlite(database.file, temp));
    } else {
      const storage = await reach(database, options);
      try {
        const createdAt = new Date((options.now ?? Date.now)()).toISOString();
        ({ migrations, tables } = await exportJson(storage, temp, createdAt));
      } finally {
        await storage.close();
      }
    }
    if (migrations.length === 0) {
      throw new AppError(
        'validation_failed',
        `the database (${describeDatabase(database)}) has no Unknot tables yet: there is nothing to back up`,
      );
    }
    await syncFile(temp);
    await replaceDurably(temp, target);
    return { file: target, format, version: versionName(migrations), tables };
  } finally {
    await removeWithSidecars(temp);
  }
}

export interface RestoreSummary {
  readonly file: string;
  readonly format: BackupFormat;
  /** The schema version the backup was made at, and the one the database is at now. */
  readonly backupVersion: string;
  readonly version: string;
  readonly tables: readonly TableCount[];
}

/** The JSON backup must be at this Unknot's schema version; says what to do when it is not. */
function requireSameVersion(
  migrations: readonly string[],
  known: readonly string[],
  what: string,
): void {
  if (compareVersion(migrations, what, known) === 'older') {
    throw new AppError(
      'validation_failed',
      `${what} was made at an older schema version (${versionName(migrations)}) than this database's (${versionName(known)}): a JSON backup restores only at the version it was made at, so restore it with the Unknot that made it, then upgrade`,
    );
  }
}

async function countAll(storage: Storage): Promise<TableCount[]> {
  const shape = await readShape(storage.db, storage.dialect);
  const counts: TableCount[] = [];
  for (const table of shape.tables)
    counts.push({ name: table.name, rows: await countRows(storage.db, table.name) });
  return counts;
}

/** SQLite: builds the restored database beside the live one, then swaps it in. */
async function restoreSqlite(
  live: string,
  file: string,
  format: BackupFormat,
  what: string,
): Promise<{ backupVersion: string; tables: TableCount[] }> {
  const header = format === 'json' ? await readHeader(file, what) : undefined;
  if (header !== undefined) requireSameVersion(header.migrations, KNOWN_MIGRATIONS, what);
  await mkdir(dirname(live), { recursive: true });
  const temp = await privateTempBeside(live, 'restore');
  try {
    let backupVersion: string;
    if (header === undefined) {
      await copySqliteBackup(file, temp, what);
    }
    const storage = await openStorage({ kind: 'sqlite', file: temp });
    let tables: TableCount[];
    try {
      if (header === undefined) {
        backupVersion = versionName(await appliedMigrations(storage.db));
        await migrateToLatest(storage);
        tables = await countAll(storage);
      } else {
        backupVersion = versionName(header.migrations);
        await migrateToLatest(storage);
        tables = await importJson(storage, file, header, what);
      }
    } finally {
      await storage.close();
    }
    await syncFile(temp);
    await replaceSqlite(temp, live);
    return { backupVersion, tables };
  } finally {
    await removeWithSidecars(temp);
  }
}

/** PostgreSQL: brings the database up to date, then refills it from the JSON backup in one transaction. */
async function restorePostgres(
  database: DatabaseConfig,
  options: OpenOptions,
  file: string,
  what: string,
): Promise<{ backupVersion: string; tables: TableCount[] }> {
  const header = await readHeader(file, what);
  // Checked before the database is touched, against what this code would migrate it to.
  requireSameVersion(header.migrations, KNOWN_MIGRATIONS, what);
  const storage = await reach(database, options);
  try {
    await migrateToLatest(storage);
    requireSameVersion(header.migrations, await appliedMigrations(storage.db), what);
    return {
      backupVersion: versionName(header.migrations),
      tables: await importJson(storage, file, header, what),
    };
  } finally {
    await storage.close();
  }
}

/**
 * Replaces everything in the database with the backup in `file`, which is checked first; a
 * failure leaves the database as it was. On SQLite, refuses while a server has it open.
 */
export async function restoreDatabase(
  database: DatabaseConfig,
  file: string,
  options: OpenOptions = {},
): Promise<RestoreSummary> {
  const source = resolve(file);
  const what = `the backup ${source}`;
  await requireReadableFile(source, 'the backup');
  const format: BackupFormat = (await looksLikeSqlite(source)) ? 'sqlite' : 'json';
  if (format === 'sqlite' && database.kind !== 'sqlite') {
    throw new AppError(
      'validation_failed',
      `${what} is a SQLite database, which restores only into SQLite; to move to PostgreSQL, make a JSON backup (unknot backup --format json) and restore that`,
    );
  }
  const restored =
    database.kind === 'sqlite'
      ? await restoreSqlite(database.file, source, format, what)
      : await restorePostgres(database, options, source, what);
  return { file: source, format, version: versionName(KNOWN_MIGRATIONS), ...restored };
}
