/** `unknot migrate`: applies the migrations the database lacks and says which ran. */
import { AppError } from '../../core/errors.js';
import { describeDatabase } from '../../server/config.js';
import { openStorage } from '../../server/storage/database.js';
import { migrateToLatest } from '../../server/storage/migrate.js';
import { configFrom } from '../config.js';
import { commandFailed, EXIT_OK, reportError, usageError } from '../input.js';
import { type CliIo, line } from '../io.js';

const NAME = 'unknot migrate';

export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.length > 0) return reportError(io, NAME, usageError(`unexpected argument "${args[0]}"`));
  const config = configFrom(io);
  if (config instanceof AppError) return reportError(io, NAME, config);
  try {
    const storage = await openStorage(config.database);
    try {
      const { applied, known } = await migrateToLatest(storage);
      line(io.stdout, `Database: ${describeDatabase(config.database)}`);
      for (const name of applied) line(io.stdout, `Applied ${name}`);
      line(
        io.stdout,
        applied.length === 0
          ? `Nothing to apply: all ${known.length} migrations were already applied.`
          : `Done: ${applied.length} applied, ${known.length} in all.`,
      );
      return EXIT_OK;
    } finally {
      await storage.close();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return reportError(io, NAME, commandFailed(message));
  }
}
