/** The feedback a person gives on a Learn page, as POST /api/v1/feedback takes it. */
export interface FeedbackInput {
  /** UUIDv7 made in the browser, so a retry after a lost answer is stored once. */
  id: string;
  contentId: string;
  helpful: boolean;
  comment?: string;
}

/** The limit the API enforces on a comment. */
export const MAX_COMMENT_LENGTH = 1000;
