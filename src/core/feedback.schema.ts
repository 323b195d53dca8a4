/**
 * The schemas of "was this helpful?" feedback (types and rules in feedback.ts): what a client may
 * send, which the API checks, and what is stored, which the API answers with.
 */
import { z } from 'zod';
import { Slug } from './content/schema.js';
import type * as T from './feedback.js';
import { MAX_COMMENT_LENGTH } from './feedback.js';
import { UUID_V7_PATTERN } from './ids.js';

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

export const Feedback = z.object({
  id: z.string().regex(UUID_V7_PATTERN),
  contentId: Slug,
  helpful: z.boolean(),
  comment: z.string().max(MAX_COMMENT_LENGTH).nullable(),
  createdAt: z.iso.datetime(),
});

// Compile-time checks: the schemas and the zod-free types describe the same shapes.
type Same<A extends B, B extends C, C = A> = [A, B, C];
export type _InputFits = Same<z.output<typeof FeedbackInput>, T.FeedbackInput>;
export type _FeedbackFits = Same<z.output<typeof Feedback>, T.Feedback>;
