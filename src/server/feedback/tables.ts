/**
 * The feedback feature's tables as Kysely sees them (snake_case, as stored). Only the feedback
 * repository uses these types; what leaves it is core's `Feedback` in camelCase. They are
 * composed with every other feature's tables into `Database` in storage/schema.ts.
 */
import type { ColumnType } from 'kysely';

export interface FeedbackTable {
  id: string;
  content_id: string;
  /** SQLite has no boolean: it reads back 1 or 0; PostgreSQL reads back true or false. */
  helpful: ColumnType<boolean | number, number, never>;
  comment: string | null;
  /** ISO 8601 UTC text: sorts by time as text and reads back the same on both databases. */
  created_at: string;
}

export interface FeedbackTables {
  feedback: FeedbackTable;
}
