/**
 * The schemas of the check in a person's own words, for `POST /api/v1/triage/text` and
 * `unknot triage --text`: what may be sent (a description, and the age and sex when known) and
 * what comes back (outcome.ts's `TextCheck`). A test parses real answers with the response schema,
 * so it cannot drift from the types. Written with zod/mini, like the check's other schemas.
 */
import * as z from 'zod/mini';
import type { FieldError } from '../../errors.js';
import { isIsoDate } from '../../units.js';
import { fieldErrors } from '../../validation.js';
import { Answers } from '../answers.schema.js';
import { ANSWER_KEYS } from '../findings.js';
import { Disposition } from '../result.schema.js';
import { MAX_TEXT_LENGTH } from './extract.js';
import type { GivenDetails } from './reading.js';

const described = <S extends z.ZodMiniType>(schema: S, text: string): S =>
  schema.check(z.describe(text));

const Key = z.enum(ANSWER_KEYS);
const CERTAINTIES = ['stated', 'denied', 'uncertain'] as const;

export const TextCheckRequest = z.strictObject({
  text: described(
    z.string({ error: 'must be text' }).check(
      z.refine((t) => t.trim().length > 0, { error: 'must say something about your back' }),
      z.maxLength(MAX_TEXT_LENGTH, { error: `must be at most ${MAX_TEXT_LENGTH} characters` }),
    ),
    'What is happening, in the person’s own words (English)',
  ),
  ageYears: z.optional(
    z
      .number({ error: 'must be a number' })
      .check(
        z.int({ error: 'must be a whole number' }),
        z.gte(0, { error: 'must be at least 0' }),
        z.lte(120, { error: 'must be at most 120' }),
      ),
  ),
  sex: z.optional(
    z.enum(['female', 'male', 'other'], { error: "must be one of 'female', 'male', 'other'" }),
  ),
  today: z.optional(
    described(
      z
        .string({ error: 'must be a date' })
        .check(z.refine((d) => isIsoDate(d), { error: 'must be a date as YYYY-MM-DD' })),
      "The person's date today, so words such as “since Monday” can be counted; the server's date in UTC when absent",
    ),
  ),
});

export type TextCheckRequest = z.output<typeof TextCheckRequest>;

export const TextCheckResponse = z.strictObject({
  findings: described(
    Answers,
    "The words' answers, ready for POST /api/v1/triage once toConfirm is confirmed and toAsk answered",
  ),
  spans: described(
    z.array(z.strictObject({ key: Key, start: z.int(), end: z.int(), text: z.string() })),
    'The words that led to each finding, as character offsets into the text',
  ),
  certainty: described(
    z.partialRecord(Key, z.enum(CERTAINTIES)),
    "stated, denied, or uncertain (read as the cautious answer, as 'unsure' is)",
  ),
  lowerBounds: described(
    z.array(Key),
    'Findings whose words give only the least they can be (a weak leg, not whether it is getting worse): their question is still asked',
  ),
  toConfirm: described(
    z.array(Key),
    'Red flags the words denied: show them to the person to confirm before any result',
  ),
  toAsk: described(z.array(Key), 'The questions still worth asking, in asking order'),
  disposition: described(
    Disposition,
    'The result the words alone give, before any further question',
  ),
});

export type ParsedTextCheck =
  | { ok: true; request: TextCheckRequest }
  | { ok: false; errors: FieldError[] };

export function parseTextCheck(input: unknown): ParsedTextCheck {
  const result = TextCheckRequest.safeParse(input);
  return result.success
    ? { ok: true, request: result.data }
    : { ok: false, errors: fieldErrors(result.error) };
}

/** The request's details beside the words, as the reader takes them. */
export function givenOf(request: TextCheckRequest, today: string): GivenDetails {
  return {
    ...(request.ageYears === undefined ? {} : { ageYears: request.ageYears }),
    ...(request.sex === undefined ? {} : { sex: request.sex }),
    today: request.today ?? today,
  };
}
