/** The first table: "was this helpful?" feedback on content items. Shipped: never edit, add a new migration. */
import type { Kysely } from 'kysely';

// Migrations see the schema as it was then, not today's `Database` type.
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('content_id', 'text', (c) => c.notNull())
    .addColumn('helpful', 'boolean', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('feedback_content_id_idx')
    .on('feedback')
    .columns(['content_id', 'created_at'])
    .execute();
}
