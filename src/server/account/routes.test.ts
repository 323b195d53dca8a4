import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackup } from '../../core/export/backup.schema.js';
import { diaryChange } from '../../core/sync/fixtures.js';
import { SESSION_COOKIE } from '../http/auth.js';
import { SessionClient, signedUp, TEST_PASSWORD } from '../http/session-client.test-support.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { SIGN_IN_LIMITS } from './service.js';

let server: TestServer;
beforeAll(async () => {
  // Every client here is one address: sign-ups and sign-ins from it are not what is tested.
  server = await startTestServer({
    now: () => Date.parse('2026-03-02T09:00:00.000Z'),
    signInLimits: { ...SIGN_IN_LIMITS, perAddress: 1000, signUpsPerAddress: 1000 },
  });
});
afterAll(() => server.close());

const problemFields = (body: unknown) =>
  (body as { errors: { field: string }[] }).errors.map((e) => e.field);

describe('signing up', () => {
  it('sets a __Host- session cookie no script can read, and answers ten recovery codes once, uncached', async () => {
    const client = new SessionClient(server.url);
    const res = await client.post('/api/v1/auth/sign-up', {
      username: 'Ana',
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(201);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; `));
    for (const attribute of ['Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax']) {
      expect(cookie).toContain(attribute);
    }
    expect(cookie).not.toContain('Domain');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({ account: { username: 'ana', recoveryCodesLeft: 10 } });
    expect((res.body as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10);
    expect((await client.get('/api/v1/auth/session')).status).toBe(200);
  });

  it('names each bad field, and a taken name, as problem+json', async () => {
    const client = new SessionClient(server.url);
    const bad = await client.post('/api/v1/auth/sign-up', { username: 'x', password: 'short' });
    expect(bad.status).toBe(422);
    expect(problemFields(bad.body)).toEqual(['username', 'password']);
    await signedUp(server.url, 'taken-name');
    const taken = await client.post('/api/v1/auth/sign-up', {
      username: 'Taken-Name',
      password: TEST_PASSWORD,
    });
    expect(taken.status).toBe(409);
    expect(problemFields(taken.body)).toEqual(['username']);
    const unknown = await client.post('/api/v1/auth/sign-up', {
      username: 'someone',
      password: TEST_PASSWORD,
      email: 'a@b.c',
    });
    expect(unknown.status).toBe(422);
    expect(problemFields(unknown.body)).toEqual(['email']);
    expect(client.cookie).toBeUndefined();
  });

  it('refuses a request that a browser says came from another site, and stores nothing', async () => {
    const elsewhere = new SessionClient(server.url, { origin: 'https://evil.example' });
    const res = await elsewhere.post('/api/v1/auth/sign-up', {
      username: 'lured',
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(403);
    expect(problemFields(res.body)).toEqual(['origin']);
    const fetched = new SessionClient(server.url, { 'sec-fetch-site': 'cross-site' });
    expect(
      (await fetched.post('/api/v1/auth/sign-up', { username: 'lured', password: TEST_PASSWORD }))
        .status,
    ).toBe(403);
    const ours = new SessionClient(server.url, { origin: server.url });
    expect(
      (await ours.post('/api/v1/auth/sign-up', { username: 'lured', password: TEST_PASSWORD }))
        .status,
    ).toBe(201);
  });
});

describe('signing in and out', () => {
  it('signs in with the right password, refuses a wrong one, and waits with Retry-After after too many', async () => {
    await signedUp(server.url, 'bea');
    const client = new SessionClient(server.url);
    expect(
      (await client.post('/api/v1/auth/sign-in', { username: 'BEA', password: TEST_PASSWORD }))
        .status,
    ).toBe(200);
    const wrong = await client.post('/api/v1/auth/sign-in', {
      username: 'bea',
      password: 'nope nope',
    });
    expect(wrong.status).toBe(401);
    for (let i = 1; i < SIGN_IN_LIMITS.perAccount; i++) {
      await client.post('/api/v1/auth/sign-in', { username: 'bea', password: `guess ${i}!` });
    }
    const limited = await client.post('/api/v1/auth/sign-in', {
      username: 'bea',
      password: TEST_PASSWORD,
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe(String(SIGN_IN_LIMITS.windowMs / 1000));
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
  });

  it('ends the session on the server at sign-out, so the old cookie no longer works', async () => {
    const { client } = await signedUp(server.url, 'cai');
    const stolen = new SessionClient(server.url);
    stolen.cookie = client.cookie;
    expect((await client.post('/api/v1/auth/sign-out')).status).toBe(204);
    expect(client.cookie).toBeUndefined();
    expect((await stolen.get('/api/v1/auth/session')).status).toBe(401);
  });

  it('lists the devices signed in, and signs one out, or all', async () => {
    const { client: phone } = await signedUp(server.url, 'dee');
    const laptop = new SessionClient(server.url, {
      'user-agent':
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 Version/18.1 Safari/605.1.15',
    });
    await laptop.post('/api/v1/auth/sign-in', { username: 'dee', password: TEST_PASSWORD });
    const listed = (await phone.get('/api/v1/auth/sessions')).body as {
      sessions: { id: string; device: string; current: boolean }[];
    };
    expect(listed.sessions).toHaveLength(2);
    const other = listed.sessions.find((s) => !s.current);
    expect(other?.device).toBe('Safari on Mac');
    expect((await phone.delete(`/api/v1/auth/sessions/${other?.id}`)).status).toBe(204);
    expect((await laptop.get('/api/v1/auth/session')).status).toBe(401);
    expect((await phone.delete('/api/v1/auth/sessions')).status).toBe(204);
    expect((await phone.get('/api/v1/auth/session')).status).toBe(401);
  });

  it('refuses a password holding the sign-in name, at sign-up and at recovery', async () => {
    const client = new SessionClient(server.url);
    const named = await client.post('/api/v1/auth/sign-up', {
      username: 'Rosalind',
      password: 'rosalind has a sore back today',
    });
    expect(named.status).toBe(422);
    expect(problemFields(named.body)).toEqual(['password']);
    const { codes } = await signedUp(server.url, 'rosalind');
    const recovered = await client.post('/api/v1/auth/recover', {
      username: 'rosalind',
      code: codes[0],
      password: 'a new one for Rosalind, longer',
    });
    expect(recovered.status).toBe(422);
    expect(problemFields(recovered.body)).toEqual(['password']);
  });

  it('lets a recovery code in once, with a new password', async () => {
    const { codes } = await signedUp(server.url, 'eve');
    const client = new SessionClient(server.url);
    const recovered = await client.post('/api/v1/auth/recover', {
      username: 'eve',
      code: codes[0],
      password: 'a brand new password',
    });
    expect(recovered.status).toBe(200);
    expect(recovered.body).toMatchObject({ account: { recoveryCodesLeft: 9 } });
    expect(
      (
        await client.post('/api/v1/auth/recover', {
          username: 'eve',
          code: codes[0],
          password: 'another new password',
        })
      ).status,
    ).toBe(401);
    const events = (await client.get('/api/v1/account/events')).body as {
      events: { kind: string }[];
    };
    expect(events.events.map((e) => e.kind).sort()).toEqual(['recovered', 'signed-up']);
  });
});

describe('your data, your rights', () => {
  it('downloads everything as the backup file any device restores, and notes it in the log', async () => {
    const { client } = await signedUp(server.url, 'fay');
    await client.post('/api/v1/sync', { changes: [diaryChange(1, 5), diaryChange(2, 3)] });
    const res = await client.get('/api/v1/account/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('unknot-backup.json');
    const parsed = parseBackup(res.body);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.backup.records.map((r) => r.id)).toEqual([
        diaryChange(1, 5).id,
        diaryChange(2, 3).id,
      ]);
    const events = (await client.get('/api/v1/account/events')).body as {
      events: { kind: string }[];
    };
    expect(events.events.map((e) => e.kind)).toContain('exported');
  });

  it('deletes the account and everything with it only after the password is given again', async () => {
    const { client } = await signedUp(server.url, 'gus');
    await client.post('/api/v1/sync', { changes: [diaryChange(3, 7)] });
    const early = await client.delete('/api/v1/account');
    expect(early.status).toBe(403);
    expect(problemFields(early.body)).toEqual(['password']);
    expect((await client.post('/api/v1/auth/confirm', { password: 'not mine' })).status).toBe(401);
    expect((await client.post('/api/v1/auth/confirm', { password: TEST_PASSWORD })).status).toBe(
      204,
    );
    expect((await client.delete('/api/v1/account')).status).toBe(204);
    const again = new SessionClient(server.url);
    expect(
      (await again.post('/api/v1/auth/sign-in', { username: 'gus', password: TEST_PASSWORD }))
        .status,
    ).toBe(401);
    const rows = await server.storage.db.selectFrom('sync_records').selectAll().execute();
    expect(rows.filter((r) => r.id === diaryChange(3, 7).id)).toEqual([]);
  });
});

describe('authorization: another account gets nothing', () => {
  const SIGNED_IN_READS = [
    '/api/v1/auth/session',
    '/api/v1/auth/sessions',
    '/api/v1/account',
    '/api/v1/account/events',
    '/api/v1/account/export',
    '/api/v1/sync',
  ];

  it('answers 401 to every account route without a session, and with a made-up one', async () => {
    const nobody = new SessionClient(server.url);
    const forged = new SessionClient(server.url);
    forged.cookie = 'A'.repeat(43);
    for (const client of [nobody, forged]) {
      for (const path of SIGNED_IN_READS) expect((await client.get(path)).status, path).toBe(401);
      expect((await client.post('/api/v1/sync', { changes: [] })).status).toBe(401);
      expect((await client.delete('/api/v1/account')).status).toBe(401);
      expect((await client.delete('/api/v1/auth/sessions')).status).toBe(401);
      expect((await client.post('/api/v1/auth/recovery-codes')).status).toBe(401);
    }
  });

  it("reads 0 of another account's records, sessions or log, and cannot end its sessions", async () => {
    const { client: owner } = await signedUp(server.url, 'hal');
    const { client: other } = await signedUp(server.url, 'ida');
    await owner.post('/api/v1/sync', { changes: [diaryChange(10, 6), diaryChange(11, 4)] });
    await owner.get('/api/v1/account/export');
    const ownerSessions = (await owner.get('/api/v1/auth/sessions')).body as {
      sessions: { id: string }[];
    };

    const pulled = (await other.get('/api/v1/sync')).body as { changes: unknown[] };
    expect(pulled.changes).toEqual([]);
    const exported = (await other.get('/api/v1/account/export')).body as { records: unknown[] };
    expect(exported.records).toEqual([]);
    const theirSessions = (await other.get('/api/v1/auth/sessions')).body as {
      sessions: { id: string }[];
    };
    expect(theirSessions.sessions.map((s) => s.id)).not.toContain(ownerSessions.sessions[0]?.id);
    const eventIds = async (client: SessionClient) =>
      (
        (await client.get('/api/v1/account/events')).body as { events: { id: string }[] }
      ).events.map((e) => e.id);
    const theirs = await eventIds(other);
    expect(theirs).toHaveLength(2);
    for (const id of await eventIds(owner)) expect(theirs).not.toContain(id);
    for (const s of ownerSessions.sessions) {
      expect((await other.delete(`/api/v1/auth/sessions/${s.id}`)).status).toBe(404);
    }
    expect((await owner.get('/api/v1/auth/session')).status).toBe(200);
    // Writing another account's record id stores a copy in one's own account, never in theirs.
    await other.post('/api/v1/sync', {
      changes: [{ ...diaryChange(10, 0), hlc: diaryChange(10, 0).hlc.replace('-0000-', '-0009-') }],
    });
    const mine = (await owner.get('/api/v1/sync')).body as {
      changes: { data: { pain0to10: number } }[];
    };
    expect(mine.changes.map((c) => c.data.pain0to10)).toEqual([6, 4]);
  });
});
