/** Brings the database to the latest migration with Kysely's Migrator; run at start and by `unknot migrate`. */
import { Migrator } from 'kysely';
import type { Storage } from './database.js';
import { MIGRATIONS } from './migrations/index.js';

export interface MigrationReport {
  /** Migrations applied by this run, in order. */
  applied: string[];
  /** Every migration the code knows. */
  known: string[];
}

function migratorFor(storage: Storage): Migrator {
  return new Migrator({
    db: storage.db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(storage.schema === undefined ? {} : { migrationTableSchema: storage.schema }),
  });
}

export async function migrateToLatest(storage: Storage): Promise<MigrationReport> {
  const { error, results = [] } = await migratorFor(storage).migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error !== undefined) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = failed === undefined ? '' : ` in ${failed.migrationName}`;
    throw new Error(`Migration failed${where}: ${reason}`, { cause: error });
  }
  return {
    applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName),
    known: Object.keys(MIGRATIONS).sort(),
  };
}
