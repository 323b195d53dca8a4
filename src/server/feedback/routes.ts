/** `POST /api/v1/feedback`: "was this helpful?" on a content item, idempotent by a client-made id. */
import { Feedback, FeedbackInput } from '../../core/feedback.schema.js';
import { Problem } from '../http/problem.js';
import type { ZodApp } from '../http/zod.js';
import type { FeedbackService } from './service.js';

export function registerFeedbackRoutes(app: ZodApp, service: FeedbackService): void {
  app.post(
    '/api/v1/feedback',
    {
      schema: {
        summary: 'Record whether a content item helped',
        description:
          'Send your own UUIDv7 `id` to make retries safe: the same id with the same feedback is stored once and answered 200; the same id with different feedback is a 409. A Yes or No may be sent at once and a comment later under the same id: the first comment is added to the stored answer (200).',
        tags: ['feedback'],
        body: FeedbackInput,
        response: {
          200: Feedback.describe(
            'Already stored under this id, or its first comment added: the stored record',
          ),
          201: Feedback.describe('Stored'),
          400: Problem.describe('The body is not valid JSON'),
          409: Problem.describe('The id is already used by different feedback'),
          413: Problem.describe('The body is too large'),
          415: Problem.describe('The body is not application/json'),
          422: Problem.describe('A field is missing or not valid; `errors` names it'),
        },
      },
    },
    async (request, reply) => {
      const { created, feedback } = await service.submit(request.body);
      return reply.code(created ? 201 : 200).send(feedback);
    },
  );
}
