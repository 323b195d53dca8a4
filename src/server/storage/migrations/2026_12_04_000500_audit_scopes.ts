/**
 * The audit trail names what a consent change shared (issue 10): the scopes a code was made for,
 * or a consent made or changed to, as a JSON list; null for a read or a write, which name their
 * one scope in `scope`. Shipped: never edit, add a new migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('scopes', 'text').execute();
}
