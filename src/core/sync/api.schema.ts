/**
 * What `/api/v1/sync` takes and gives. A push's changes are taken as any objects here and checked
 * one by one (change.schema.ts), so one bad record is refused alone, naming its id and field, and
 * the rest of the push is kept.
 */
import { z } from 'zod';
import { PULL_MAX, PUSH_MAX } from './change.js';
import { RECORD_KINDS } from './kinds.js';

export const PushRequest = z.strictObject({
  changes: z
    .array(z.unknown(), { error: 'must be a list of changes' })
    .max(PUSH_MAX, `must hold at most ${PUSH_MAX} changes; send the rest in another push`)
    .describe(
      'Each change: `id` (UUIDv7), `kind`, `hlc` (hybrid logical clock stamp), `deleted`, and `data` (the kind\u2019s record; null when deleted)',
    ),
});

const ChangeOut = z.object({
  id: z.string(),
  kind: z.enum(RECORD_KINDS),
  hlc: z.string(),
  deleted: z.boolean(),
  data: z.unknown(),
});

export const PushResponse = z.object({
  accepted: z.array(z.string()).describe('Kept as sent, or already kept at a later version'),
  refused: z.array(z.object({ id: z.string(), field: z.string(), message: z.string() })),
});

export const PullQuery = z.strictObject({
  after: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .default(0)
    .describe('The cursor the last pull answered; 0 for everything'),
  limit: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(PULL_MAX, `must be at most ${PULL_MAX}`)
    .default(PULL_MAX),
});

export const PullResponse = z.object({
  changes: z.array(ChangeOut.extend({ seq: z.number().int() })),
  cursor: z.number().int(),
  more: z.boolean(),
});
