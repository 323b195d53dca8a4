/**
 * A migration run is applied whole or not at all, on SQLite and PostgreSQL: killed with SIGKILL
 * in the middle, or failing on an error, it leaves the database as it was, and the next start
 * finishes the job; an error names the migration that failed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPackageRoot } from '../package-root.js';
import type { Storage } from './database.js';
import { migrateToLatest } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { type TestDatabase, testDatabases } from './test-databases.js';

/** The app's tables that exist, whatever the database. */
async function appTables(storage: Storage): Promise<string[]> {
  if (storage.dialect === 'sqlite') {
    const { rows } = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
    `.execute(storage.db);
    return rows.map((r) => r.name).sort();
  }
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables where table_schema = current_schema()
  `.execute(storage.db);
  return rows.map((r) => r.name).sort();
}

async function appliedMigrations(storage: Storage): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(
    storage.db,
  );
  return rows.map((r) => r.name).sort();
}

const KYSELY_TABLES = ['kysely_migration', 'kysely_migration_lock'];

describe.each(testDatabases())('migrations on $name', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await kind.create();
  });
  afterEach(async () => {
    await database.destroy();
  });

  it('killed halfway, leave nothing of the run, and the next start applies them all', {
    timeout: 60_000,
  }, async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(findPackageRoot(), 'src/server/storage/migrate-halfway.test-support.ts'),
        JSON.stringify(database.config),
        database.schema ?? '',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const halfway = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('HALFWAY\n')) resolve();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.once('exit', () => reject(new Error(`exited before HALFWAY:\n${output}`)));
    });
    try {
      await halfway;
    } finally {
      child.kill('SIGKILL');
      await exited;
    }

    const storage = await database.open();
    // Every migration of the run, the app's and the interrupted one, is gone with it.
    expect(await appTables(storage)).toEqual(KYSELY_TABLES);
    expect(await appliedMigrations(storage)).toEqual([]);

    const report = await migrateToLatest(storage);
    expect(report.applied).toEqual(Object.keys(MIGRATIONS).sort());
    expect(await appTables(storage)).toContain('sync_records');
    expect(await appTables(storage)).not.toContain('halfway_probe');
  });

  it('failing on an error, name the migration and leave the database as it was', async () => {
    const storage = await database.open();
    const failing = {
      ...MIGRATIONS,
      '9999_12_31_000100_broken': {
        async up(db: Parameters<NonNullable<(typeof MIGRATIONS)[string]>['up']>[0]) {
          await db.schema.createTable('broken_probe').addColumn('id', 'integer').execute();
          throw new Error('column "pain" cannot be cast');
        },
      },
    };
    await expect(migrateToLatest(storage, failing)).rejects.toThrow(
      /^Migration failed in 9999_12_31_000100_broken: column "pain" cannot be cast$/,
    );
    expect(await appTables(storage)).toEqual(KYSELY_TABLES);
    expect(await appliedMigrations(storage)).toEqual([]);
    // The migrations that are right still apply once the broken one is gone.
    expect((await migrateToLatest(storage)).applied).toHaveLength(Object.keys(MIGRATIONS).length);
  });
});
