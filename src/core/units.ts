/**
 * The units every feature shares, each defined once: the pain score (a branded whole number 0–10,
 * where 0 is a real score, made only by a validating constructor or its schema), record ids
 * (UUIDv7), ISO 8601 instants and dates, and seconds. No validator is loaded here; the schemas are
 * in units.schema.ts. Test a score with `=== undefined`, never truthiness: 0 is a real score.
 */
import type { $brand } from 'zod/v4/core';
import { AppError } from './errors.js';
import { isUuidV7 } from './ids.js';

/** How bad the pain is, 0 (none) to 10 (the worst imaginable), in whole steps. */
export type PainScore = number & $brand<'PainScore'>;

export const PAIN_SCORE = { min: 0, max: 10 } as const;

export function isPainScore(value: unknown): value is PainScore {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= PAIN_SCORE.min &&
    value <= PAIN_SCORE.max
  );
}

/** The pain score `n`, or a validation error naming it. */
export function painScore(n: number): PainScore {
  if (!isPainScore(n)) {
    throw new AppError('validation_failed', `A pain score is a whole number 0 to 10, not ${n}`, [
      { path: 'pain', message: 'must be a whole number from 0 to 10' },
    ]);
  }
  return n;
}

/** Every score from 0 to 10, for a scale of buttons. */
export const PAIN_SCORES: readonly PainScore[] = Array.from(
  { length: PAIN_SCORE.max - PAIN_SCORE.min + 1 },
  (_, i) => painScore(PAIN_SCORE.min + i),
);

/** A record's id: a UUIDv7 made where the record is made (see ids.ts). */
export type Id = string;

export function isId(value: unknown): value is Id {
  return isUuidV7(value);
}

/** An instant as ISO 8601 in UTC ("2025-03-10T09:00:00.000Z"). */
export type IsoInstant = string;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

export function isIsoInstant(value: unknown): value is IsoInstant {
  return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** A calendar day 'YYYY-MM-DD', as the person lives it (in their own time zone). */
export type IsoDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written 'YYYY-MM-DD' (no 2025-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (m === null) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === value;
}

/** A content or exercise id: lower-case words joined by hyphens ('knee-to-chest'). */
export type Slug = string;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: unknown): value is Slug {
  return (
    typeof value === 'string' && value.length >= 2 && value.length <= 80 && SLUG_PATTERN.test(value)
  );
}

/** A length of time in whole seconds. */
export type Seconds = number;
