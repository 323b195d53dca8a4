/**
 * Reads the logical backup (json-format.ts) back into a database already at the backup's schema
 * version: in one transaction, every application table is emptied and refilled from the file,
 * line by line, each value checked against the column it goes to; the trailer's counts must match
 * what was read. Anything wrong (a line that is not JSON, a value of the wrong kind, a file cut
 * short) throws inside the transaction, so the database rolls back to what it was.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { sql, type Transaction } from 'kysely';
import { AppError } from '../../../core/errors.js';
import type { Storage } from '../database.js';
import type { Database } from '../schema.js';
import { type Cell, decodeCell, End, Header, TableStart } from './json-format.js';
import { type Column, readShape, type TableCount, type TableShape } from './tables.js';

/** Rows per insert: well under both databases' limits on bound values. */
const MAX_VALUES_PER_INSERT = 10_000;
const MAX_ROWS_PER_INSERT = 500;
/** A header lists tables and columns: far less than this. */
const HEADER_MAX_BYTES = 1 << 20;

const invalid = (message: string) => new AppError('validation_failed', message);

/** The file's lines; the file is closed when the caller stops reading, done or not. */
async function* lines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file, 'utf8');
  const reader = createInterface({ input, crlfDelay: Infinity });
  try {
    yield* reader;
  } finally {
    reader.close();
    input.destroy();
  }
}

/** The header of the backup in `file`; validation_failed when it is not one of ours. */
export async function readHeader(file: string, what: string): Promise<Header> {
  // Read no further than a header can reach: a big file that is not ours may hold no newline.
  const handle = await open(file, 'r');
  let text: string;
  try {
    const buffer = Buffer.alloc(HEADER_MAX_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_MAX_BYTES, 0);
    text = buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  const newline = text.indexOf('\n');
  let value: unknown;
  try {
    value = JSON.parse(newline < 0 ? text : text.slice(0, newline));
  } catch {
    throw invalid(
      `${what} is not an Unknot backup: it is neither a SQLite database nor Unknot's JSON backup`,
    );
  }
  const header = Header.safeParse(value);
  if (!header.success) {
    throw invalid(`${what} is not an Unknot backup: its first line is not the header of one`);
  }
  return header.data;
}

/** The target's tables, checked to be the backup's, with each file column's kind in file order. */
function matchTables(
  header: Header,
  target: readonly TableShape[],
  what: string,
): Map<string, Column[]> {
  const mismatch = () =>
    invalid(
      `${what} does not hold the tables this database has, though it names the same schema version`,
    );
  if (header.tables.length !== target.length) throw mismatch();
  const byName = new Map(target.map((t) => [t.name, t]));
  const columnsInFileOrder = new Map<string, Column[]>();
  for (const table of header.tables) {
    const shape = byName.get(table.name);
    if (shape === undefined || shape.columns.length !== table.columns.length) throw mismatch();
    const columns = table.columns.map((name) => shape.columns.find((c) => c.name === name));
    if (columns.some((c) => c === undefined)) throw mismatch();
    columnsInFileOrder.set(table.name, columns as Column[]);
  }
  return columnsInFileOrder;
}

async function insert(
  tx: Transaction<Database>,
  table: string,
  columns: readonly Column[],
  rows: readonly Cell[][],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c.name)))})
    values ${sql.join(rows.map((row) => sql`(${sql.join(row)})`))}`.execute(tx);
}

async function emptyTables(
  tx: Transaction<Database>,
  dialect: Storage['dialect'],
  tables: readonly TableShape[],
): Promise<void> {
  if (dialect === 'postgres') {
    // One statement for all of them: foreign keys between them do not stand in the way.
    await sql`truncate table ${sql.join(tables.map((t) => sql.table(t.name)))}`.execute(tx);
    return;
  }
  for (const table of [...tables].reverse())
    await sql`delete from ${sql.table(table.name)}`.execute(tx);
}

/**
 * Replaces every application table's rows in `storage` with the backup's, in one transaction.
 * The caller has read `header` and checked that it names `storage`'s schema version.
 */
export async function importJson(
  storage: Storage,
  file: string,
  header: Header,
  what: string,
): Promise<TableCount[]> {
  const shape = await readShape(storage.db, storage.dialect);
  const columnsOf = matchTables(header, shape.tables, what);
  return storage.db.transaction().execute(async (tx) => {
    await emptyTables(tx, storage.dialect, shape.tables);
    const counts: TableCount[] = [];
    let current:
      | { name: string; columns: Column[]; batch: Cell[][]; rows: number; perInsert: number }
      | undefined;
    let next = 0;
    let end: End | undefined;
    let lineNumber = 0;

    const finishTable = async () => {
      if (current === undefined) return;
      await insert(tx, current.name, current.columns, current.batch);
      counts.push({ name: current.name, rows: current.rows });
      current = undefined;
    };

    for await (const line of lines(file)) {
      lineNumber += 1;
      if (lineNumber === 1) continue;
      const at = `${what}, line ${lineNumber}`;
      if (end !== undefined) throw invalid(`${at}: there is more after the end line`);
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw invalid(`${at}: is not JSON (the file is damaged)`);
      }
      if (Array.isArray(value)) {
        if (current === undefined) throw invalid(`${at}: a row before any table`);
        const { columns } = current;
        if (value.length !== columns.length) {
          throw invalid(
            `${at}: a row of ${current.name} has ${value.length} values, not ${columns.length}`,
          );
        }
        current.rows += 1;
        current.batch.push(
          columns.map((column, i) =>
            decodeCell(value[i], column, storage.dialect, `${at} (${current?.name})`),
          ),
        );
        if (current.batch.length >= current.perInsert) {
          await insert(tx, current.name, columns, current.batch);
          current.batch = [];
        }
        continue;
      }
      const start = TableStart.safeParse(value);
      if (start.success) {
        await finishTable();
        const expected = header.tables[next];
        if (expected === undefined || expected.name !== start.data.table) {
          throw invalid(`${at}: table ${start.data.table} is not the next one the header lists`);
        }
        next += 1;
        const columns = columnsOf.get(expected.name) ?? [];
        const perInsert = Math.max(
          1,
          Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_VALUES_PER_INSERT / columns.length)),
        );
        current = { name: expected.name, columns, batch: [], rows: 0, perInsert };
        continue;
      }
      const last = End.safeParse(value);
      if (!last.success) throw invalid(`${at}: is not a line of an Unknot backup`);
      await finishTable();
      end = last.data;
    }

    if (end === undefined) throw invalid(`${what} is cut short: it has no end line`);
    if (next !== header.tables.length)
      throw invalid(`${what} is cut short: it lacks tables its header lists`);
    for (const { name, rows } of counts) {
      if (end.rows[name] !== rows) {
        throw invalid(
          `${what} is damaged: its end line counts ${end.rows[name] ?? 0} rows of ${name}, the file holds ${rows}`,
        );
      }
    }
    if (Object.keys(end.rows).length !== counts.length)
      throw invalid(`${what} is damaged: its end line counts other tables`);
    return counts;
  });
}
