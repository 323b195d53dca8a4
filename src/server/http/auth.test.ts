import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_LIMITS } from '../account/service.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { SessionClient, TEST_PASSWORD } from './session-client.test-support.js';

const PUBLIC_URL = 'https://unknot.example.org';
const SIGN_UP = '/api/v1/auth/sign-up';

interface Answer {
  status: number;
  body: unknown;
}

/**
 * Posts JSON with the headers a proxy or a rebound page brings: fetch will not send a Host other
 * than the URL's, node:http will.
 */
function post(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<Answer> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(path, base),
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(text)),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: raw === '' ? null : JSON.parse(raw) });
        });
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** A try at signing in that is refused (401) unless the address has used up its tries (429). */
const wrongSignIn = (base: string, n: number, headers: Record<string, string>) =>
  post(
    base,
    '/api/v1/auth/sign-in',
    { username: `nobody-${n}`, password: 'not it at all' },
    headers,
  );

describe('with PUBLIC_URL set, the one origin state-changing requests may come from', () => {
  let server: TestServer;
  let today: TestServer;
  beforeAll(async () => {
    const limits = { ...SIGN_IN_LIMITS, perAddress: 1000, signUpsPerAddress: 1000 };
    server = await startTestServer({ publicUrl: PUBLIC_URL, signInLimits: limits });
    today = await startTestServer({ signInLimits: limits });
  });
  afterAll(async () => {
    await server.close();
    await today.close();
  });

  it('accepts a browser on PUBLIC_URL, though the request reached the server over plain http', async () => {
    const browser = new SessionClient(server.url, { origin: PUBLIC_URL });
    const made = await browser.post(SIGN_UP, {
      username: 'ola',
      password: TEST_PASSWORD,
    });
    expect(made.status).toBe(201);
    expect((await browser.post('/api/v1/auth/confirm', { password: TEST_PASSWORD })).status).toBe(
      204,
    );
  });

  it.each([
    ['the same host over http', 'http://unknot.example.org'],
    ['another site', 'https://evil.example'],
    ['a look-alike host', 'https://unknot.example.org.evil.example'],
    ['an opaque origin', 'null'],
  ])(
    'refuses %s with the same 403 problem as without PUBLIC_URL, storing nothing',
    async (_, origin) => {
      const lured = { username: 'lured', password: TEST_PASSWORD };
      const res = await new SessionClient(server.url, { origin }).post(SIGN_UP, lured);
      const before = await new SessionClient(today.url, { origin: 'https://evil.example' }).post(
        SIGN_UP,
        lured,
      );
      expect(before.status).toBe(403);
      expect(res.status).toBe(403);
      expect(res.body).toEqual(before.body);
      const signIn = await new SessionClient(server.url).post('/api/v1/auth/sign-in', lured);
      expect(signIn.status).toBe(401);
    },
  );

  it("refuses a page on a rebound DNS name whose Origin matches the request's own Host", async () => {
    const rebound = `rebound.example:${new URL(server.url).port}`;
    const res = await post(
      server.url,
      SIGN_UP,
      { username: 'rebound', password: TEST_PASSWORD },
      { host: rebound, origin: `http://${rebound}` },
    );
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'forbidden', errors: [{ field: 'origin' }] });
  });

  it('refuses the address the server itself listens on, which only PUBLIC_URL names now', async () => {
    const direct = new SessionClient(server.url, { origin: server.url });
    const res = await direct.post(SIGN_UP, { username: 'direct', password: TEST_PASSWORD });
    expect(res.status).toBe(403);
  });
});

describe('with TRUST_PROXY naming the proxy, the client behind it', () => {
  let server: TestServer;
  beforeAll(async () => {
    // The test's own requests come from 127.0.0.1: here they are the proxy's.
    server = await startTestServer({
      trustProxy: ['127.0.0.1'],
      signInLimits: { ...SIGN_IN_LIMITS, perAddress: 1, signUpsPerAddress: 1000 },
    });
  });
  afterAll(() => server.close());

  it('counts sign-in tries against the client the proxy names, so two people behind it do not share a limit', async () => {
    const first = { 'x-forwarded-for': '203.0.113.7' };
    const second = { 'x-forwarded-for': '198.51.100.23' };
    expect((await wrongSignIn(server.url, 1, first)).status).toBe(401);
    expect((await wrongSignIn(server.url, 2, first)).status).toBe(429);
    expect((await wrongSignIn(server.url, 3, second)).status).toBe(401);
    // A client that puts its own X-Forwarded-For before the proxy's entry is still counted as the
    // address the proxy saw.
    const spoofed = { 'x-forwarded-for': '192.0.2.99, 198.51.100.23' };
    expect((await wrongSignIn(server.url, 4, spoofed)).status).toBe(429);
  });

  it("takes https from the proxy's X-Forwarded-Proto, so without PUBLIC_URL the browser's Origin is this site's", async () => {
    const browser = {
      host: 'unknot.example.org',
      origin: 'https://unknot.example.org',
      'x-forwarded-for': '203.0.113.50',
    };
    const body = { username: 'via-proxy', password: TEST_PASSWORD };
    expect((await post(server.url, SIGN_UP, body, browser)).status).toBe(403);
    const forwarded = { ...browser, 'x-forwarded-proto': 'https' };
    expect((await post(server.url, SIGN_UP, body, forwarded)).status).toBe(201);
  });
});

describe('without a trusted proxy, X-Forwarded-* headers', () => {
  const limits = { ...SIGN_IN_LIMITS, perAddress: 1, signUpsPerAddress: 1000 };
  let unset: TestServer;
  let elsewhere: TestServer;
  beforeAll(async () => {
    unset = await startTestServer({ signInLimits: limits });
    elsewhere = await startTestServer({ trustProxy: ['10.0.0.0/8'], signInLimits: limits });
  });
  afterAll(async () => {
    await unset.close();
    await elsewhere.close();
  });

  it.each([
    ['TRUST_PROXY is unset', () => unset],
    ['the proxy is not the one named', () => elsewhere],
  ])(
    'are ignored when %s, so a client cannot pick its own address to escape its limit',
    async (_, server) => {
      const { url } = server();
      expect((await wrongSignIn(url, 1, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(401);
      expect((await wrongSignIn(url, 2, { 'x-forwarded-for': '198.51.100.23' })).status).toBe(429);
      const claimsHttps = {
        host: 'unknot.example.org',
        origin: 'https://unknot.example.org',
        'x-forwarded-proto': 'https',
      };
      const body = { username: 'claims-https', password: TEST_PASSWORD };
      expect((await post(url, SIGN_UP, body, claimsHttps)).status).toBe(403);
    },
  );
});
