/** Health, the OpenAPI document and the problem type descriptions. */
import { z } from 'zod';
import { AppError, ERROR_CODES, ERROR_TITLES } from '../../core/errors.js';
import type { Storage } from '../storage/database.js';
import { problemType } from './problem.js';
import type { ZodApp } from './zod.js';

export function registerMetaRoutes(app: ZodApp, storage: Storage): void {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Answers when the server and its database are up',
        tags: ['meta'],
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async (_request, reply) => {
      await storage.ping();
      return reply.header('cache-control', 'no-store').send({ status: 'ok' as const });
    },
  );

  app.get(
    '/api/openapi.json',
    { schema: { summary: 'This OpenAPI document', tags: ['meta'] } },
    () => app.swagger(),
  );

  app.get(
    '/api/problems/:code',
    {
      schema: {
        summary: 'What a problem type means',
        tags: ['meta'],
        params: z.object({ code: z.string() }),
        response: {
          200: z.object({ type: z.string(), code: z.enum(ERROR_CODES), title: z.string() }),
        },
      },
    },
    (request) => {
      const code = ERROR_CODES.find((c) => c === request.params.code);
      if (code === undefined) {
        throw new AppError('not_found', `There is no problem type "${request.params.code}"`, [
          { path: 'code', message: `must be one of ${ERROR_CODES.join(', ')}` },
        ]);
      }
      return { type: problemType(code), code, title: ERROR_TITLES[code] };
    },
  );
}
