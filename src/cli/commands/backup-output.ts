/**
 * What `unknot backup` and `unknot restore` share: the file named relative to the folder the
 * command runs in, and the counts they print.
 */
import { resolve } from 'node:path';
import type { TableCount } from '../../server/storage/backup/tables.js';
import type { CliIo } from '../io.js';

export const resolveFile = (io: CliIo, file: string): string =>
  resolve(io.cwd ?? process.cwd(), file);

/** "15 tables, 1,234 rows": how much, never what. */
export function describeCounts(tables: readonly TableCount[]): string {
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  const plural = (n: number, word: string) =>
    `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(tables.length, 'table')}, ${plural(rows, 'row')}`;
}
