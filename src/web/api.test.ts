import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_TITLES } from '../core/errors.js';
import {
  type ApiFailure,
  getJson,
  isTransient,
  OFFLINE_WORDS,
  postJson,
  WORDS,
  wordsFor,
} from './api.js';

describe('the words for each error code', () => {
  it.each(ERROR_CODES.map((code) => [code]))('has a sentence for %s', (code) => {
    const words = wordsFor(code);
    expect(typeof words).toBe('string');
    // A whole sentence for a person: a capital first, a full stop last, no code or jargon.
    expect(words).toMatch(/^[A-Z].{10,}\.$/);
    expect(words).not.toContain(code);
    expect(words).not.toMatch(/\b(HTTP|status|payload|error code|JSON|\d{3})\b/i);
  });

  it('covers every code and nothing else, each with words of its own', () => {
    expect(Object.keys(WORDS).sort()).toEqual([...ERROR_CODES].sort());
    expect(new Set(Object.values(WORDS)).size).toBe(ERROR_CODES.length);
    expect(Object.values(WORDS)).not.toContain(OFFLINE_WORDS);
  });

  it('are the person’s, not the server’s titles for developers', () => {
    for (const code of ERROR_CODES) expect(WORDS[code]).not.toBe(ERROR_TITLES[code]);
    expect(WORDS.rate_limited).toBe('Too many tries just now. Wait a minute and try again.');
  });
});

/** A problem+json answer as our server writes it. */
function problem(status: number, code: string, errors: { field: string; message: string }[] = []) {
  return {
    status,
    type: 'application/problem+json',
    body: JSON.stringify({
      type: `/api/problems/${code}`,
      title: 'For developers',
      status,
      detail: 'What happened',
      instance: '/',
      code,
      errors,
    }),
  };
}

const html = (status: number) => ({ status, type: 'text/html', body: '<h1>Not Unknot</h1>' });

/** A server that answers each path as the table says, over real HTTP. */
const ANSWERS: Record<string, { status: number; type: string; body: string }> = {
  '/ok': { status: 200, type: 'application/json', body: '{"id":"a","n":1}' },
  '/created': { status: 201, type: 'application/json', body: '{"id":"b"}' },
  '/empty': { status: 204, type: 'application/json', body: '' },
  '/invalid': problem(422, 'validation_failed', [
    { field: 'comment', message: 'must be at most 1000 characters' },
  ]),
  '/signed-out': problem(401, 'unauthorized'),
  '/busy': problem(429, 'rate_limited'),
  '/unknown-code': problem(418, 'teapot'),
  '/proxy-busy': html(429),
  '/proxy-too-large': html(413),
  '/proxy-down': html(502),
  '/portal': html(200),
};

let server: Server;
let url: string;
const received: { method: string; type: string; body: string }[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ method: req.method ?? '', type: req.headers['content-type'] ?? '', body });
      const answer = ANSWERS[req.url ?? ''] ?? ANSWERS['/ok'];
      res.writeHead(answer?.status ?? 500, { 'content-type': answer?.type ?? 'text/plain' });
      res.end(answer?.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const failed = (outcome: Awaited<ReturnType<typeof getJson>>): ApiFailure => {
  if (outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`);
  return outcome;
};

describe('getJson and postJson over HTTP', () => {
  it('answer the data of a success', async () => {
    expect(await getJson<{ n: number }>(`${url}/ok`)).toEqual({
      ok: true,
      status: 200,
      data: { id: 'a', n: 1 },
    });
    expect(await getJson(`${url}/empty`)).toEqual({ ok: true, status: 204, data: undefined });
  });

  it('post the body as JSON', async () => {
    received.length = 0;
    expect(await postJson(`${url}/created`, { id: 'b', helpful: true })).toMatchObject({
      ok: true,
      status: 201,
    });
    expect(received).toEqual([
      { method: 'POST', type: 'application/json', body: '{"id":"b","helpful":true}' },
    ]);
  });

  it('read a problem’s code, its fields and the words for it', async () => {
    expect(await postJson(`${url}/invalid`, {})).toEqual({
      ok: false,
      reason: 'problem',
      status: 422,
      code: 'validation_failed',
      fields: [{ path: 'comment', message: 'must be at most 1000 characters' }],
      words: WORDS.validation_failed,
    });
    expect(failed(await getJson(`${url}/signed-out`))).toMatchObject({
      code: 'unauthorized',
      words: WORDS.unauthorized,
    });
  });

  it.each([
    ['/proxy-busy', 'rate_limited'],
    ['/proxy-too-large', 'payload_too_large'],
    ['/proxy-down', 'internal'],
    ['/unknown-code', 'internal'],
  ] as const)('read an answer that is not our problem (%s) by its status', async (path, code) => {
    expect(failed(await getJson(`${url}${path}`))).toMatchObject({ reason: 'problem', code });
  });

  it('say so when no answer comes, or when something else answers in Unknot’s place', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const offline = { ok: false, reason: 'network', words: OFFLINE_WORDS };
    expect(await getJson(`http://127.0.0.1:${port}/`)).toEqual(offline);
    expect(await getJson(`${url}/portal`)).toEqual(offline);
  });
});

describe('isTransient', () => {
  it.each([
    ['/busy', true],
    ['/proxy-busy', true],
    ['/proxy-down', true],
    ['/invalid', false],
    ['/signed-out', false],
    ['/proxy-too-large', false],
  ])('is %s → %s: whether the same call may succeed later', async (path, transient) => {
    expect(isTransient(failed(await postJson(`${url}${path}`, {})))).toBe(transient);
  });

  it('is true when no answer came', () => {
    expect(isTransient({ ok: false, reason: 'network', words: OFFLINE_WORDS })).toBe(true);
  });
});
