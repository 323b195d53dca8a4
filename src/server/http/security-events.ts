/**
 * Security events as log lines of their own: failed and successful sign-ins, recoveries and
 * confirmations, passkeys and passwords changed, accounts deleted, requests refused as another
 * site's or rate limited. An operator can alert on `event` without reading request logs, and an
 * attack on one account or from one address shows as a run of lines with the same `accountId` or
 * `address`. Each line holds the event, the route pattern (never the address with its ids or
 * query), the status, the account when the request carried a session, and the client's address:
 * never a body, so never a password, a code, a sign-in name or anything a person wrote.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodApp } from './zod.js';

export type SecurityEvent =
  | 'signed_up'
  | 'signed_in'
  | 'sign_in_failed'
  | 'recovered'
  | 'recovery_failed'
  | 'confirmed'
  | 'confirm_failed'
  | 'password_changed'
  | 'password_change_failed'
  | 'passkey_added'
  | 'passkey_removed'
  | 'signed_out_everywhere'
  | 'account_deleted'
  | 'clinician_set_up'
  | 'share_code_refused'
  | 'refused'
  | 'rate_limited';

/** Failures are warnings: the ones an operator alerts on. */
const FAILURES: ReadonlySet<SecurityEvent> = new Set([
  'sign_in_failed',
  'recovery_failed',
  'confirm_failed',
  'password_change_failed',
  'share_code_refused',
  'refused',
  'rate_limited',
]);

/** `METHOD route` → the event its success is, and the event its refusal (401 or 422) is. */
type Outcomes = readonly [success: SecurityEvent | undefined, refusal: SecurityEvent | undefined];

const ROUTES: Readonly<Record<string, Outcomes>> = {
  'POST /api/v1/auth/sign-up': ['signed_up', undefined],
  'POST /api/v1/auth/passkey/sign-up': ['signed_up', undefined],
  'POST /api/v1/auth/sign-in': ['signed_in', 'sign_in_failed'],
  'POST /api/v1/auth/passkey/sign-in': ['signed_in', 'sign_in_failed'],
  'POST /api/v1/auth/recover': ['recovered', 'recovery_failed'],
  'POST /api/v1/auth/confirm': ['confirmed', 'confirm_failed'],
  'POST /api/v1/auth/passkey/confirm': ['confirmed', 'confirm_failed'],
  'POST /api/v1/auth/password': ['password_changed', 'password_change_failed'],
  'POST /api/v1/auth/passkeys': ['passkey_added', undefined],
  'DELETE /api/v1/auth/passkeys/:id': ['passkey_removed', undefined],
  'DELETE /api/v1/auth/sessions': ['signed_out_everywhere', undefined],
  'DELETE /api/v1/account': ['account_deleted', undefined],
  'POST /api/v1/clinician/setup': ['clinician_set_up', undefined],
  'POST /api/v1/clinician/redeem': [undefined, 'share_code_refused'],
};

/** The security event an answer is, if any. */
export function securityEventOf(
  method: string,
  route: string | undefined,
  status: number,
): SecurityEvent | undefined {
  if (status === 429) return 'rate_limited';
  // Refused as another site's, or an account reaching for what is not its own.
  if (status === 403) return 'refused';
  if (route === undefined) return undefined;
  const events = ROUTES[`${method} ${route}`];
  if (events === undefined) return undefined;
  const [success, refusal] = events;
  if (status >= 200 && status < 300) return success;
  if (status === 401 || status === 422 || status === 404) return refusal;
  return undefined;
}

function logSecurityEvent(request: FastifyRequest, reply: FastifyReply): void {
  const event = securityEventOf(request.method, request.routeOptions.url, reply.statusCode);
  if (event === undefined) return;
  const line = {
    event,
    route: request.routeOptions.url ?? null,
    method: request.method,
    status: reply.statusCode,
    accountId: request.actor?.accountId ?? request.sessionStartedFor,
    address: request.ip,
  };
  if (FAILURES.has(event)) request.log.warn({ security: line }, 'security event');
  else request.log.info({ security: line }, 'security event');
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The account a session was just started for (sign-up, sign-in, recovery); null otherwise. */
    sessionStartedFor: string | null;
  }
}

/**
 * Notes the account a request has just signed in, so its security event names it: before the
 * answer, the request carried no session that could.
 */
export function noteSessionStarted(request: FastifyRequest, accountId: string): void {
  request.sessionStartedFor = accountId;
}

/** Logs every answer that is a security event; called once on the root app. */
export function registerSecurityEvents(app: ZodApp): void {
  app.decorateRequest('sessionStartedFor', null);
  app.addHook('onResponse', async (request, reply) => logSecurityEvent(request, reply));
}
