/**
 * `POST /api/v1/triage` (answers → the check's result), `POST /api/v1/triage/text` (a description
 * in the person's own words → the findings read from it) and `GET /api/v1/triage/questions`. The
 * body is exactly the engine's strict Answers schema, so each unknown key, out-of-range number,
 * wrong type or 'unsure' where it is not allowed comes back as a 422 naming that field.
 */
import { z } from 'zod';
import { Answers } from '../../core/triage/answers.schema.js';
import { EMERGENCY_NUMBERS, type Region } from '../../core/triage/emergency-numbers.js';
import { TriageQuestion, TriageResultSchema } from '../../core/triage/result.schema.js';
import { TextCheckRequest, TextCheckResponse } from '../../core/triage/text/api.schema.js';
import { Problem } from '../http/problem.js';
import { sendJson } from '../http/send.js';
import type { ZodApp } from '../http/zod.js';
import type { TriageService } from './service.js';

const REGIONS = Object.keys(EMERGENCY_NUMBERS) as [Region, ...Region[]];

const TriageQuery = z.strictObject({
  region: z
    .enum(REGIONS, { error: `must be one of ${REGIONS.join(', ')}` })
    .optional()
    .describe(
      "The person's region, so the actions name its emergency number (UK 999, US 911, AU 000, ...). Without it they list the common numbers.",
    ),
});

export function registerTriageRoutes(app: ZodApp, service: TriageService): void {
  // The questions never change while the server runs: serialise them once.
  const questionsJson = JSON.stringify(service.questions());

  app.post(
    '/api/v1/triage',
    {
      schema: {
        summary: 'Should I see a doctor? Answers in, the check\u2019s result out',
        description:
          "Every answer is optional; send what the person has answered so far. 'unsure' on a red-flag question counts as the cautious answer. While `complete` is false, ask `nextQuestion` and send the answers again with its answer added. General information, not a substitute for professional care.",
        tags: ['triage'],
        body: Answers.check(z.describe('The answers so far, keyed by question id')),
        querystring: TriageQuery,
        response: {
          200: TriageResultSchema,
          400: Problem.describe('The body is not valid JSON, or the region is not one we know'),
          413: Problem.describe('The body is too large'),
          415: Problem.describe('The body is not application/json'),
          422: Problem.describe('An answer is not valid; `errors` names each bad field'),
        },
      },
    },
    (request) => service.evaluate(request.body, request.query.region),
  );

  app.post(
    '/api/v1/triage/text',
    {
      schema: {
        summary:
          'Should I see a doctor? A description in the person\u2019s own words in, what the check understood out',
        description:
          'Reads the words the way the app does, offline in the same code: each finding with the words that led to it and how sure they are. Red flags the words deny come back in `toConfirm`, to be confirmed by the person, never taken silently; hedged findings read as the cautious answer. `disposition` is what the words alone give; ask `toAsk` and send everything to POST /api/v1/triage for the result. Nothing is stored. General information, not a substitute for professional care.',
        tags: ['triage'],
        body: TextCheckRequest,
        response: {
          200: TextCheckResponse,
          400: Problem.describe('The body is not valid JSON'),
          413: Problem.describe('The body is too large'),
          415: Problem.describe('The body is not application/json'),
          422: Problem.describe('A field is not valid; `errors` names each bad field'),
        },
      },
    },
    (request) => service.readText(request.body),
  );

  app.get(
    '/api/v1/triage/questions',
    {
      schema: {
        summary: 'Every question of the check, in asking order',
        description:
          'The POST answer names the next question to ask; this list lets a client show them all or work offline.',
        tags: ['triage'],
        response: { 200: z.array(TriageQuestion) },
      },
    },
    (_request, reply) => sendJson(reply, questionsJson),
  );
}
