/** `unknot migrate`: applies the migrations the database lacks and says which ran. */
import { ConfigError, describeDatabase, loadConfig } from '../../server/config.js';
import { openStorage } from '../../server/storage/database.js';
import { migrateToLatest } from '../../server/storage/migrate.js';
import { commandFailed, EXIT_OK, reportError, usageError } from '../input.js';
import { type CliIo, line } from '../io.js';

const NAME = 'unknot migrate';

export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.length > 0) return reportError(io, NAME, usageError(`unexpected argument "${args[0]}"`));
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(io.env, io.cwd);
  } catch (error) {
    if (error instanceof ConfigError) return reportError(io, NAME, commandFailed(error.message));
    throw error;
  }
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
