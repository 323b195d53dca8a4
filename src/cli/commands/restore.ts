/**
 * `unknot restore FILE`: replaces everything in the configured database with a backup made by
 * `unknot backup`, after checking the file (a backup of Unknot's, whole, at a schema version this
 * Unknot can restore). A failure leaves the database as it was. On SQLite it refuses while the
 * server has the database open; on PostgreSQL it runs in one transaction (see README).
 */
import { AppError } from '../../core/errors.js';
import { describeDatabase } from '../../server/config.js';
import { restoreDatabase } from '../../server/storage/backup/backup.js';
import { configFrom } from '../config.js';
import { EXIT_OK, reportError, reportFailure, usageError } from '../input.js';
import { type CliIo, line } from '../io.js';
import { describeCounts, resolveFile } from './backup-output.js';

const NAME = 'unknot restore';
const USAGE = 'use "unknot restore FILE"';

function parseArgs(args: readonly string[]): string | AppError {
  const option = args.find((arg) => arg.startsWith('-'));
  if (option !== undefined) return usageError(`unknown option ${option.split('=')[0]} (${USAGE})`);
  const [file, extra] = args;
  if (file === undefined || file === '') return usageError(`name the backup file (${USAGE})`);
  if (extra !== undefined) return usageError(`unexpected argument "${extra}" (${USAGE})`);
  return file;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const file = parseArgs(args);
  if (file instanceof AppError) return reportError(io, NAME, file);
  const config = configFrom(io);
  if (config instanceof AppError) return reportError(io, NAME, config);
  try {
    const done = await restoreDatabase(config.database, resolveFile(io, file));
    line(
      io.stdout,
      `Restored ${done.file} (${done.format}, schema ${done.backupVersion}) into ${describeDatabase(config.database)}, now at schema ${done.version}: ${describeCounts(done.tables)}.`,
    );
    return EXIT_OK;
  } catch (error) {
    return reportFailure(io, NAME, error);
  }
}
