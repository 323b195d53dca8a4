import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { fieldsOf, readProblem, startTestServer, type TestServer } from './test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ webRoot: '/nonexistent/unknot-web' });
});
afterAll(async () => {
  await server.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers });

describe('GET /healthz', () => {
  it('answers ok once the database answers, never cached', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 500 problem+json, without the inner message, when the database does not', async () => {
    const app = await buildApp({
      storage: {
        ...server.storage,
        ping: () => Promise.reject(new Error('connection refused to 10.0.0.7 with pw hunter2')),
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(500);
      const problem = await readProblem(res);
      expect(problem.code).toBe('internal');
      expect(JSON.stringify(problem)).not.toContain('hunter2');
    } finally {
      await app.close();
    }
  });
});

describe('errors', () => {
  it.each([
    ['GET', '/api/v2/content'],
    ['GET', '/api'],
    ['DELETE', '/api/v1/content/muscle-strain'],
    ['POST', '/api/v1/search'],
  ])('answers %s %s, which no route serves, with a 404 problem', async (method, path) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { accept: 'text/html,application/json' },
    });
    expect(res.status).toBe(404);
    const problem = await readProblem(res);
    expect(problem).toMatchObject({ code: 'not_found', instance: path, title: 'Not found' });
  });

  it('describes each problem type at its type URI', async () => {
    const res = await get('/api/problems/conflict');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      type: '/api/problems/conflict',
      code: 'conflict',
      title: 'This conflicts with what is already stored',
    });
    const unknown = await get('/api/problems/teapot');
    expect(unknown.status).toBe(404);
    expect(fieldsOf(await readProblem(unknown))).toEqual(['code']);
  });
});

describe('security headers', () => {
  it.each(['/healthz', '/api/v1/content/muscle-strain', '/api/nope', '/'])(
    'sends the strict CSP on %s',
    async (path) => {
      const res = await get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values.join(' ')] as const;
        }),
      );
      expect(directives.get('default-src')).toBe("'self'");
      expect(directives.get('script-src')).toBe("'self'");
      expect(directives.get('style-src')).toBe("'self'");
      expect(directives.get('object-src')).toBe("'none'");
      expect(directives.get('base-uri')).toBe("'none'");
      expect(directives.get('frame-ancestors')).toBe("'none'");
      expect(directives.get('img-src')).toBe("'self' data:");
      for (const name of ['connect-src', 'worker-src', 'manifest-src', 'form-action']) {
        expect(directives.get(name)).toBe("'self'");
      }
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    },
  );
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every route with its methods', async () => {
    const res = await get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths as Record<string, object>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /healthz',
        'GET /api/openapi.json',
        'GET /api/problems/{code}',
        'GET /api/v1/content',
        'GET /api/v1/content/{id}',
        'GET /api/v1/search',
        'POST /api/v1/feedback',
        'GET /api/v1/exercises',
        'GET /api/v1/exercises/{id}',
        'GET /api/v1/relief',
        'POST /api/v1/triage',
        'GET /api/v1/triage/questions',
        'POST /api/v1/triage/text',
        'POST /api/v1/plan',
        'POST /api/v1/plan/ics',
        'POST /api/v1/diary/summary',
        'POST /api/v1/diary/export',
        'POST /api/v1/auth/sign-up',
        'POST /api/v1/auth/sign-in',
        'POST /api/v1/auth/recover',
        'POST /api/v1/auth/sign-out',
        'GET /api/v1/auth/session',
        'POST /api/v1/auth/confirm',
        'POST /api/v1/auth/recovery-codes',
        'GET /api/v1/auth/sessions',
        'DELETE /api/v1/auth/sessions',
        'DELETE /api/v1/auth/sessions/{id}',
        'GET /api/v1/account',
        'GET /api/v1/account/events',
        'GET /api/v1/account/export',
        'DELETE /api/v1/account',
        'POST /api/v1/sync',
        'GET /api/v1/sync',
        'POST /api/v1/auth/passkey/sign-up/options',
        'POST /api/v1/auth/passkey/sign-up',
        'POST /api/v1/auth/passkey/sign-in/options',
        'POST /api/v1/auth/passkey/sign-in',
        'POST /api/v1/auth/passkeys/options',
        'POST /api/v1/auth/passkeys',
        'GET /api/v1/auth/passkeys',
        'DELETE /api/v1/auth/passkeys/{id}',
        'POST /api/v1/auth/passkey/confirm/options',
        'POST /api/v1/auth/passkey/confirm',
        'GET /api/v1/sharing',
        'POST /api/v1/sharing/codes',
        'DELETE /api/v1/sharing/codes/{id}',
        'PUT /api/v1/sharing/{id}',
        'DELETE /api/v1/sharing/{id}',
        'GET /api/v1/sharing/audit',
        'GET /api/v1/sharing/audit/fhir',
        'POST /api/v1/clinician/setup',
        'POST /api/v1/clinician/redeem',
        'GET /api/v1/clinician/people',
        'GET /api/v1/clinician/people/{id}',
        'POST /api/v1/clinician/people/{id}/reviewed',
        'POST /api/v1/clinician/people/{id}/programmes',
        'PUT /api/v1/clinician/people/{id}/programmes/{programmeId}',
        'DELETE /api/v1/clinician/people/{id}/programmes/{programmeId}',
      ].sort(),
    );
  });

  it('describes the search query, the feedback body and problem answers from the zod schemas', async () => {
    const doc = await (await get('/api/openapi.json')).json();
    const search = doc.paths['/api/v1/search'].get;
    const q = search.parameters.find((p: { name: string }) => p.name === 'q');
    expect(q).toMatchObject({ in: 'query', required: true, schema: { maxLength: 200 } });
    const feedback = doc.paths['/api/v1/feedback'].post;
    const body = feedback.requestBody.content['application/json'].schema;
    expect(body.required.sort()).toEqual(['contentId', 'helpful']);
    expect(body.additionalProperties).toBe(false);
    expect(body.properties.comment.maxLength).toBe(1000);
    expect(Object.keys(feedback.responses).sort()).toEqual(
      ['200', '201', '400', '409', '413', '415', '422'].sort(),
    );
    expect(feedback.responses['422'].content['application/problem+json'].schema.required).toContain(
      'errors',
    );
  });
});
