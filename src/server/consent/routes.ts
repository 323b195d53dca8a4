/**
 * The person's sharing API, `/api/v1/sharing/*`: share codes, who can see what, changing and
 * revoking, and the audit trail (as JSON and as FHIR). Registered in the auth scope; every route
 * acts on the caller's own consents only, and a clinician's account is refused.
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  AuditList,
  ConsentView,
  MadeShareCode,
  ScopesRequest,
  SharingView,
} from '../../core/consent/api.schema.js';
import { FHIR_CONTENT_TYPE } from '../diary/routes.js';
import { actorOf } from '../http/auth.js';
import { Problem } from '../http/problem.js';
import type { ZodApp } from '../http/zod.js';
import type { SharingService } from './service.js';

export const SHARING_FHIR_FILE = 'unknot-sharing.fhir.json';
const Id = z.strictObject({ id: z.string().max(64) });
const P = {
  401: Problem.describe('Not signed in'),
  403: Problem.describe(
    'A clinician\u2019s account, a request from another site, or the password must be given again',
  ),
  404: Problem.describe('This account has no such sharing or code'),
  422: Problem.describe('A field is missing or not valid; `errors` names it'),
};

export function registerSharingRoutes(app: ZodApp, sharing: SharingService): void {
  app.post(
    '/api/v1/sharing/codes',
    {
      schema: {
        summary: 'Make a share code for a clinician',
        description:
          'Needs the password or a passkey confirmed in the last five minutes. The code is shown once, works once, and runs out after seven days; the clinician who redeems it sees the scopes chosen until the person revokes.',
        tags: ['sharing'],
        body: ScopesRequest,
        response: { 201: MadeShareCode, ...P },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sharing.makeCode(actorOf(request), request.body.scopes)),
  );

  app.delete(
    '/api/v1/sharing/codes/:id',
    {
      schema: {
        summary: 'Cancel a share code not yet used',
        tags: ['sharing'],
        params: Id,
        response: { 204: z.null().describe('Cancelled'), ...P },
      },
    },
    async (request, reply) => {
      await sharing.cancelCode(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/sharing',
    {
      schema: {
        summary: 'Who can see what, and the codes not yet used',
        tags: ['sharing'],
        response: { 200: SharingView, 401: P[401], 403: P[403] },
      },
    },
    (request) => sharing.sharing(actorOf(request)),
  );

  app.put(
    '/api/v1/sharing/:id',
    {
      schema: {
        summary: 'Change what a clinician can see',
        description:
          'Taking a scope away takes effect on the clinician\u2019s next request; adding one needs the password or a passkey confirmed in the last five minutes.',
        tags: ['sharing'],
        params: Id,
        body: ScopesRequest,
        response: { 200: ConsentView, ...P },
      },
    },
    (request) => sharing.setScopes(actorOf(request), request.params.id, request.body.scopes),
  );

  app.delete(
    '/api/v1/sharing/:id',
    {
      schema: {
        summary: 'Stop sharing with a clinician',
        description: 'Takes effect on the clinician\u2019s next request. Noted on the trail.',
        tags: ['sharing'],
        params: Id,
        response: { 204: z.null().describe('Revoked'), ...P },
      },
    },
    async (request, reply) => {
      await sharing.revoke(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/sharing/audit',
    {
      schema: {
        summary: 'Every look at the person\u2019s records and every sharing change, newest first',
        tags: ['sharing'],
        response: { 200: AuditList, 401: P[401], 403: P[403] },
      },
    },
    async (request) => ({ entries: await sharing.trail(actorOf(request)) }),
  );

  app.get(
    '/api/v1/sharing/audit/fhir',
    {
      schema: {
        summary: 'Download the consents and the trail as a FHIR R4 Bundle',
        description: 'Each consent as a Consent, each trail entry as an AuditEvent.',
        tags: ['sharing'],
        response: {
          200: {
            description: `The file, as an attachment (${SHARING_FHIR_FILE})`,
            content: { 'application/fhir+json': { schema: { type: 'object' } } },
          },
          401: P[401],
          403: P[403],
        },
      },
    },
    async (request, reply) => {
      const body = JSON.stringify(await sharing.fhir(actorOf(request)));
      (reply as FastifyReply)
        .type(FHIR_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="${SHARING_FHIR_FILE}"`)
        .send(body);
    },
  );
}
