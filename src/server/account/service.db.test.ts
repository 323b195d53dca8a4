import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { migrateToLatest } from '../storage/migrate.js';
import { type TestDatabase, testDatabases } from '../storage/test-databases.js';
import { createAccountRepository } from './repository.js';
import {
  type AccountService,
  createAccountService,
  SESSION_LIMITS,
  SIGN_IN_LIMITS,
  tokenHash,
} from './service.js';

const START = Date.parse('2026-12-04T09:00:00.000Z');
const PASSWORD = 'my back and the long walk home';
const DEVICE = 'Chrome on Android';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('it was not refused');
}

describe.each(testDatabases())('accounts on $name', (kind) => {
  let database: TestDatabase;
  let service: AccountService;
  let now = START;

  beforeEach(async () => {
    database = await kind.create();
    const storage = await database.open();
    await migrateToLatest(storage);
    now = START;
    service = createAccountService({
      repository: createAccountRepository(storage.db),
      now: () => now,
      randomBytes: (n) => randomBytes(n),
    });
  });
  afterEach(async () => {
    await database.destroy();
  });

  it('signs up with a session whose token is stored only as its hash', async () => {
    const made = await service.signUp({ username: 'Ana', password: PASSWORD, device: DEVICE });
    expect(Buffer.from(made.token, 'base64url')).toHaveLength(32);
    expect(await service.sessionFor(made.token)).toMatchObject({ accountId: made.accountId });
    const storage = await database.open();
    const rows = await storage.db.selectFrom('sessions').selectAll().execute();
    expect(rows.map((r) => r.token_hash)).toEqual([tokenHash(made.token)]);
    expect(JSON.stringify(rows)).not.toContain(made.token);
    const creds = await storage.db.selectFrom('password_credentials').selectAll().execute();
    expect(JSON.stringify(creds)).not.toContain(PASSWORD);
  });

  it('names each bad field at sign-up, and a taken name, storing nothing', async () => {
    const bad = await refusal(
      service.signUp({ username: 'a b', password: 'password', device: DEVICE }),
    );
    expect(bad.code).toBe('validation_failed');
    expect(bad.fields.map((f) => f.path)).toEqual(['username', 'password']);
    await service.signUp({ username: 'ana', password: PASSWORD, device: DEVICE });
    const taken = await refusal(
      service.signUp({ username: 'ANA', password: PASSWORD, device: DEVICE }),
    );
    expect(taken.code).toBe('conflict');
    expect(taken.fields).toEqual([{ path: 'username', message: 'is taken: choose another name' }]);
  });

  it('signs in with the right password, and refuses a wrong password and an unknown name alike', async () => {
    await service.signUp({ username: 'ana', password: PASSWORD, device: DEVICE });
    const ok = await service.signIn({
      username: 'Ana',
      password: PASSWORD,
      device: DEVICE,
      address: '1',
    });
    expect(ok.ok).toBe(true);
    const wrong = await service.signIn({
      username: 'ana',
      password: 'not it at all',
      device: DEVICE,
      address: '1',
    });
    const unknown = await service.signIn({
      username: 'bob',
      password: PASSWORD,
      device: DEVICE,
      address: '1',
    });
    expect(wrong).toEqual(unknown);
    expect(wrong.ok).toBe(false);
  });

  it('waits after too many tries for one account, whatever the address, then lets the right one in', async () => {
    await service.signUp({ username: 'ana', password: PASSWORD, device: DEVICE });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      const r = await service.signIn({
        username: 'ana',
        password: `guess ${i} here`,
        device: DEVICE,
        address: String(i),
      });
      expect(r.ok).toBe(false);
    }
    const limited = await service.signIn({
      username: 'ana',
      password: PASSWORD,
      device: DEVICE,
      address: 'new',
    });
    expect(limited).toMatchObject({ ok: false, retryAfterSeconds: SIGN_IN_LIMITS.windowMs / 1000 });
    if (!limited.ok) expect(limited.error.code).toBe('rate_limited');
    now += SIGN_IN_LIMITS.windowMs + 1;
    expect(
      (
        await service.signIn({
          username: 'ana',
          password: PASSWORD,
          device: DEVICE,
          address: 'new',
        })
      ).ok,
    ).toBe(true);
  });

  it('ends a session on sign-out, and one left unused for longer than its idle limit', async () => {
    const made = await service.signUp({ username: 'ana', password: PASSWORD, device: DEVICE });
    await service.signOut(made.token);
    expect(await service.sessionFor(made.token)).toBeUndefined();
    const again = await service.signIn({
      username: 'ana',
      password: PASSWORD,
      device: DEVICE,
      address: '1',
    });
    if (!again.ok) throw new Error('sign-in failed');
    now += SESSION_LIMITS.idleMs + 1;
    expect(await service.sessionFor(again.session.token)).toBeUndefined();
    expect(await service.sessionFor('a token nobody was given')).toBeUndefined();
  });
});
