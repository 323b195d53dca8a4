/**
 * `unknot backup FILE [--format sqlite|json]`: writes a backup of the configured database to FILE,
 * safe while the server serves. SQLite's own file by default on SQLite, a JSON Lines file on
 * PostgreSQL (why: server/storage/backup/backup.ts). The file is readable by its owner only, and
 * replaced whole or not at all. Prints counts and the path, never what the tables hold.
 */
import { AppError } from '../../core/errors.js';
import { describeDatabase } from '../../server/config.js';
import {
  BACKUP_FORMATS,
  type BackupFormat,
  backupDatabase,
} from '../../server/storage/backup/backup.js';
import { configFrom } from '../config.js';
import { EXIT_OK, reportError, reportFailure, usageError } from '../input.js';
import { type CliIo, line } from '../io.js';
import { describeCounts, resolveFile } from './backup-output.js';

const NAME = 'unknot backup';
const USAGE = 'use "unknot backup FILE [--format sqlite|json]"';

function parseArgs(args: readonly string[]): { file: string; format?: BackupFormat } | AppError {
  const files: string[] = [];
  let format: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format' || arg.startsWith('--format=')) {
      format = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (format === undefined || format === '')
        return usageError(`--format needs a value (${USAGE})`);
    } else if (arg.startsWith('-')) {
      return usageError(`unknown option ${arg.split('=')[0]} (${USAGE})`);
    } else files.push(arg);
  }
  if (format !== undefined && !(BACKUP_FORMATS as readonly string[]).includes(format)) {
    return usageError(`--format must be ${BACKUP_FORMATS.join(' or ')}`);
  }
  const [file, extra] = files;
  if (file === undefined || file === '') return usageError(`name the file to write (${USAGE})`);
  if (extra !== undefined) return usageError(`unexpected argument "${extra}" (${USAGE})`);
  return format === undefined ? { file } : { file, format: format as BackupFormat };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const options = parseArgs(args);
  if (options instanceof AppError) return reportError(io, NAME, options);
  const config = configFrom(io);
  if (config instanceof AppError) return reportError(io, NAME, config);
  try {
    const made = await backupDatabase(config.database, resolveFile(io, options.file), {
      ...(options.format === undefined ? {} : { format: options.format }),
    });
    line(
      io.stdout,
      `Backed up ${describeDatabase(config.database)} to ${made.file} (${made.format}, schema ${made.version}): ${describeCounts(made.tables)}.`,
    );
    return EXIT_OK;
  } catch (error) {
    return reportFailure(io, NAME, error);
  }
}
