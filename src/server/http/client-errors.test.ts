import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.js';
import { Problem } from './problem.js';

/**
 * Hostile requests as bytes on a socket: fetch would normalise `/%2e%2e/` away and refuse odd
 * methods and header bytes before they left.
 */
function raw(
  port: number,
  head: string,
  body = '',
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const type = /\r\ncontent-type: *([^\r]*)/i.exec(text.slice(0, end))?.[1] ?? '';
      resolve({ status: Number(text.slice(9, 12)), type, body: text.slice(end + 4) });
    });
    socket.write(`${head}\r\nConnection: close\r\n\r\n${body}`);
  });
}

let server: TestServer;
let port: number;
let webRoot: string;
beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'unknot-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Unknot shell</title>');
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'export {};');
  server = await startTestServer({ webRoot });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  rmSync(webRoot, { recursive: true, force: true });
});

/** The problem of an answer, failing unless it is whole and its status is the HTTP status. */
function problemOf(answer: { status: number; type: string; body: string }): Problem {
  expect(answer.type).toMatch(/^application\/problem\+json/);
  const problem = Problem.strict().parse(JSON.parse(answer.body));
  expect(problem.status).toBe(answer.status);
  expect(answer.body).not.toMatch(/node_modules|\bat \S+ \(|FST_/);
  return problem;
}

describe('static-file paths that climb out of the web root', () => {
  it.each([
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..\\..\\etc\\passwd',
    '/assets/a%00b.js',
    '/assets/..%2f..%2f..%2fetc%2fpasswd',
  ])('answers GET %s with a 404 problem, not a 500', async (path) => {
    const answer = await raw(port, `GET ${path} HTTP/1.1\r\nHost: x`);
    expect(answer.status).toBe(404);
    expect(problemOf(answer).code).toBe('not_found');
  });
});

describe('addresses the router cannot decode', () => {
  it.each(['/%', '/%E0%A4%A', '/api/v1/content/%', '/%ED%A0%80'])(
    'answers %s with a 400 problem naming the address',
    async (path) => {
      const answer = await raw(port, `GET ${path} HTTP/1.1\r\nHost: x`);
      expect(answer.status).toBe(400);
      expect(problemOf(answer).errors).toEqual([{ field: '(url)', message: expect.any(String) }]);
    },
  );

  it('answers a path parameter longer than any id with a 400 problem', async () => {
    const answer = await raw(port, `PUT /api/v1/sharing/${'a'.repeat(300)} HTTP/1.1\r\nHost: x`);
    expect(answer.status).toBe(400);
    expect(problemOf(answer).code).toBe('validation_failed');
  });
});

describe('requests Node cannot read', () => {
  it('answers headers over the limit (a huge cookie) with a 431 problem', async () => {
    const answer = await raw(
      port,
      `GET /api/v1/content HTTP/1.1\r\nHost: x\r\nCookie: a=${'x'.repeat(20_000)}`,
    );
    expect(answer.status).toBe(431);
    expect(problemOf(answer).code).toBe('payload_too_large');
  });

  it('answers an address longer than the header limit with a 431 problem', async () => {
    const answer = await raw(port, `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x`);
    expect(answer.status).toBe(431);
    problemOf(answer);
  });

  it.each(['GE@T', 'get', 'G\tET'])('answers the method %j with a 400 problem', async (method) => {
    const answer = await raw(port, `${method} / HTTP/1.1\r\nHost: x`);
    expect(answer.status).toBe(400);
    expect(problemOf(answer).code).toBe('validation_failed');
  });

  it('answers a header with a control byte with a 400 problem', async () => {
    const answer = await raw(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b');
    expect(answer.status).toBe(400);
    problemOf(answer);
  });
});

describe('methods and headers Node answers before Fastify', () => {
  it('answers CONNECT with a 404 problem instead of closing without a word', async () => {
    const answer = await raw(port, 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x');
    expect(answer.status).toBe(404);
    expect(problemOf(answer).code).toBe('not_found');
  });

  it('routes a request with an unknown Expect as usual instead of a bare 417', async () => {
    const answer = await raw(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nExpect: the-unexpected');
    expect(answer.status).toBe(200);
  });

  it('answers an HTTP/1.1 request without a Host header with a 400 problem naming it', async () => {
    const answer = await raw(port, 'GET /healthz HTTP/1.1');
    expect(answer.status).toBe(400);
    expect(problemOf(answer).errors).toEqual([{ field: 'host', message: 'is required' }]);
  });

  it.each(['PROPFIND', 'TRACE', 'MKCOL'])('answers %s with a 404 problem', async (method) => {
    const answer = await raw(port, `${method} /api/v1/content HTTP/1.1\r\nHost: x`);
    expect(answer.status).toBe(404);
    problemOf(answer);
  });
});

describe('static-file preconditions and ranges that cannot be met', () => {
  it('answers a range past the end of a file with a 416 problem', async () => {
    const answer = await raw(port, 'GET /index.html HTTP/1.1\r\nHost: x\r\nRange: bytes=99999-');
    expect(answer.status).toBe(416);
    problemOf(answer);
  });

  it.each(['If-Match: "nope"', 'If-Unmodified-Since: Mon, 01 Jan 1990 00:00:00 GMT'])(
    'answers %s on a file with a 412 problem',
    async (header) => {
      const answer = await raw(port, `GET /assets/app.js HTTP/1.1\r\nHost: x\r\n${header}`);
      expect(answer.status).toBe(412);
      problemOf(answer);
    },
  );

  it('still serves the files themselves', async () => {
    const answer = await raw(port, 'GET /assets/app.js HTTP/1.1\r\nHost: x');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('export {};');
  });
});

describe('JSON that could reach Object.prototype', () => {
  it.each([
    '{"__proto__":{"polluted":true},"contentId":"muscle-strain","helpful":true}',
    '{"constructor":{"prototype":{"polluted":true}},"contentId":"muscle-strain","helpful":true}',
  ])('refuses %s with a 400 problem about the body', async (body) => {
    const answer = await raw(
      port,
      `POST /api/v1/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}`,
      body,
    );
    expect(answer.status).toBe(400);
    expect(problemOf(answer).errors).toEqual([{ field: '(body)', message: expect.any(String) }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
