/**
 * What a backup holds, read from the database itself rather than listed by hand: every table the
 * migrations made (Kysely's own bookkeeping aside), its columns in order with the kind of value
 * each keeps, the tables in an order that puts each before the ones whose foreign keys point at
 * it, and the migrations applied, which are the schema's version. A table or column a later
 * migration adds is backed up with no change here; a column of a kind backups do not know yet
 * (a date, bytes) fails loudly instead of being written in a form restore would misread.
 * "Every table" is every table of the database (on PostgreSQL, of the schema first on the search
 * path), so Unknot's database or schema should hold Unknot's tables only.
 */
import {
  DEFAULT_MIGRATION_LOCK_TABLE,
  DEFAULT_MIGRATION_TABLE,
  type QueryExecutorProvider,
  sql,
} from 'kysely';
import type { DatabaseConfig } from '../../config.js';

/** How a value is kept: booleans are 0 and 1 in SQLite, true and false in PostgreSQL. */
export type ColumnKind = 'text' | 'integer' | 'boolean';

export interface Column {
  readonly name: string;
  readonly kind: ColumnKind;
}

export interface TableShape {
  readonly name: string;
  readonly columns: readonly Column[];
}

/** How many rows a table holds: what backup and restore report, never the rows themselves. */
export interface TableCount {
  readonly name: string;
  readonly rows: number;
}

type Dialect = DatabaseConfig['kind'];

const KINDS: Readonly<Record<string, ColumnKind>> = {
  text: 'text',
  'character varying': 'text',
  integer: 'integer',
  bigint: 'integer',
  smallint: 'integer',
  boolean: 'boolean',
};

const BOOKKEEPING = new Set([DEFAULT_MIGRATION_TABLE, DEFAULT_MIGRATION_LOCK_TABLE]);

interface ColumnRow {
  table: string;
  column: string;
  type: string;
}

interface ReferenceRow {
  table: string;
  references: string;
}

/** Every base table's columns: in PostgreSQL those of the schema first on the search path. */
async function columnRows(db: QueryExecutorProvider, dialect: Dialect): Promise<ColumnRow[]> {
  const query =
    dialect === 'sqlite'
      ? sql<ColumnRow>`select m.name as "table", p.name as "column", lower(p.type) as "type"
          from sqlite_master m join pragma_table_info(m.name) p
          where m.type = 'table' and m.name not like 'sqlite_%'
          order by m.name, p.cid`
      : sql<ColumnRow>`select c.table_name as "table", c.column_name as "column", c.data_type as "type"
          from information_schema.columns c
          join information_schema.tables t
            on t.table_schema = c.table_schema and t.table_name = c.table_name
          where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
          order by c.table_name, c.ordinal_position`;
  return (await query.execute(db)).rows;
}

async function referenceRows(db: QueryExecutorProvider, dialect: Dialect): Promise<ReferenceRow[]> {
  const query =
    dialect === 'sqlite'
      ? sql<ReferenceRow>`select m.name as "table", f."table" as "references"
          from sqlite_master m join pragma_foreign_key_list(m.name) f
          where m.type = 'table'`
      : sql<ReferenceRow>`select src.relname as "table", dst.relname as "references"
          from pg_constraint k
          join pg_class src on src.oid = k.conrelid
          join pg_class dst on dst.oid = k.confrelid
          join pg_namespace n on n.oid = src.relnamespace
          where k.contype = 'f' and n.nspname = current_schema()`;
  return (await query.execute(db)).rows;
}

/** Names ordered so that a table comes after every table it references; ties by name. */
function referencedFirst(names: readonly string[], references: readonly ReferenceRow[]): string[] {
  const sorted = [...names].sort();
  const placed: string[] = [];
  const needs = (table: string) =>
    references
      .filter((r) => r.table === table && r.references !== table && names.includes(r.references))
      .map((r) => r.references);
  while (placed.length < sorted.length) {
    const next = sorted.find(
      (t) => !placed.includes(t) && needs(t).every((r) => placed.includes(r)),
    );
    if (next === undefined) throw new Error('the tables reference each other in a cycle');
    placed.push(next);
  }
  return placed;
}

export interface DatabaseShape {
  /** The application's tables, each after the tables it references. */
  readonly tables: readonly TableShape[];
  /** Whether Kysely's migration table exists: without it, this is not (yet) Unknot's database. */
  readonly migrated: boolean;
}

export async function readShape(
  db: QueryExecutorProvider,
  dialect: Dialect,
): Promise<DatabaseShape> {
  const rows = await columnRows(db, dialect);
  const byTable = new Map<string, Column[]>();
  for (const row of rows) {
    if (BOOKKEEPING.has(row.table)) continue;
    const kind = KINDS[row.type];
    if (kind === undefined) {
      throw new Error(
        `column ${row.table}.${row.column} keeps ${row.type}, a kind of value backups do not know yet`,
      );
    }
    const columns = byTable.get(row.table) ?? [];
    columns.push({ name: row.column, kind });
    byTable.set(row.table, columns);
  }
  const order = referencedFirst([...byTable.keys()], await referenceRows(db, dialect));
  return {
    tables: order.map((name) => ({ name, columns: byTable.get(name) ?? [] })),
    migrated: rows.some((r) => r.table === DEFAULT_MIGRATION_TABLE),
  };
}

/** The names of the migrations applied, in order: the schema's version. Needs the table. */
export async function appliedMigrations(db: QueryExecutorProvider): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from ${sql.table(
    DEFAULT_MIGRATION_TABLE,
  )} order by name`.execute(db);
  return result.rows.map((r) => r.name);
}

/** How many rows `table` holds. */
export async function countRows(db: QueryExecutorProvider, table: string): Promise<number> {
  const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(
    table,
  )}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}
