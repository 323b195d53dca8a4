/**
 * `POST /api/v1/diary/summary` (entries → episodes, trend and escalations with their sources) and
 * `POST /api/v1/diary/export?format=csv|fhir` (the same body → the CSV or the FHIR R4 bundle as a
 * file). The body is core's strict DiaryRequest, so each bad entry field comes back as a 422
 * naming it ("entries.3.pain0to10").
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { DiaryRequest, DiarySummaryResponse } from '../../core/diary/request.schema.js';
import { errorHandler } from '../http/errors.js';
import { Problem } from '../http/problem.js';
import type { ZodApp } from '../http/zod.js';
import type { DiaryService } from './service.js';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
export const FHIR_CONTENT_TYPE = 'application/fhir+json; charset=utf-8';
export const EXPORT_FILES = { csv: 'unknot-diary.csv', fhir: 'unknot-diary.fhir.json' } as const;

/** Years of entries with notes: bounded by core's ENTRIES_MAX, and in bytes here. */
export const DIARY_BODY_LIMIT = 4 * 1024 * 1024;

const LIMITS = { bodyLimit: DIARY_BODY_LIMIT, errorHandler: errorHandler(DIARY_BODY_LIMIT) };

const BODY = DiaryRequest.check(
  z.describe(
    'The diary entries (each with a UUIDv7 `id`, `at` as an ISO 8601 UTC time and `pain0to10`; the rest optional), the person\u2019s `today` as YYYY-MM-DD and their IANA `timeZone` (UTC when left out)',
  ),
);

const PROBLEMS = {
  400: Problem.describe('The body is not valid JSON, or the format is not csv or fhir'),
  413: Problem.describe('The body is too large'),
  415: Problem.describe('The body is not application/json'),
  422: Problem.describe('A field is missing or not valid; `errors` names each bad field'),
};

const ExportQuery = z.strictObject({
  format: z
    .enum(['csv', 'fhir'], { error: 'must be csv or fhir' })
    .describe(
      'csv: RFC 4180, one row per entry. fhir: a FHIR R4 Bundle (collection) of Observations.',
    ),
});

export function registerDiaryRoutes(app: ZodApp, service: DiaryService): void {
  app.post(
    '/api/v1/diary/summary',
    {
      ...LIMITS,
      schema: {
        summary: 'A pain diary summed up: episodes, trend, and when self-care is not enough',
        description:
          'Episodes (a day counts by its worst score; an episode opens at 3 or more and ends when the person says so or after three low days), the current trend, and every escalation rule that holds, each with its reason, its source and one action (book a GP or physiotherapist, see one within days, or do the check now). Nothing is stored. General information, not a substitute for professional care.',
        tags: ['diary'],
        body: BODY,
        response: { 200: DiarySummaryResponse, ...PROBLEMS },
      },
    },
    (request) => service.summary(request.body),
  );

  app.post(
    '/api/v1/diary/export',
    {
      ...LIMITS,
      schema: {
        summary: 'The diary as a CSV or FHIR R4 file for a clinician',
        tags: ['diary'],
        body: BODY,
        querystring: ExportQuery,
        response: {
          200: {
            description: `The file, as an attachment (${EXPORT_FILES.csv} or ${EXPORT_FILES.fhir})`,
            content: {
              'text/csv': { schema: { type: 'string' } },
              'application/fhir+json': { schema: { type: 'object' } },
            },
          },
          ...PROBLEMS,
        },
      },
    },
    (request, reply) => {
      const format = request.query.format;
      const body =
        format === 'csv' ? service.csv(request.body) : JSON.stringify(service.fhir(request.body));
      (reply as FastifyReply)
        .type(format === 'csv' ? CSV_CONTENT_TYPE : FHIR_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="${EXPORT_FILES[format]}"`)
        .send(body);
    },
  );
}
