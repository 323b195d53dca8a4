/**
 * The database's tables as Kysely sees them (snake_case, as stored). Only repositories use these
 * types; what leaves a repository is a core type in camelCase.
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

export interface Database {
  feedback: FeedbackTable;
}
