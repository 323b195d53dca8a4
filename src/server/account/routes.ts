/**
 * The account API: `/api/v1/auth/*` (sign up, in and out, recovery, confirming the password, the
 * list of signed-in devices) and `/api/v1/account/*` (the account, its log, download everything,
 * delete everything). Sign-up, sign-in and recovery set the session cookie; everything else runs in
 * the auth scope, for the actor's own account only.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AccountView,
  ConfirmRequest,
  Credentials,
  EventList,
  RecoverRequest,
  RecoveryCodes,
  SessionList,
  SignedIn,
  SignedUp,
} from '../../core/auth/api.schema.js';
import { deviceName } from '../../core/auth/device.js';
import { AppError } from '../../core/errors.js';
import { BackupSchema } from '../../core/export/backup.schema.js';
import {
  actorOf,
  checkingOrigin,
  clearSessionCookie,
  type SessionLookup,
  sessionToken,
  setSessionCookie,
  signedIn,
} from '../http/auth.js';
import { Problem } from '../http/problem.js';
import { noteSessionStarted } from '../http/security-events.js';
import { sendProblem } from '../http/send.js';
import type { ZodApp } from '../http/zod.js';
import type { SyncService } from '../sync/service.js';
import { type AccountService, type NewSession, type Refused, SESSION_LIMITS } from './service.js';

export const COOKIE_SECONDS = Math.floor(SESSION_LIMITS.absoluteMs / 1000);
const device = (request: FastifyRequest) => deviceName(request.headers['user-agent']);

/** A refusal as problem+json, with Retry-After when the service says how long to wait. */
export function answerRefusal(
  reply: FastifyReply,
  request: FastifyRequest,
  refused: Refused,
): FastifyReply {
  if (refused.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(refused.retryAfterSeconds));
  }
  return sendProblem(reply, request, refused.error);
}

const P = {
  400: Problem.describe('The body is not valid JSON'),
  401: Problem.describe('Not signed in, or the name, password or code is not right'),
  403: Problem.describe('The request came from another site, or the password must be given again'),
  409: Problem.describe('The name is taken'),
  415: Problem.describe('The body is not application/json'),
  422: Problem.describe('A field is missing or not valid; `errors` names it'),
  429: Problem.describe('Too many tries; `Retry-After` says how many seconds to wait'),
};

/**
 * A new session (sign-in, recovery, a passkey, a clinician's set-up): its cookie set and the
 * account answered; or the refusal.
 */
export async function answerSession(
  accounts: AccountService,
  request: FastifyRequest,
  reply: FastifyReply,
  result: { ok: true; session: NewSession } | Refused,
): Promise<FastifyReply> {
  if (!result.ok) return answerRefusal(reply, request, result);
  setSessionCookie(reply, result.session.token, COOKIE_SECONDS);
  noteSessionStarted(request, result.session.accountId);
  return reply.send({ account: await accounts.account(result.session) });
}

/** How the auth scope finds a request's session: through the account service, which marks it seen. */
export function sessionLookup(accounts: AccountService): SessionLookup {
  return async (token) => {
    const session = await accounts.sessionFor(token);
    return session === undefined
      ? undefined
      : { id: session.id, accountId: session.accountId, confirmedAt: session.confirmedAt };
  };
}

export function registerAccountRoutes(
  app: ZodApp,
  deps: { accounts: AccountService; sync: SyncService },
): void {
  const { accounts, sync } = deps;
  const lookup = sessionLookup(accounts);

  const answerSignIn = (
    request: FastifyRequest,
    reply: FastifyReply,
    result: { ok: true; session: NewSession } | Refused,
  ) => answerSession(accounts, request, reply, result);

  checkingOrigin(app, (scope) => {
    scope.post(
      '/api/v1/auth/sign-up',
      {
        schema: {
          summary: 'Make an account with a name and a password',
          description:
            'Optional: everything in Unknot works without one; an account keeps the person\u2019s records on the server and on their other devices. Answers ten recovery codes, shown once, and sets the session cookie.',
          tags: ['auth'],
          body: Credentials,
          response: { 201: SignedUp, ...P },
        },
      },
      async (request, reply) => {
        const made = await accounts.signUp({
          ...request.body,
          device: device(request),
          address: request.ip,
        });
        if (!made.ok) return answerRefusal(reply, request, made);
        setSessionCookie(reply, made.session.token, COOKIE_SECONDS);
        noteSessionStarted(request, made.session.accountId);
        const caller = made.session;
        return reply
          .code(201)
          .send({ account: await accounts.account(caller), recoveryCodes: made.recoveryCodes });
      },
    );

    scope.post(
      '/api/v1/auth/sign-in',
      {
        schema: {
          summary: 'Sign in with the name and password',
          description:
            'A wrong name and a wrong password are refused alike. Tries are limited per account and per address.',
          tags: ['auth'],
          body: Credentials,
          response: { 200: SignedIn, ...P },
        },
      },
      async (request, reply) =>
        answerSignIn(
          request,
          reply,
          await accounts.signIn({ ...request.body, device: device(request), address: request.ip }),
        ),
    );

    scope.post(
      '/api/v1/auth/recover',
      {
        schema: {
          summary: 'Sign in with a recovery code and set a new password',
          description:
            'The code works once. Every other signed-in device is signed out. Limited like sign-in.',
          tags: ['auth'],
          body: RecoverRequest,
          response: { 200: SignedIn, ...P },
        },
      },
      async (request, reply) =>
        answerSignIn(
          request,
          reply,
          await accounts.recover({ ...request.body, device: device(request), address: request.ip }),
        ),
    );

    scope.post(
      '/api/v1/auth/sign-out',
      {
        schema: {
          summary: 'Sign this device out',
          description: 'Ends the session on the server and clears the cookie; safe to repeat.',
          tags: ['auth'],
          response: { 204: z.null().describe('Signed out'), 403: P[403] },
        },
      },
      async (request, reply) => {
        const token = sessionToken(request);
        if (token !== undefined) await accounts.signOut(token);
        clearSessionCookie(reply);
        return reply.code(204).send(null);
      },
    );
  });

  signedIn(app, lookup, (scope) => {
    scope.get(
      '/api/v1/auth/session',
      {
        schema: {
          summary: 'The signed-in account',
          tags: ['auth'],
          response: { 200: SignedIn, 401: P[401] },
        },
      },
      async (request) => ({ account: await accounts.account(actorOf(request)) }),
    );

    scope.post(
      '/api/v1/auth/confirm',
      {
        schema: {
          summary: 'Give the password again before deleting the account or making new codes',
          description: 'For five minutes after, this session may do either.',
          tags: ['auth'],
          body: ConfirmRequest,
          response: { 204: z.null().describe('Confirmed'), ...P },
        },
      },
      async (request, reply) => {
        const result = await accounts.confirm(actorOf(request), request.body.password, request.ip);
        if (!result.ok) return answerRefusal(reply, request, result);
        return reply.code(204).send(null);
      },
    );

    scope.post(
      '/api/v1/auth/recovery-codes',
      {
        schema: {
          summary: 'Make ten new recovery codes; the old ones stop working',
          description: 'Needs the password confirmed in the last five minutes.',
          tags: ['auth'],
          response: { 200: RecoveryCodes, 401: P[401], 403: P[403] },
        },
      },
      async (request) => ({
        recoveryCodes: await accounts.renewRecoveryCodes(actorOf(request), device(request)),
      }),
    );

    scope.get(
      '/api/v1/auth/sessions',
      {
        schema: {
          summary: 'The devices signed in to this account',
          tags: ['auth'],
          response: { 200: SessionList, 401: P[401] },
        },
      },
      async (request) => ({ sessions: await accounts.sessions(actorOf(request)) }),
    );

    scope.delete(
      '/api/v1/auth/sessions/:id',
      {
        schema: {
          summary: 'Sign one device out',
          tags: ['auth'],
          params: z.strictObject({ id: z.string().max(64) }),
          response: {
            204: z.null().describe('Signed out'),
            401: P[401],
            403: P[403],
            404: Problem.describe('This account has no such session'),
          },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        if (!(await accounts.endSession(actor, request.params.id))) {
          throw new AppError('not_found', 'this account has no such session');
        }
        if (request.params.id === actor.sessionId) clearSessionCookie(reply);
        return reply.code(204).send(null);
      },
    );

    scope.delete(
      '/api/v1/auth/sessions',
      {
        schema: {
          summary: 'Sign every device out, this one too',
          tags: ['auth'],
          response: { 204: z.null().describe('Signed out everywhere'), 401: P[401], 403: P[403] },
        },
      },
      async (request, reply) => {
        await accounts.endAllSessions(actorOf(request), device(request));
        clearSessionCookie(reply);
        return reply.code(204).send(null);
      },
    );

    scope.get(
      '/api/v1/account',
      {
        schema: {
          summary: 'The signed-in account',
          tags: ['account'],
          response: { 200: AccountView, 401: P[401] },
        },
      },
      (request) => accounts.account(actorOf(request)),
    );

    scope.get(
      '/api/v1/account/events',
      {
        schema: {
          summary: 'The account log: sign-ins, recoveries and downloads, newest first',
          tags: ['account'],
          response: { 200: EventList, 401: P[401] },
        },
      },
      async (request) => ({ events: await accounts.events(actorOf(request)) }),
    );

    scope.get(
      '/api/v1/account/export',
      {
        schema: {
          summary: 'Download everything the account keeps',
          description:
            'The same JSON backup file the device makes (`unknot-backup`, version 1): every record, deletions as tombstones. It restores on any device. The download is noted in the account log.',
          tags: ['account'],
          response: { 200: BackupSchema, 401: P[401] },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const backup = await sync.backup(actor.accountId);
        await accounts.exported(actor, device(request));
        return reply
          .header('content-disposition', 'attachment; filename="unknot-backup.json"')
          .send(backup);
      },
    );

    scope.delete(
      '/api/v1/account',
      {
        schema: {
          summary: 'Delete the account and everything it keeps, at once',
          description:
            'Needs the password confirmed in the last five minutes. Records, sessions, codes and the log are deleted from the database, not flagged. The device keeps its own copy.',
          tags: ['account'],
          response: { 204: z.null().describe('Deleted'), 401: P[401], 403: P[403] },
        },
      },
      async (request, reply) => {
        await accounts.deleteAccount(actorOf(request));
        clearSessionCookie(reply);
        return reply.code(204).send(null);
      },
    );
  });
}
