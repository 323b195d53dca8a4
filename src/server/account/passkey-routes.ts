/**
 * The passkey API under `/api/v1/auth/passkey/*`: make an account with a passkey, sign in with one,
 * and, signed in, add one or confirm with one. Each ceremony is options, then the answer.
 */
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  PasskeyAnswer,
  PasskeyList,
  PasskeyOptions,
  PasskeyStart,
  SignedIn,
  SignedUp,
} from '../../core/auth/api.schema.js';
import { deviceName } from '../../core/auth/device.js';
import {
  actorOf,
  checkingOrigin,
  type SessionLookup,
  setSessionCookie,
  signedIn,
  siteOf,
} from '../http/auth.js';
import { Problem } from '../http/problem.js';
import { noteSessionStarted } from '../http/security-events.js';
import type { ZodApp } from '../http/zod.js';
import type { PasskeyService, Site } from './passkeys.js';
import { answerRefusal, answerSession, COOKIE_SECONDS } from './routes.js';
import type { AccountService } from './service.js';

/** The origin and rpID a passkey is made for and checked against: PUBLIC_URL's when set. */
const site = (request: FastifyRequest): Site => {
  const { origin, hostname } = siteOf(request);
  return { origin, rpID: hostname };
};
const device = (request: FastifyRequest) => deviceName(request.headers['user-agent']);

const P = {
  401: Problem.describe('The passkey could not be checked, or its request ran out of time'),
  403: Problem.describe('The request came from another site'),
  409: Problem.describe('The name is taken'),
  422: Problem.describe('A field is missing or not valid; `errors` names it'),
  429: Problem.describe('Too many tries; `Retry-After` says how many seconds to wait'),
};

export function registerPasskeyRoutes(
  app: ZodApp,
  deps: { passkeys: PasskeyService; accounts: AccountService; lookup: SessionLookup },
): void {
  const { passkeys, accounts } = deps;

  checkingOrigin(app, (scope) => {
    scope.post(
      '/api/v1/auth/passkey/sign-up/options',
      {
        schema: {
          summary: 'Start making an account with a passkey',
          tags: ['auth'],
          body: PasskeyStart,
          response: { 200: PasskeyOptions, ...P },
        },
      },
      async (request, reply) => {
        const started = await passkeys.registrationOptions(site(request), {
          username: request.body.username,
          address: request.ip,
        });
        if ('ok' in started) return answerRefusal(reply, request, started);
        return reply.send(started);
      },
    );

    scope.post(
      '/api/v1/auth/passkey/sign-up',
      {
        schema: {
          summary: 'Make the account with the new passkey',
          description: 'Answers ten recovery codes, shown once, and sets the session cookie.',
          tags: ['auth'],
          body: PasskeyAnswer,
          response: { 201: SignedUp, ...P },
        },
      },
      async (request, reply) => {
        const made = await passkeys.register(
          site(request),
          {
            challengeId: request.body.challengeId,
            response: request.body.response as unknown as RegistrationResponseJSON,
            device: device(request),
          },
          undefined,
        );
        if (made.kind !== 'signed-up') throw new Error('a new account was expected');
        setSessionCookie(reply, made.session.token, COOKIE_SECONDS);
        noteSessionStarted(request, made.session.accountId);
        return reply.code(201).send({
          account: await accounts.account(made.session),
          recoveryCodes: made.recoveryCodes,
        });
      },
    );

    scope.post(
      '/api/v1/auth/passkey/sign-in/options',
      {
        schema: {
          summary: 'Start signing in with a passkey',
          description: 'No name is needed: the passkey says whose it is.',
          tags: ['auth'],
          response: { 200: PasskeyOptions, 403: P[403] },
        },
      },
      (request) => passkeys.assertionOptions(site(request)),
    );

    scope.post(
      '/api/v1/auth/passkey/sign-in',
      {
        schema: {
          summary: 'Sign in with the passkey\u2019s answer',
          tags: ['auth'],
          body: PasskeyAnswer,
          response: { 200: SignedIn, ...P },
        },
      },
      async (request, reply) => {
        const result = await passkeys.signIn(site(request), {
          challengeId: request.body.challengeId,
          response: request.body.response as unknown as AuthenticationResponseJSON,
          device: device(request),
          address: request.ip,
        });
        return answerSession(accounts, request, reply, result);
      },
    );
  });

  signedIn(app, deps.lookup, (scope) => {
    scope.post(
      '/api/v1/auth/passkeys/options',
      {
        schema: {
          summary: 'Start adding a passkey to the signed-in account',
          tags: ['auth'],
          response: { 200: PasskeyOptions, 401: P[401], 403: P[403] },
        },
      },
      async (request, reply) => {
        const started = await passkeys.registrationOptions(site(request), {
          caller: actorOf(request),
        });
        if ('ok' in started) return answerRefusal(reply, request, started);
        return reply.send(started);
      },
    );

    scope.post(
      '/api/v1/auth/passkeys',
      {
        schema: {
          summary: 'Add the new passkey to the signed-in account',
          tags: ['auth'],
          body: PasskeyAnswer,
          response: { 204: z.null().describe('Added'), ...P },
        },
      },
      async (request, reply) => {
        await passkeys.register(
          site(request),
          {
            challengeId: request.body.challengeId,
            response: request.body.response as unknown as RegistrationResponseJSON,
            device: device(request),
          },
          actorOf(request),
        );
        return reply.code(204).send(null);
      },
    );

    scope.get(
      '/api/v1/auth/passkeys',
      {
        schema: {
          summary: 'The passkeys that sign in to the signed-in account',
          tags: ['auth'],
          response: { 200: PasskeyList, 401: P[401] },
        },
      },
      async (request) => ({ passkeys: await passkeys.list(actorOf(request)) }),
    );

    scope.delete(
      '/api/v1/auth/passkeys/:id',
      {
        schema: {
          summary: 'Remove one of the account\u2019s passkeys',
          description:
            'Refused (409) for the only passkey of an account with no password, so the account keeps a way in.',
          tags: ['auth'],
          params: z.strictObject({ id: z.string().max(2048) }),
          response: {
            204: z.null().describe('Removed'),
            401: P[401],
            403: P[403],
            404: Problem.describe('This account has no such passkey'),
            409: Problem.describe('It is the account\u2019s only way to sign in'),
          },
        },
      },
      async (request, reply) => {
        await passkeys.remove(actorOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    scope.post(
      '/api/v1/auth/passkey/confirm/options',
      {
        schema: {
          summary: 'Start confirming with one of the account\u2019s passkeys',
          tags: ['auth'],
          response: { 200: PasskeyOptions, 401: P[401], 403: P[403] },
        },
      },
      (request) => passkeys.assertionOptions(site(request), actorOf(request)),
    );

    scope.post(
      '/api/v1/auth/passkey/confirm',
      {
        schema: {
          summary: 'Confirm with the passkey\u2019s answer',
          description:
            'For five minutes after, this session may delete the account or make new codes.',
          tags: ['auth'],
          body: PasskeyAnswer,
          response: { 204: z.null().describe('Confirmed'), ...P },
        },
      },
      async (request, reply) => {
        await passkeys.confirm(site(request), actorOf(request), {
          challengeId: request.body.challengeId,
          response: request.body.response as unknown as AuthenticationResponseJSON,
        });
        return reply.code(204).send(null);
      },
    );
  });
}
