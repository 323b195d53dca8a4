/**
 * Clinicians (issue 10): an account's role (a clinician's account has a name people see and a
 * profession, and can be disabled by the operator), the one-time set-up links the operator makes,
 * the share codes a person makes (their hashes), the consents they become, and the audit trail of
 * every look at a person's records and every consent change. Everything of a person's goes with
 * their account. The audit trail takes no updates: a trigger refuses them on both databases.
 * Shipped: never edit, add a new migration.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('accounts')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('person'))
    .execute();
  await db.schema.alterTable('accounts').addColumn('display_name', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('profession', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('disabled_at', 'text').execute();

  await db.schema
    .createTable('clinician_setups')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('share_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('person_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('share_codes_person_idx')
    .on('share_codes')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('clinician_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('reviewed_at', 'text')
    .execute();
  await db.schema.createIndex('consents_person_idx').on('consents').column('person_id').execute();
  await db.schema
    .createIndex('consents_clinician_idx')
    .on('consents')
    .column('clinician_id')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    // Not a foreign key: the trail outlives nothing of the actor's but must never lose who it was.
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('scope', 'text')
    .addColumn('record_id', 'text')
    .addColumn('consent_id', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_person_idx')
    .on('audit_log')
    .columns(['person_id', 'at'])
    .execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$ begin raise exception 'the audit trail is append-only'; end $$`.execute(
      db,
    );
    await sql`create trigger audit_log_no_update before update on audit_log for each row execute function audit_log_append_only()`.execute(
      db,
    );
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'the audit trail is append-only'); end`.execute(
      db,
    );
  }
}
