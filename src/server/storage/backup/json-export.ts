/**
 * Writes the logical backup (json-format.ts) of a database that may be serving: every table read
 * inside one read-only transaction, so the file is one moment of the database. On PostgreSQL that
 * transaction is REPEATABLE READ (a single snapshot for every statement, blocking no writer) and
 * rows are fetched through a cursor; on SQLite a read transaction in WAL mode is already a
 * snapshot, and rows are streamed from the statement. Rows never sit in memory all at once.
 */
import { open } from 'node:fs/promises';
import { sql, type Transaction } from 'kysely';
import type { Storage } from '../database.js';
import type { Database } from '../schema.js';
import { type Cell, encodeCell, FORMAT, FORMAT_VERSION, type Header } from './json-format.js';
import { appliedMigrations, readShape, type TableCount, type TableShape } from './tables.js';

const FETCH_ROWS = 500;
const FLUSH_BYTES = 1 << 20;

export interface Exported {
  readonly migrations: readonly string[];
  readonly tables: readonly TableCount[];
}

/** Appends lines to a file, a megabyte at a time. */
class LineWriter {
  private buffered: string[] = [];
  private size = 0;
  constructor(private readonly handle: Awaited<ReturnType<typeof open>>) {}
  async write(value: unknown): Promise<void> {
    const text = `${JSON.stringify(value)}\n`;
    this.buffered.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_BYTES) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buffered.length === 0) return;
    await this.handle.write(this.buffered.join(''));
    this.buffered = [];
    this.size = 0;
  }
}

type Row = Record<string, unknown>;

const selectAll = (table: TableShape) =>
  sql<Row>`select ${sql.join(table.columns.map((c) => sql.ref(c.name)))} from ${sql.table(table.name)}`;

/**
 * A table's rows in batches: through a cursor on PostgreSQL; on SQLite (no cursors) by rowid, a
 * page at a time, which the transaction keeps to one snapshot just the same.
 */
async function* batches(
  tx: Transaction<Database>,
  dialect: Storage['dialect'],
  table: TableShape,
): AsyncGenerator<Row[]> {
  if (dialect === 'sqlite') {
    const columns = sql.join(table.columns.map((c) => sql.ref(c.name)));
    let after = Number.MIN_SAFE_INTEGER;
    for (;;) {
      const { rows } = await sql<Row & { __rowid: number }>`select rowid as "__rowid", ${columns}
        from ${sql.table(table.name)} where rowid > ${after} order by rowid limit ${FETCH_ROWS}`.execute(
        tx,
      );
      const last = rows.at(-1);
      if (last === undefined) return;
      after = last.__rowid;
      yield rows;
    }
  }
  await sql`declare unknot_backup no scroll cursor for ${selectAll(table)}`.execute(tx);
  try {
    for (;;) {
      const { rows } =
        await sql<Row>`fetch forward ${sql.lit(FETCH_ROWS)} from unknot_backup`.execute(tx);
      if (rows.length === 0) return;
      yield rows;
    }
  } finally {
    await sql`close unknot_backup`.execute(tx);
  }
}

async function writeTables(
  tx: Transaction<Database>,
  dialect: Storage['dialect'],
  out: LineWriter,
  createdAt: string,
): Promise<Exported> {
  const shape = await readShape(tx, dialect);
  const migrations = shape.migrated ? await appliedMigrations(tx) : [];
  const header: Header = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt,
    database: dialect,
    migrations,
    tables: shape.tables.map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name) })),
  };
  await out.write(header);
  const counts: TableCount[] = [];
  for (const table of shape.tables) {
    await out.write({ table: table.name });
    let rows = 0;
    for await (const batch of batches(tx, dialect, table)) {
      for (const row of batch) {
        rows += 1;
        const where = `${table.name} row ${rows}`;
        const cells: Cell[] = table.columns.map((c) => encodeCell(row[c.name], c, where));
        await out.write(cells);
      }
    }
    counts.push({ name: table.name, rows });
  }
  await out.write({ end: true, rows: Object.fromEntries(counts.map((c) => [c.name, c.rows])) });
  return { migrations, tables: counts };
}

/**
 * Writes the backup of `storage` into `file` (which exists, empty, with the mode it should keep)
 * and flushes it to the disk. `createdAt` is an ISO instant.
 */
export async function exportJson(
  storage: Storage,
  file: string,
  createdAt: string,
): Promise<Exported> {
  const handle = await open(file, 'w');
  try {
    const out = new LineWriter(handle);
    const begin =
      storage.dialect === 'postgres'
        ? storage.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
        : storage.db.transaction();
    const exported = await begin.execute((tx) => writeTables(tx, storage.dialect, out, createdAt));
    await out.flush();
    await handle.sync();
    return exported;
  } finally {
    await handle.close();
  }
}
