import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.js';
import { securityEventOf } from './security-events.js';
import { SessionClient, signedUp, TEST_PASSWORD } from './session-client.test-support.js';

describe('securityEventOf', () => {
  it('names a failed sign-in, recovery and confirmation by route and status', () => {
    expect(securityEventOf('POST', '/api/v1/auth/sign-in', 401)).toBe('sign_in_failed');
    expect(securityEventOf('POST', '/api/v1/auth/passkey/sign-in', 401)).toBe('sign_in_failed');
    expect(securityEventOf('POST', '/api/v1/auth/recover', 401)).toBe('recovery_failed');
    expect(securityEventOf('POST', '/api/v1/auth/confirm', 401)).toBe('confirm_failed');
  });

  it('names the changes that decide who can get in', () => {
    expect(securityEventOf('POST', '/api/v1/auth/sign-in', 200)).toBe('signed_in');
    expect(securityEventOf('POST', '/api/v1/auth/passkeys', 201)).toBe('passkey_added');
    expect(securityEventOf('DELETE', '/api/v1/auth/passkeys/:id', 204)).toBe('passkey_removed');
    expect(securityEventOf('POST', '/api/v1/auth/password', 200)).toBe('password_changed');
    expect(securityEventOf('DELETE', '/api/v1/account', 204)).toBe('account_deleted');
  });

  it('names any refusal as another site, and any rate limit, wherever it happens', () => {
    expect(securityEventOf('POST', '/api/v1/sync/push', 403)).toBe('refused');
    expect(securityEventOf('GET', '/api/v1/search', 429)).toBe('rate_limited');
  });

  it('is silent for everything else', () => {
    expect(securityEventOf('GET', '/api/v1/content/:id', 200)).toBeUndefined();
    expect(securityEventOf('POST', '/api/v1/auth/sign-in', 400)).toBeUndefined();
    expect(securityEventOf('GET', undefined, 404)).toBeUndefined();
  });
});

describe('security events in the log', () => {
  let server: TestServer;
  const lines: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    server = await startTestServer({ logger: { level: 'info', stream } });
  });
  afterAll(async () => {
    await server.close();
  });

  const events = () =>
    lines
      .map((line) => JSON.parse(line) as { level: number; security?: Record<string, unknown> })
      .filter((entry) => entry.security !== undefined);

  it('log a failed sign-in as a warning with the address, and never the name or the password', async () => {
    const username = `events-${Date.now()}`;
    const { client } = await signedUp(server.url, username);
    const wrong = 'not the password at all, sadly';
    const refused = await new SessionClient(server.url).post('/api/v1/auth/sign-in', {
      username,
      password: wrong,
    });
    expect(refused.status).toBe(401);
    await client.delete('/api/v1/auth/sessions');

    const failed = events().find((e) => e.security?.event === 'sign_in_failed');
    expect(failed?.level).toBe(40);
    expect(failed?.security).toMatchObject({
      route: '/api/v1/auth/sign-in',
      status: 401,
      address: '127.0.0.1',
      accountId: null,
    });
    expect(events().map((e) => e.security?.event)).toEqual(
      expect.arrayContaining(['signed_up', 'sign_in_failed', 'signed_out_everywhere']),
    );
    const everything = lines.join('\n');
    for (const secret of [username, wrong, TEST_PASSWORD]) expect(everything).not.toContain(secret);
  });

  it('name the account a sign-in opened a session for', async () => {
    const username = `events-in-${Date.now()}`;
    const { client } = await signedUp(server.url, username);
    const session = await client.get('/api/v1/auth/session');
    const accountId = (session.body as { account: { id: string } }).account.id;
    const again = await new SessionClient(server.url).post('/api/v1/auth/sign-in', {
      username,
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(200);
    const kinds = events()
      .filter((e) => e.security?.accountId === accountId)
      .map((e) => e.security?.event);
    expect(kinds).toEqual(expect.arrayContaining(['signed_up', 'signed_in']));
  });

  it('name the account when the request had a session', async () => {
    const { client } = await signedUp(server.url, `events-own-${Date.now()}`);
    const session = await client.get('/api/v1/auth/session');
    const accountId = (session.body as { account: { id: string } }).account.id;
    await client.delete('/api/v1/auth/sessions');
    const out = events().find(
      (e) => e.security?.event === 'signed_out_everywhere' && e.security.accountId === accountId,
    );
    expect(out?.level).toBe(30);
  });
});
