/**
 * Serves the built web app (dist/web): files with their cache rules, and index.html for any other
 * page a browser asks for, so the app's own router shows it. Hashed files under /assets/ never
 * change and are cached for a year; everything else (index.html, sw.js, the manifest) is
 * revalidated on each visit so a new release reaches people at once.
 */
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodApp } from './http/zod.js';

const LONG_CACHE = 'public, max-age=31536000, immutable';
const NOT_BUILT =
  "Unknot's web app has not been built yet. Run `npm run build` (or `npm start`, which builds it), then reload. The API under /api works already.";

/** Answers a page request the API does not own; returns false when it does not apply. */
export type PageFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '';
  if (path === '/api' || path.startsWith('/api/') || path === '/healthz') return false;
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * Whether a decoded request path may reach the file system: no `.` or `..` segment, backslash, NUL
 * or lone surrogate (which @fastify/static could not even re-encode). Anything else names no file
 * we serve, so it is answered as not found before @fastify/send looks at the disk.
 */
function isPlainFilePath(pathname: string): boolean {
  if (pathname.includes('\\') || pathname.includes('\0') || /\p{Cs}/u.test(pathname)) return false;
  return pathname.split('/').every((segment) => segment !== '.' && segment !== '..');
}

export async function registerStaticSite(app: ZodApp, webRoot: string): Promise<PageFallback> {
  if (!existsSync(join(webRoot, 'index.html'))) {
    const notBuilt = (reply: FastifyReply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(NOT_BUILT);
    app.get('/', { schema: { hide: true } }, (_request, reply) => notBuilt(reply));
    return (request, reply) => {
      if (!wantsPage(request)) return false;
      notBuilt(reply);
      return true;
    };
  }

  const assets = join(webRoot, 'assets') + sep;
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    index: ['index.html'],
    cacheControl: false,
    allowedPath: (pathname) => isPlainFilePath(pathname),
    setHeaders(res, path) {
      res.setHeader('cache-control', path.startsWith(assets) ? LONG_CACHE : 'no-cache');
    },
  });
  return (request, reply) => {
    if (!wantsPage(request)) return false;
    reply.sendFile('index.html');
    return true;
  };
}
