/**
 * The clinician API, `/api/v1/clinician/*`: set-up from the operator's one-time link (sets the
 * session cookie), and, in the auth scope, redeeming a share code, the people who share, one
 * person's records in scope, marking them reviewed, and programmes. The service refuses a person's
 * account or a disabled clinician on every route, and a person not sharing with this clinician.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SignedIn } from '../../core/auth/api.schema.js';
import { deviceName } from '../../core/auth/device.js';
import {
  PeopleList,
  PersonRecords,
  PersonView,
  ProgrammeView,
  RedeemRequest,
  SetupRequest,
  TimeZoneQuery,
} from '../../core/consent/api.schema.js';
import { ProgrammeInput } from '../../core/programme/programme.schema.js';
import { answerRefusal, answerSession } from '../account/routes.js';
import type { AccountService } from '../account/service.js';
import { actorOf, checkingOrigin, type SessionLookup, signedIn } from '../http/auth.js';
import { Problem } from '../http/problem.js';
import type { ZodApp } from '../http/zod.js';
import type { ClinicianService } from './service.js';

const device = (request: FastifyRequest) => deviceName(request.headers['user-agent']);
const Person = z.strictObject({ id: z.string().max(64) });
const PersonProgramme = z.strictObject({ id: z.string().max(64), programmeId: z.string().max(64) });
const P = {
  400: Problem.describe('The body is not valid JSON'),
  401: Problem.describe('Not signed in'),
  403: Problem.describe(
    'Not a clinician\u2019s account, a disabled one, or a request from another site',
  ),
  404: Problem.describe('No one with this id shares their records with this clinician'),
  422: Problem.describe('A field is missing or not valid; `errors` names it'),
  429: Problem.describe('Too many tries; `Retry-After` says how many seconds to wait'),
};

export function registerClinicianRoutes(
  app: ZodApp,
  deps: { clinicians: ClinicianService; accounts: AccountService; lookup: SessionLookup },
): void {
  const { clinicians, accounts } = deps;

  checkingOrigin(app, (scope) => {
    scope.post(
      '/api/v1/clinician/setup',
      {
        schema: {
          summary: 'Set up a clinician account from its one-time link',
          description:
            'The operator makes the account with `unknot clinician add`, which prints the link; the clinician chooses a sign-in name and a password. The link works once. Sets the session cookie.',
          tags: ['clinician'],
          body: SetupRequest,
          response: { 200: SignedIn, ...P, 409: Problem.describe('The name is taken') },
        },
      },
      async (request, reply) => {
        const result = await clinicians.setup({
          ...request.body,
          device: device(request),
          address: request.ip,
        });
        return answerSession(accounts, request, reply, result);
      },
    );
  });

  signedIn(app, deps.lookup, (scope) => {
    scope.post(
      '/api/v1/clinician/redeem',
      {
        schema: {
          summary: 'Redeem a person\u2019s share code',
          description:
            'The person made the code for the scopes they chose; it works once. Limited like sign-in.',
          tags: ['clinician'],
          body: RedeemRequest,
          querystring: TimeZoneQuery,
          response: { 200: PersonView, ...P },
        },
      },
      async (request, reply) => {
        const result = await clinicians.redeem(
          actorOf(request),
          request.body.code,
          request.ip,
          request.query.timeZone,
        );
        if ('ok' in result) return answerRefusal(reply, request, result);
        return reply.send(result);
      },
    );

    scope.get(
      '/api/v1/clinician/people',
      {
        schema: {
          summary: 'The people who share with this clinician, most in need first',
          description:
            'Each with the reasons, read only from what they share: an urgent or emergency check or a diary escalation since the last review first, then "This hurts" stops, rising pain, falling adherence or a review due. Each look is on the person\u2019s trail.',
          tags: ['clinician'],
          querystring: TimeZoneQuery,
          response: { 200: PeopleList, 400: P[400], 401: P[401], 403: P[403] },
        },
      },
      async (request) => ({
        people: await clinicians.people(actorOf(request), request.query.timeZone),
      }),
    );

    scope.get(
      '/api/v1/clinician/people/:id',
      {
        schema: {
          summary: 'One person\u2019s records, only the kinds their consent opens',
          description: 'Each scope read is on the person\u2019s trail.',
          tags: ['clinician'],
          params: Person,
          querystring: TimeZoneQuery,
          response: { 200: PersonRecords, 400: P[400], 401: P[401], 403: P[403], 404: P[404] },
        },
      },
      (request) => clinicians.person(actorOf(request), request.params.id, request.query.timeZone),
    );

    scope.post(
      '/api/v1/clinician/people/:id/reviewed',
      {
        schema: {
          summary: 'Mark the person\u2019s current flags as seen',
          tags: ['clinician'],
          params: Person,
          response: { 204: z.null().describe('Marked'), 401: P[401], 403: P[403], 404: P[404] },
        },
      },
      async (request, reply) => {
        await clinicians.reviewed(actorOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    scope.post(
      '/api/v1/clinician/people/:id/programmes',
      {
        schema: {
          summary: 'Assign a home programme',
          description:
            'Written into the person\u2019s own records: it reaches their devices by sync, and their plan shows it as from this clinician.',
          tags: ['clinician'],
          params: Person,
          body: ProgrammeInput,
          response: { 201: ProgrammeView, ...P },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await clinicians.saveProgramme(
              actorOf(request),
              request.params.id,
              undefined,
              request.body,
            ),
          ),
    );

    scope.put(
      '/api/v1/clinician/people/:id/programmes/:programmeId',
      {
        schema: {
          summary: 'Change a programme this clinician assigned',
          tags: ['clinician'],
          params: PersonProgramme,
          body: ProgrammeInput,
          response: { 200: ProgrammeView, ...P },
        },
      },
      (request) =>
        clinicians.saveProgramme(
          actorOf(request),
          request.params.id,
          request.params.programmeId,
          request.body,
        ),
    );

    scope.delete(
      '/api/v1/clinician/people/:id/programmes/:programmeId',
      {
        schema: {
          summary: 'End a programme this clinician assigned',
          tags: ['clinician'],
          params: PersonProgramme,
          response: { 204: z.null().describe('Ended'), 401: P[401], 403: P[403], 404: P[404] },
        },
      },
      async (request, reply) => {
        await clinicians.endProgramme(
          actorOf(request),
          request.params.id,
          request.params.programmeId,
        );
        return reply.code(204).send(null);
      },
    );
  });
}
