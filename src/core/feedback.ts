/**
 * "Was this helpful?" feedback on a content item: what a client may send and what is stored.
 * The client may make the id itself (a UUIDv7, also offline) so that sending the same feedback twice
 * stores it once; `sameFeedback` decides whether a repeat really is the same feedback.
 */
import { z } from 'zod';
import { Slug } from './content/schema.js';
import { UUID_V7_PATTERN } from './ids.js';

export const MAX_COMMENT_LENGTH = 1000;

export const FeedbackId = z
  .string({ error: 'must be a UUIDv7 string' })
  .regex(UUID_V7_PATTERN, 'must be a UUIDv7')
  // RFC 9562 reads ids case-insensitively; one stored form keeps "the same id" meaning one row.
  .transform((id) => id.toLowerCase());

export const FeedbackInput = z.strictObject({
  id: FeedbackId.optional(),
  contentId: z.string({ error: 'is required' }).pipe(Slug),
  helpful: z.boolean({ error: 'must be true or false' }),
  comment: z
    .string({ error: 'must be text' })
    .trim()
    .max(MAX_COMMENT_LENGTH, `must be at most ${MAX_COMMENT_LENGTH} characters`)
    .optional(),
});
export type FeedbackInput = z.output<typeof FeedbackInput>;

export const Feedback = z.object({
  id: z.string().regex(UUID_V7_PATTERN),
  contentId: Slug,
  helpful: z.boolean(),
  comment: z.string().max(MAX_COMMENT_LENGTH).nullable(),
  createdAt: z.iso.datetime(),
});
export type Feedback = z.output<typeof Feedback>;

/** The comment as stored: trimmed by the schema, and an empty one is no comment at all. */
function storedComment(comment: string | undefined): string | null {
  return comment === undefined || comment === '' ? null : comment;
}

/** The record to store for validated input; `id` is the client's when it sent one. */
export function newFeedback(
  input: FeedbackInput,
  made: { id: string; createdAt: string },
): Feedback {
  return {
    id: input.id ?? made.id,
    contentId: input.contentId,
    helpful: input.helpful,
    comment: storedComment(input.comment),
    createdAt: made.createdAt,
  };
}

/** True when `input` says the same as what is stored: a retry, not a conflicting second write. */
export function sameFeedback(stored: Feedback, input: FeedbackInput): boolean {
  return (
    stored.contentId === input.contentId &&
    stored.helpful === input.helpful &&
    stored.comment === storedComment(input.comment)
  );
}
