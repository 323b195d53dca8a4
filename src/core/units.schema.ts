/**
 * The schemas of the shared units (see units.ts), written with zod/mini: they are the building
 * blocks of every record kind the device validates on read, and the browser's validator stays
 * small that way. Full-zod schemas embed them as they are, so each unit has one schema.
 */
import * as z from 'zod/mini';
import { UUID_V7_PATTERN } from './ids.js';
import { isIsoDate, PAIN_SCORE, SLUG_PATTERN } from './units.js';

export const PainScoreSchema = z
  .number({ error: 'must be a number' })
  .check(
    z.int({ error: 'must be a whole number' }),
    z.gte(PAIN_SCORE.min, { error: `must be at least ${PAIN_SCORE.min}` }),
    z.lte(PAIN_SCORE.max, { error: `must be at most ${PAIN_SCORE.max}` }),
  )
  .brand<'PainScore'>();

export const IdSchema = z
  .string({ error: 'must be a UUIDv7 string' })
  .check(z.regex(UUID_V7_PATTERN, { error: 'must be a UUIDv7' }));

export const IsoInstantSchema = z.iso.datetime({ error: 'must be an ISO 8601 time in UTC' });

export const IsoDateSchema = z
  .string({ error: "must be a date 'YYYY-MM-DD'" })
  .check(z.refine(isIsoDate, { error: "must be a real date written 'YYYY-MM-DD'" }));

export const SlugSchema = z
  .string()
  .check(
    z.minLength(2),
    z.maxLength(80),
    z.regex(SLUG_PATTERN, { error: 'must be lower-case words joined by hyphens' }),
  );
