/**
 * `POST /api/v1/sync` (push the device's changes) and `GET /api/v1/sync?after=` (pull what changed
 * since the device's cursor), for the signed-in person only: both are registered in the auth
 * scope, and every query is made for the actor's own account.
 */
import { PullQuery, PullResponse, PushRequest, PushResponse } from '../../core/sync/api.schema.js';
import { actorOf } from '../http/auth.js';
import { errorHandler } from '../http/errors.js';
import { Problem } from '../http/problem.js';
import type { ZodApp } from '../http/zod.js';
import type { SyncService } from './service.js';

/** 500 changes of the largest records (a plan with its week, a diary entry with its note). */
export const SYNC_BODY_LIMIT = 4 * 1024 * 1024;

export function registerSyncRoutes(app: ZodApp, service: SyncService): void {
  app.post(
    '/api/v1/sync',
    {
      bodyLimit: SYNC_BODY_LIMIT,
      errorHandler: errorHandler(SYNC_BODY_LIMIT),
      schema: {
        summary: "Push this device's changes",
        description:
          'Idempotent: a change already kept (the same id and stamp) is kept once, and a change older than the version kept is accepted and ignored, since the later one wins (last writer by hybrid logical clock; a deletion is a version like any other). Each change is checked with the schema of its kind; a bad one is refused with its id and field and the rest are kept. Once answered, the changes are on disk.',
        tags: ['sync'],
        body: PushRequest,
        response: {
          200: PushResponse,
          400: Problem.describe('The body is not valid JSON'),
          401: Problem.describe('Not signed in'),
          403: Problem.describe('The request came from another site'),
          413: Problem.describe('The body is too large'),
          422: Problem.describe('The body is not a list of at most 500 changes'),
        },
      },
    },
    (request) => service.push(actorOf(request).accountId, request.body.changes),
  );

  app.get(
    '/api/v1/sync',
    {
      schema: {
        summary: 'Pull what changed after a cursor',
        description:
          'The latest version of each record changed after `after`, in the order the server kept them, with the cursor to pull after next time; `more` is true when another pull is needed.',
        tags: ['sync'],
        querystring: PullQuery,
        response: {
          200: PullResponse,
          400: Problem.describe('`after` or `limit` is not valid'),
          401: Problem.describe('Not signed in'),
        },
      },
    },
    (request) => service.pull(actorOf(request).accountId, request.query.after, request.query.limit),
  );
}
