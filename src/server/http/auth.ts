/**
 * Who is asking: the session cookie, the check that a state-changing request comes from our own
 * pages, and a Fastify scope whose every route runs only for a live session and hands the route
 * its actor. A person's records are read only through routes registered in that scope, so the
 * check happens on the server at every request, in this one place.
 *
 * The cookie is `__Host-` (sent only to this host, path /, never to a subdomain), HttpOnly (no
 * script reads it), Secure, and SameSite=Lax (a cross-site form cannot send it with a POST). The
 * Origin check stands behind SameSite as OWASP asks: a browser names the page a request comes
 * from, and a page elsewhere is refused; a client that is not a browser (the CLI) names none.
 *
 * This site's origin is PUBLIC_URL's when the operator sets it: behind a TLS proxy the request
 * itself says http, and a page on a rebound DNS name brings a Host header that matches its own
 * Origin. Without it (local use) the origin is the request's own.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.js';
import { sendProblem } from './send.js';
import type { ZodApp, ZodTypeProvider } from './zod.js';

export const SESSION_COOKIE = '__Host-unknot-session';

export interface Actor {
  accountId: string;
  sessionId: string;
  /** When the session last confirmed who holds it, if ever. */
  confirmedAt: string | undefined;
  /** The token the request carried: sign-out ends this very session. */
  token: string;
}

/** How the auth scope finds the session a token names (the account service's `sessionFor`). */
export type SessionLookup = (
  token: string,
) => Promise<{ id: string; accountId: string; confirmedAt: string | undefined } | undefined>;

/** The session token a request's cookie carries, if any. */
export function sessionToken(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

export function setSessionCookie(reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  reply.header(
    'set-cookie',
    `${SESSION_COOKIE}=${token}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Lax`,
  );
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.header(
    'set-cookie',
    `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`,
  );
}

/** Where browsers reach this site: the origin they send, and the host name passkeys belong to. */
export interface SiteAddress {
  readonly origin: string;
  readonly hostname: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** PUBLIC_URL's origin and host name; undefined takes each request's own. */
    readonly publicSite: SiteAddress | undefined;
  }
}

/**
 * Fixes this site's address to `publicUrl` (an origin as `loadConfig` gives it) for every request;
 * called once on the root app.
 */
export function decoratePublicSite(app: ZodApp, publicUrl: string | undefined): void {
  const url = publicUrl === undefined ? undefined : new URL(publicUrl);
  app.decorate(
    'publicSite',
    url === undefined ? undefined : Object.freeze({ origin: url.origin, hostname: url.hostname }),
  );
}

/** This site's address as the browser that sent `request` should see it. */
export function siteOf(request: FastifyRequest): SiteAddress {
  return (
    request.server.publicSite ?? {
      origin: `${request.protocol}://${request.host}`,
      hostname: request.hostname,
    }
  );
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request that a browser says came from another site: an Origin that is
 * not this site's (`siteOf`), or, with no Origin, a Sec-Fetch-Site other than same-origin or none.
 */
export function foreignOrigin(request: FastifyRequest): AppError | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (origin === siteOf(request).origin) return undefined;
    return new AppError('forbidden', 'this request came from another site', [
      { path: 'origin', message: 'must be this site' },
    ]);
  }
  const site = request.headers['sec-fetch-site'];
  if (site === undefined || site === 'same-origin' || site === 'none') return undefined;
  return new AppError('forbidden', 'this request came from another site', [
    { path: 'sec-fetch-site', message: 'must be same-origin' },
  ]);
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, inside a `signedIn` scope; null elsewhere. */
    actor: Actor | null;
  }
}

/** The actor of a request in a `signedIn` scope. */
export function actorOf(request: FastifyRequest): Actor {
  if (request.actor === null) throw new AppError('unauthorized', 'sign in first');
  return request.actor;
}

/**
 * Registers `routes` with the Origin check and no caching: the account routes that need no session
 * (sign-up, sign-in, recovery) and, through `signedIn`, all the others.
 */
export function checkingOrigin(app: ZodApp, routes: (scope: ZodApp) => void): void {
  app.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      // Answers here are a person's own (sessions, codes, records): no cache may keep them.
      reply.header('cache-control', 'no-store');
      const foreign = foreignOrigin(request);
      if (foreign !== undefined) return sendProblem(reply, request, foreign);
    });
    routes(scope.withTypeProvider<ZodTypeProvider>());
  });
}

/**
 * Registers `routes` in a scope where every request needs a live session: without one the answer
 * is 401 before the route runs; with one, `request.actor` is set.
 */
export function signedIn(
  app: ZodApp,
  lookup: SessionLookup,
  routes: (scope: ZodApp) => void,
): void {
  checkingOrigin(app, (checked) => {
    checked.addHook('onRequest', async (request, reply) => {
      const token = sessionToken(request);
      const session = token === undefined ? undefined : await lookup(token);
      if (token === undefined || session === undefined) {
        clearSessionCookie(reply);
        return sendProblem(reply, request, new AppError('unauthorized', 'sign in first'));
      }
      request.actor = {
        accountId: session.accountId,
        sessionId: session.id,
        confirmedAt: session.confirmedAt,
        token,
      };
    });
    routes(checked);
  });
}

/** Lets requests carry an actor; called once on the root app. */
export function decorateActor(app: ZodApp): void {
  app.decorateRequest('actor', null);
}
