/** The search request as every adapter accepts it: a non-empty query of at most 200 characters. */
import { z } from 'zod';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_LENGTH } from './query.js';

export const SearchQuery = z.object({
  q: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'must not be empty')
    .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
  limit: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`)
    .default(DEFAULT_LIMIT),
});
export type SearchQuery = z.infer<typeof SearchQuery>;
