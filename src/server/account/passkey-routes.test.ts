import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';
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

type Cbor = Parameters<typeof isoCBOR.encode>[0];
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/**
 * What a browser hands back when an authenticator makes a passkey, made here in software: a new
 * P-256 key, 'none' attestation, the person present and verified, for the `origin` the browser saw
 * and the relying party `rpId`.
 */
function newPasskey(challenge: string, origin: string, rpId: string) {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const coseKey = new Map<string | number, Cbor>([
    [1, 2], // EC2
    [3, -7], // ES256
    [-1, 1], // P-256
    [-2, Buffer.from(jwk.x ?? '', 'base64url')],
    [-3, Buffer.from(jwk.y ?? '', 'base64url')],
  ]);
  const credentialId = randomBytes(16);
  const authData = Buffer.concat([
    createHash('sha256').update(rpId).digest(),
    Buffer.from([0x45]), // user present, user verified, credential data attached
    Buffer.alloc(4), // signature counter
    Buffer.alloc(16), // AAGUID
    Buffer.from([0, credentialId.length]),
    credentialId,
    isoCBOR.encode(coseKey),
  ]);
  const clientData = { type: 'webauthn.create', challenge, origin, crossOrigin: false };
  const attestation = new Map<string | number, Cbor>([
    ['fmt', 'none'],
    ['attStmt', new Map<string | number, Cbor>()],
    ['authData', authData],
  ]);
  return {
    id: base64url(credentialId),
    rawId: base64url(credentialId),
    type: 'public-key',
    response: {
      clientDataJSON: base64url(Buffer.from(JSON.stringify(clientData))),
      attestationObject: base64url(isoCBOR.encode(attestation)),
      transports: ['internal'],
    },
    clientExtensionResults: {},
  };
}

describe('passkeys with PUBLIC_URL set', () => {
  const PUBLIC_URL = 'https://unknot.example.org:8443';
  let behindProxy: TestServer;
  beforeAll(async () => {
    behindProxy = await startTestServer({ publicUrl: PUBLIC_URL });
  });
  afterAll(() => behindProxy.close());

  it("belong to PUBLIC_URL's host name, not the address the request reached", async () => {
    const browser = new SessionClient(behindProxy.url, { origin: PUBLIC_URL });
    const made = await browser.post('/api/v1/auth/passkey/sign-up/options', { username: 'tia' });
    expect(made.status).toBe(200);
    expect((made.body as { options: { rp: { id: string } } }).options.rp.id).toBe(
      'unknot.example.org',
    );
    const signIn = await browser.post('/api/v1/auth/passkey/sign-in/options');
    expect(signIn.status).toBe(200);
    expect((signIn.body as { options: { rpId: string } }).options.rpId).toBe('unknot.example.org');
  });

  it("are checked against PUBLIC_URL's origin: one made there is kept, one made for the request's own address is refused", async () => {
    const browser = new SessionClient(behindProxy.url, { origin: PUBLIC_URL });
    const makeFor = async (origin: string, rpId: string) => {
      const started = await browser.post('/api/v1/auth/passkey/sign-up/options', {
        username: 'uma',
      });
      const { challengeId, options } = started.body as {
        challengeId: string;
        options: { challenge: string };
      };
      return browser.post('/api/v1/auth/passkey/sign-up', {
        challengeId,
        response: newPasskey(options.challenge, origin, rpId),
      });
    };
    const direct = new URL(behindProxy.url);
    expect((await makeFor(direct.origin, direct.hostname)).status).toBe(401);
    expect((await makeFor('http://unknot.example.org:8443', 'unknot.example.org')).status).toBe(
      401,
    );
    expect(browser.cookie).toBeUndefined();
    const made = await makeFor(PUBLIC_URL, 'unknot.example.org');
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ account: { username: 'uma' } });
    expect((await browser.get('/api/v1/auth/passkeys')).body).toMatchObject({
      passkeys: [{ id: expect.any(String) }],
    });
  });

  it('take the host name of the request without PUBLIC_URL, as localhost needs', async () => {
    const res = await new SessionClient(server.url).post('/api/v1/auth/passkey/sign-in/options');
    expect((res.body as { options: { rpId: string } }).options.rpId).toBe('127.0.0.1');
  });
});
