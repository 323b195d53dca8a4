/**
 * The composed `Database` type and the migrated database agree: every table a feature declares
 * in its `tables.ts` exists with exactly the declared columns, and no migrated table is missing
 * from the types. A feature that adds a table adds it to COLUMNS below, or this fails to compile.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';
import { type TestDatabase, testDatabases } from './test-databases.js';

/** Each table's columns, checked against the types: a column missing or extra does not compile. */
const COLUMNS = {
  feedback: { id: true, content_id: true, helpful: true, comment: true, created_at: true },
} satisfies { [Table in keyof Database]: Record<keyof Database[Table], true> };

const declared = Object.entries(COLUMNS)
  .map(([table, columns]) => [table, Object.keys(columns).sort()] as const)
  .sort(([a], [b]) => a.localeCompare(b));

describe.each(testDatabases())('the table types on $name', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await kind.create();
  });
  afterEach(async () => {
    await database.destroy();
  });

  it('name exactly the tables and columns the migrations make', async () => {
    const storage = await database.open();
    await migrateToLatest(storage);
    const tables = (await storage.db.introspection.getTables()).filter(
      (t) => storage.schema === undefined || t.schema === storage.schema,
    );
    const migrated = tables
      .map((t) => [t.name, t.columns.map((c) => c.name).sort()] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    expect(migrated).toEqual(declared);
  });
});
