/**
 * Brings the database to the latest migration with Kysely's Migrator; run at start and by
 * `unknot migrate`. The pending migrations run as one transaction on SQLite and PostgreSQL alike
 * (database.ts), so a crash or an error leaves the database as it was before the run.
 */
import { type Migration, Migrator } from 'kysely';
import type { Storage } from './database.js';
import { MIGRATIONS } from './migrations/index.js';

export interface MigrationReport {
  /** Migrations applied by this run, in order. */
  applied: string[];
  /** Every migration the code knows. */
  known: string[];
}

function migratorFor(storage: Storage, migrations: Readonly<Record<string, Migration>>): Migrator {
  return new Migrator({
    db: storage.db,
    provider: { getMigrations: async () => ({ ...migrations }) },
    ...(storage.schema === undefined ? {} : { migrationTableSchema: storage.schema }),
  });
}

/** `migrations` is for tests of a failing or interrupted run; the app always runs MIGRATIONS. */
export async function migrateToLatest(
  storage: Storage,
  migrations: Readonly<Record<string, Migration>> = MIGRATIONS,
): Promise<MigrationReport> {
  const { error, results = [] } = await migratorFor(storage, migrations).migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error !== undefined) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = failed === undefined ? '' : ` in ${failed.migrationName}`;
    throw new Error(`Migration failed${where}: ${reason}`, { cause: error });
  }
  return {
    applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName),
    known: Object.keys(migrations).sort(),
  };
}
