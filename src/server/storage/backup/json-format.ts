/**
 * Unknot's logical backup: one JSON value per line (JSON Lines), the same for SQLite and
 * PostgreSQL, so a backup of either restores into either.
 *
 *   {"format":"unknot-backup","formatVersion":1,"createdAt":…,"database":"postgres",
 *    "migrations":[…],"tables":[{"name":"accounts","columns":["id",…]},…]}   the header
 *   {"table":"accounts"}                                  then, for each table in the header's order,
 *   ["0190…","2026-…",…]                                  its rows, values in the header's column order
 *   {"end":true,"rows":{"accounts":3,…}}                  the trailer, so a file cut short is refused
 *
 * Why this and not pg_dump: pg_dump must be at least the server's major version and is often
 * missing where Node runs; its files restore only into PostgreSQL and are not checked against our
 * migrations. This file names the schema version it was made at, is checked line by line before a
 * restore commits, and moves data between SQLite and PostgreSQL.
 *
 * Values are JSON's own: text as strings, integers as numbers (as strings past 2^53, which no
 * column reaches today), booleans as true and false (SQLite keeps them as 1 and 0), and null.
 */
import { z } from 'zod';
import { AppError } from '../../../core/errors.js';
import type { Column } from './tables.js';

export const FORMAT = 'unknot-backup';
export const FORMAT_VERSION = 1;

const Name = z.string().min(1).max(128);

export const Header = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  migrations: z.array(Name),
  tables: z.array(z.object({ name: Name, columns: z.array(Name).min(1) })),
});
export type Header = z.infer<typeof Header>;

export const TableStart = z.strictObject({ table: Name });

export const End = z.strictObject({
  end: z.literal(true),
  rows: z.record(Name, z.number().int().nonnegative()),
});
export type End = z.infer<typeof End>;

/** One value as the file keeps it. */
export type Cell = string | number | boolean | null;

const INTEGER_TEXT = /^-?\d{1,20}$/;

function unexpected(column: Column, where: string): Error {
  return new Error(`${where}: column ${column.name} holds a value that is not ${column.kind}`);
}

/** A value read from either database, as the file keeps it. */
export function encodeCell(value: unknown, column: Column, where: string): Cell {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'text':
      if (typeof value === 'string') return value;
      break;
    case 'integer': {
      // pg hands back bigint columns as strings, to lose nothing past 2^53.
      const n = typeof value === 'string' && INTEGER_TEXT.test(value) ? Number(value) : value;
      if (typeof n === 'number' && Number.isSafeInteger(n)) return n;
      if (typeof value === 'bigint' || typeof value === 'string') return String(value);
      break;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 0 || value === 1) return value === 1;
      break;
  }
  throw unexpected(column, where);
}

/**
 * A value from the file, as `dialect` binds it: better-sqlite3 cannot bind a boolean, so SQLite
 * gets 1 and 0. A value of the wrong kind is the file's fault: validation_failed, naming the column
 * but never showing the value, which may be health data.
 */
export function decodeCell(
  value: unknown,
  column: Column,
  dialect: 'sqlite' | 'postgres',
  where: string,
): Cell {
  if (value === null) return null;
  switch (column.kind) {
    case 'text':
      if (typeof value === 'string') return value;
      break;
    case 'integer':
      if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
      if (typeof value === 'string' && INTEGER_TEXT.test(value)) return value;
      break;
    case 'boolean':
      if (typeof value === 'boolean') return dialect === 'sqlite' ? (value ? 1 : 0) : value;
      break;
  }
  throw new AppError(
    'validation_failed',
    `${where}: column ${column.name} holds a value that is not ${column.kind === 'integer' ? 'an integer' : column.kind}`,
  );
}
