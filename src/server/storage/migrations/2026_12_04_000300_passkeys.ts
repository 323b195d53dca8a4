/**
 * Passkeys (issue 9): an account's name moves to the account itself, since an account made with a
 * passkey has no password credential (the password's copy of the name stays its sign-in key); the
 * passkeys (WebAuthn credentials: their id, public key and signature counter); and the one-time
 * challenges a passkey signs, kept in the database so any server process can check the answer.
 * Shipped: never edit, add a new migration.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('username', 'text').execute();
  await sql`update accounts set username = (select username from password_credentials where password_credentials.account_id = accounts.id)`.execute(
    db,
  );
  await db.schema
    .createIndex('accounts_username_idx')
    .on('accounts')
    .column('username')
    .unique()
    .execute();
  await db.schema
    .createTable('passkeys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('counter', 'bigint', (c) => c.notNull())
    .addColumn('transports', 'text', (c) => c.notNull())
    .addColumn('device', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('passkeys_account_idx').on('passkeys').column('account_id').execute();
  await db.schema
    .createTable('webauthn_challenges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('challenge', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.references('accounts.id').onDelete('cascade'))
    .addColumn('username', 'text')
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}
