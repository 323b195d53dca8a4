/**
 * What an account keeps beyond signing in (issue 9): recovery codes (their hashes), the log of
 * sign-ins and exports the person can read, when a session last confirmed who holds it (deleting
 * the account asks for that), and the person's synced records with the per-account sequence that
 * pulls follow. Everything hangs from the account and goes with it.
 * Shipped: never edit, add a new migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('recovery_codes')
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('recovery_codes_pk', ['account_id', 'code_hash'])
    .execute();
  await db.schema
    .createTable('account_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('device', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('account_events_account_idx')
    .on('account_events')
    .columns(['account_id', 'at'])
    .execute();
  await db.schema.alterTable('sessions').addColumn('confirmed_at', 'text').execute();
  // Each push takes the next numbers from its account's row, which also holds the row's lock
  // (on PostgreSQL) until the push commits: numbers are handed out in commit order, so a pull that
  // has seen number n can never later meet a smaller one.
  await db.schema
    .alterTable('accounts')
    .addColumn('sync_seq', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('sync_records')
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('hlc', 'text', (c) => c.notNull())
    // 0 or 1: SQLite has no boolean to bind.
    .addColumn('deleted', 'integer', (c) => c.notNull())
    // JSON text, checked by core's schema for the kind before it is stored; null for a tombstone.
    .addColumn('data', 'text')
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_records_pk', ['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('sync_records_seq_idx')
    .on('sync_records')
    .columns(['account_id', 'seq'])
    .execute();
}
