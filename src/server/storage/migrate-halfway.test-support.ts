/**
 * Test support, run as its own process by migrate.db.test.ts: migrates a database with one more
 * migration that creates a table, says HALFWAY, and then waits to be killed, so the test can
 * kill -9 a migration run in the middle. Arguments: a DatabaseConfig as JSON, and a PostgreSQL
 * schema name or ''.
 */
import type { DatabaseConfig } from '../config.js';
import { openStorage } from './database.js';
import { migrateToLatest } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

const [configJson = '{}', schema = ''] = process.argv.slice(2);
const config = JSON.parse(configJson) as DatabaseConfig;
const storage = await openStorage(config, schema === '' ? {} : { schema });
await migrateToLatest(storage, {
  ...MIGRATIONS,
  '9999_12_31_000100_halfway': {
    async up(db) {
      await db.schema.createTable('halfway_probe').addColumn('id', 'integer').execute();
      process.stdout.write('HALFWAY\n');
      // Never resolves: the test kills this process here.
      await new Promise(() => {});
    },
  },
});
