import { STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, ERROR_TITLES, type ErrorCode } from '../../core/errors.js';
import { readProblem } from '../test-server.js';
import { errorHandler } from './errors.js';
import { problemFor, RequestInputError } from './problem.js';
import { JSON_CONTENT_TYPE, sendJson } from './send.js';

/** The HTTP status each code is answered with, by its name in RFC 9110 (Node's STATUS_CODES). */
const STATUS_NAME: Record<ErrorCode, string> = {
  validation_failed: 'Unprocessable Entity',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  not_found: 'Not Found',
  conflict: 'Conflict',
  payload_too_large: 'Payload Too Large',
  rate_limited: 'Too Many Requests',
  internal: 'Internal Server Error',
};

describe('problemFor: the one map from an error code to HTTP', () => {
  it.each(ERROR_CODES.map((code) => [code, STATUS_NAME[code]] as const))(
    'answers %s with %s, its title and its type URI',
    (code, name) => {
      const { status, problem } = problemFor(new AppError(code, 'what happened'), '/api/x');
      expect(STATUS_CODES[status]).toBe(name);
      expect(problem).toMatchObject({
        type: `/api/problems/${code}`,
        title: ERROR_TITLES[code],
        status,
        code,
        instance: '/api/x',
        errors: [],
      });
    },
  );

  it('gives every code a title of its own', () => {
    const titles = ERROR_CODES.map((code) => ERROR_TITLES[code]);
    expect(new Set(titles).size).toBe(ERROR_CODES.length);
  });

  it('answers bad input by where it was found: 400, 415 or 422', () => {
    const status = (part: ConstructorParameters<typeof RequestInputError>[0]) =>
      problemFor(new RequestInputError(part, 'bad', []), '/').status;
    expect(status('body')).toBe(422);
    expect(status('querystring')).toBe(400);
    expect(status('syntax')).toBe(400);
    expect(status('media-type')).toBe(415);
  });

  it('never shows an internal error’s message', () => {
    const { problem } = problemFor(new AppError('internal', 'db at 10.0.0.7 said no'), '/');
    expect(problem.detail).toBe(ERROR_TITLES.internal);
  });
});

/** A bare app with the real error handler and JSON send, over real HTTP. */
describe('the error handler and sendJson over HTTP', () => {
  let app: FastifyInstance;
  let url: string;
  beforeAll(async () => {
    app = Fastify({ logger: false });
    app.setErrorHandler(errorHandler(1024));
    app.get('/signed-out', () => {
      throw new AppError('unauthorized', 'Sign in to see your diary');
    });
    app.get('/not-yours', () => {
      throw new AppError('forbidden', 'This diary is not shared with you');
    });
    // Errors raised by Fastify or a plugin carry only a status.
    app.get('/plugin-401', () => {
      throw Object.assign(new Error('No session'), { code: 'X_AUTH', statusCode: 401 });
    });
    app.get('/plugin-403', () => {
      throw Object.assign(new Error('No access'), { code: 'X_AUTH', statusCode: 403 });
    });
    app.get('/serialised', (_request, reply) => sendJson(reply, '{"a":1}'));
    app.get('/serialised-201', (_request, reply) => sendJson(reply, '[]', 201));
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
  });

  it.each([
    ['/signed-out', 401, 'unauthorized', 'Sign in to see your diary'],
    ['/not-yours', 403, 'forbidden', 'This diary is not shared with you'],
    ['/plugin-401', 401, 'unauthorized', 'No session'],
    ['/plugin-403', 403, 'forbidden', 'No access'],
  ])('answers %s with %i problem+json coded %s', async (path, status, code, detail) => {
    const res = await fetch(`${url}${path}`);
    expect(res.status).toBe(status);
    expect(await readProblem(res)).toMatchObject({ code, detail, instance: path });
  });

  it('sends pre-serialised JSON as it is, with the JSON content type and the status asked for', async () => {
    const ok = await fetch(`${url}/serialised`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe(JSON_CONTENT_TYPE);
    expect(await ok.text()).toBe('{"a":1}');
    const created = await fetch(`${url}/serialised-201`);
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual([]);
  });
});
