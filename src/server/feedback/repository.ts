/**
 * Stores and reads feedback. The only module that queries the feedback table: rows stay here and
 * leave as core `Feedback` records in camelCase.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Feedback } from '../../core/feedback.js';
import type { Database } from '../storage/schema.js';
import type { FeedbackTable } from './tables.js';

export interface FeedbackRepository {
  /**
   * Stores `feedback` unless a record with its id exists; either way answers with what is stored
   * under that id and whether this call stored it. Safe against two requests racing with one id.
   */
  insertIfAbsent(feedback: Feedback): Promise<{ inserted: boolean; stored: Feedback }>;
  findById(id: string): Promise<Feedback | undefined>;
  /**
   * Adds a comment to stored feedback that has none, and answers with what is stored then; a
   * comment already there is kept (two racing comments: the first wins, the second is told).
   */
  addComment(id: string, comment: string): Promise<Feedback | undefined>;
}

function fromRow(row: Selectable<FeedbackTable>): Feedback {
  return {
    id: row.id,
    contentId: row.content_id,
    helpful: row.helpful === true || row.helpful === 1,
    comment: row.comment,
    createdAt: row.created_at,
  };
}

export function createFeedbackRepository(db: Kysely<Database>): FeedbackRepository {
  async function findById(id: string): Promise<Feedback | undefined> {
    const row = await db.selectFrom('feedback').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : fromRow(row);
  }

  return {
    findById,
    async addComment(id, comment) {
      await db
        .updateTable('feedback')
        .set({ comment })
        .where('id', '=', id)
        .where('comment', 'is', null)
        .execute();
      return findById(id);
    },
    async insertIfAbsent(feedback) {
      const result = await db
        .insertInto('feedback')
        .values({
          id: feedback.id,
          content_id: feedback.contentId,
          // 1 and 0 suit both: better-sqlite3 cannot bind a boolean; PostgreSQL reads '1' as true.
          helpful: feedback.helpful ? 1 : 0,
          comment: feedback.comment,
          created_at: feedback.createdAt,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      const inserted = result.numInsertedOrUpdatedRows === 1n;
      const stored = inserted ? feedback : await findById(feedback.id);
      if (stored === undefined) throw new Error(`feedback ${feedback.id} vanished after insert`);
      return { inserted, stored };
    },
  };
}
