import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../storage/migrate.js';
import { MIGRATIONS } from '../storage/migrations/index.js';
import { type TestDatabase, testDatabases } from '../storage/test-databases.js';
import { createAccountRepository } from './repository.js';

describe.each(testDatabases())('account names moving to the account on $name', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await kind.create();
  });
  afterEach(async () => {
    await database.destroy();
  });

  it('keeps the name of every account made before, and still refuses it to a new account', async () => {
    const storage = await database.open();
    const migrator = new Migrator({
      db: storage.db,
      provider: { getMigrations: async () => MIGRATIONS },
      ...(storage.schema === undefined ? {} : { migrationTableSchema: storage.schema }),
    });
    await migrator.migrateTo('2026_12_04_000200_account_records');
    const at = '2026-12-01T09:00:00.000Z';
    await sql`insert into accounts (id, created_at) values ('a1', ${at})`.execute(storage.db);
    await sql`insert into password_credentials (account_id, username, hash, changed_at) values ('a1', 'ana', 'h', ${at})`.execute(
      storage.db,
    );
    await migrateToLatest(storage);
    const accounts = createAccountRepository(storage.db);
    expect(await accounts.accountOf('a1')).toEqual({
      username: 'ana',
      hasPassword: true,
      passkeys: 0,
      role: 'person',
      clinician: null,
    });
    expect(await accounts.usernameTaken('ana')).toBe(true);
    expect(await accounts.createAccount({ id: 'a2', username: 'ana', now: at })).toEqual({
      created: false,
    });
  });
});
