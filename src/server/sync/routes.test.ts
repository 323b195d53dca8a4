import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureId } from '../../core/diary/fixtures.js';
import { PUSH_MAX } from '../../core/sync/change.js';
import { AT, diaryChange, NODE_B, stamp, tombstoneChange } from '../../core/sync/fixtures.js';
import { MAX_DRIFT_MS } from '../../core/sync/hlc.js';
import { SIGN_IN_LIMITS } from '../account/service.js';
import { SessionClient, signedUp, TEST_PASSWORD } from '../http/session-client.test-support.js';
import { startTestServer, type TestServer } from '../test-server.js';

const NOW = AT + 60_000;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    now: () => NOW,
    signInLimits: { ...SIGN_IN_LIMITS, signUpsPerAddress: 1000 },
  });
});
afterAll(() => server.close());

interface Pulled {
  changes: { id: string; seq: number; deleted: boolean; data: unknown }[];
  cursor: number;
  more: boolean;
}

let n = 0;
async function device(): Promise<SessionClient> {
  n += 1;
  return (await signedUp(server.url, `person${n}`)).client;
}

describe('POST /api/v1/sync', () => {
  it('keeps the good changes of a push and refuses a bad one by its id and field', async () => {
    const client = await device();
    const bad = diaryChange(3, 12);
    const res = await client.post('/api/v1/sync', {
      changes: [diaryChange(1, 4), bad, diaryChange(2, 0)],
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      accepted: [fixtureId(1), fixtureId(2)],
      refused: [{ id: bad.id, field: 'data.pain0to10', message: expect.any(String) }],
    });
    const pulled = (await client.get('/api/v1/sync')).body as Pulled;
    expect(pulled.changes.map((c) => c.id)).toEqual([fixtureId(1), fixtureId(2)]);
  });

  it('is idempotent: the same push twice leaves one copy and nothing new to pull', async () => {
    const client = await device();
    const push = { changes: [diaryChange(1, 4), tombstoneChange(2, stamp(AT))] };
    await client.post('/api/v1/sync', push);
    const first = (await client.get('/api/v1/sync')).body as Pulled;
    expect((await client.post('/api/v1/sync', push)).body).toMatchObject({
      accepted: [fixtureId(1), fixtureId(2)],
    });
    const after = (await client.get(`/api/v1/sync?after=${first.cursor}`)).body as Pulled;
    expect(after).toEqual({ changes: [], cursor: first.cursor, more: false });
  });

  it('refuses a stamp from a device whose clock is set ahead, so it cannot bury later edits', async () => {
    const client = await device();
    const ahead = diaryChange(1, 4, stamp(NOW + MAX_DRIFT_MS + 60_000, 0, NODE_B));
    const res = await client.post('/api/v1/sync', { changes: [ahead] });
    expect(res.body).toMatchObject({ accepted: [], refused: [{ id: ahead.id, field: 'hlc' }] });
  });

  it('takes at most 500 changes in one push, naming the field', async () => {
    const client = await device();
    const many = Array.from({ length: PUSH_MAX + 1 }, (_, i) => diaryChange(i + 1, 1));
    const res = await client.post('/api/v1/sync', { changes: many });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ errors: [{ field: 'changes' }] });
    expect(((await client.get('/api/v1/sync')).body as Pulled).changes).toEqual([]);
  });
});

describe('GET /api/v1/sync', () => {
  it('pulls in pages, each with the cursor for the next, until no more wait', async () => {
    const client = await device();
    await client.post('/api/v1/sync', {
      changes: Array.from({ length: 5 }, (_, i) => diaryChange(i + 1, i)),
    });
    const first = (await client.get('/api/v1/sync?after=0&limit=3')).body as Pulled;
    expect(first.changes).toHaveLength(3);
    expect(first.more).toBe(true);
    const second = (await client.get(`/api/v1/sync?after=${first.cursor}&limit=3`)).body as Pulled;
    expect(second.changes.map((c) => c.id)).toEqual([fixtureId(4), fixtureId(5)]);
    expect(second.more).toBe(false);
  });

  it('names a bad cursor', async () => {
    const client = await device();
    const res = await client.get('/api/v1/sync?after=-1');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ errors: [{ field: 'after' }] });
  });

  it('two devices of one person converge: what one pushes, the other pulls', async () => {
    const phone = await device();
    const laptop = new SessionClient(server.url);
    await laptop.post('/api/v1/auth/sign-in', { username: `person${n}`, password: TEST_PASSWORD });
    await phone.post('/api/v1/sync', { changes: [diaryChange(1, 6)] });
    await laptop.post('/api/v1/sync', { changes: [diaryChange(1, 3, stamp(AT + 500, 0, NODE_B))] });
    const seenByPhone = (await phone.get('/api/v1/sync')).body as Pulled;
    expect(seenByPhone.changes).toMatchObject([{ id: fixtureId(1), data: { pain0to10: 3 } }]);
  });
});
