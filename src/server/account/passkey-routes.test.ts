import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionClient, signedUp } from '../http/session-client.test-support.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { SIGN_IN_LIMITS } from './service.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    signInLimits: { ...SIGN_IN_LIMITS, signUpsPerAddress: 1000 },
  });
});
afterAll(() => server.close());

const fields = (body: unknown) =>
  (body as { errors: { field: string }[] }).errors.map((e) => e.field);

/** An authenticator's answer in shape, signed by no passkey this server knows. */
const forged = (id = 'AAAA') => ({
  id,
  rawId: id,
  type: 'public-key',
  response: { clientDataJSON: 'e30', authenticatorData: 'AAAA', signature: 'AAAA' },
  clientExtensionResults: {},
});

describe('passkeys over HTTP', () => {
  it('offers to make an account with a passkey for a good free name, asking the person to be verified', async () => {
    const client = new SessionClient(server.url);
    const res = await client.post('/api/v1/auth/passkey/sign-up/options', { username: 'Pat' });
    expect(res.status).toBe(200);
    const { challengeId, options } = res.body as {
      challengeId: string;
      options: {
        challenge: string;
        rp: { name: string };
        user: { name: string };
        authenticatorSelection: Record<string, string>;
      };
    };
    expect(challengeId).toMatch(/^[0-9a-f-]{36}$/);
    expect(options.challenge.length).toBeGreaterThan(20);
    expect(options.rp.name).toBe('Unknot');
    expect(options.user.name).toBe('pat');
    expect(options.authenticatorSelection).toMatchObject({
      residentKey: 'required',
      userVerification: 'required',
    });
  });

  it('names a bad or taken name before asking the authenticator', async () => {
    const client = new SessionClient(server.url);
    const bad = await client.post('/api/v1/auth/passkey/sign-up/options', { username: 'x y' });
    expect(bad.status).toBe(422);
    expect(fields(bad.body)).toEqual(['username']);
    await signedUp(server.url, 'quinn');
    const taken = await client.post('/api/v1/auth/passkey/sign-up/options', { username: 'QUINN' });
    expect(taken.status).toBe(409);
    expect(fields(taken.body)).toEqual(['username']);
  });

  it('refuses an answer to no live request, and one no passkey of this site signed, making nothing', async () => {
    const client = new SessionClient(server.url);
    const none = await client.post('/api/v1/auth/passkey/sign-in', {
      challengeId: '0190a000-0000-7000-8000-000000000001',
      response: forged(),
    });
    expect(none.status).toBe(401);
    expect(fields(none.body)).toEqual(['challengeId']);
    const started = await client.post('/api/v1/auth/passkey/sign-in/options');
    const { challengeId } = started.body as { challengeId: string };
    const unknown = await client.post('/api/v1/auth/passkey/sign-in', {
      challengeId,
      response: forged(),
    });
    expect(unknown.status).toBe(401);
    // Each request is answered once.
    const again = await client.post('/api/v1/auth/passkey/sign-in', {
      challengeId,
      response: forged(),
    });
    expect(fields(again.body)).toEqual(['challengeId']);
    expect(client.cookie).toBeUndefined();
  });

  it('refuses a malformed answer naming its field', async () => {
    const client = new SessionClient(server.url);
    const res = await client.post('/api/v1/auth/passkey/sign-in', {
      challengeId: 'x',
      response: { ...forged(), type: 'password' },
    });
    expect(res.status).toBe(422);
    expect(fields(res.body)).toEqual(['response.type']);
  });

  it("adds and confirms only for the signed-in account: another account's request is refused", async () => {
    const nobody = new SessionClient(server.url);
    expect((await nobody.post('/api/v1/auth/passkeys/options')).status).toBe(401);
    expect((await nobody.post('/api/v1/auth/passkey/confirm/options')).status).toBe(401);
    expect((await nobody.get('/api/v1/auth/passkeys')).status).toBe(401);
    expect((await nobody.delete('/api/v1/auth/passkeys/AAAA')).status).toBe(401);
    const { client: ray } = await signedUp(server.url, 'ray');
    const { client: sam } = await signedUp(server.url, 'sam');
    const rays = (await ray.post('/api/v1/auth/passkey/confirm/options')).body as {
      challengeId: string;
    };
    const crossed = await sam.post('/api/v1/auth/passkey/confirm', {
      challengeId: rays.challengeId,
      response: forged(),
    });
    expect(crossed.status).toBe(401);
    expect((await sam.delete('/api/v1/account')).status).toBe(403);
    expect((await sam.get('/api/v1/auth/passkeys')).body).toEqual({ passkeys: [] });
    expect((await sam.delete('/api/v1/auth/passkeys/AAAA')).status).toBe(404);
  });
});
