/**
 * "Was this helpful?" feedback on a content item: what a client may send and what is stored, as
 * types (the schemas are in feedback.schema.ts). The client may make the id itself (a UUIDv7, also
 * offline) so that sending the same feedback twice stores it once; `sameFeedback` decides whether
 * a repeat really is the same feedback.
 */
export const MAX_COMMENT_LENGTH = 1000;

/** What a client sends (schema in feedback.schema.ts). */
export interface FeedbackInput {
  /** A UUIDv7 the client made, so a retry after a lost answer is stored once. */
  id?: string | undefined;
  contentId: string;
  helpful: boolean;
  comment?: string | undefined;
}

/** What is stored, and what the API answers with. */
export interface Feedback {
  id: string;
  contentId: string;
  helpful: boolean;
  comment: string | null;
  createdAt: string;
}

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

/**
 * True when `input` is the stored answer with a comment added: the Yes or No is kept the moment
 * it is tapped, and an optional comment may follow under the same id. Only a first comment is
 * added this way; changing one is different feedback.
 */
export function addsComment(stored: Feedback, input: FeedbackInput): boolean {
  const comment = storedComment(input.comment);
  return (
    stored.comment === null &&
    comment !== null &&
    stored.contentId === input.contentId &&
    stored.helpful === input.helpful
  );
}
