import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { migrateToLatest } from '../storage/migrate.js';
import { type TestDatabase, testDatabases } from '../storage/test-databases.js';
import { createAccountRepository } from './repository.js';
import {
  type AccountService,
  type Caller,
  CONFIRM_WITHIN_MS,
  createAccountService,
  recoveryCodeHash,
  SESSION_LIMITS,
  SIGN_IN_LIMITS,
  tokenHash,
} from './service.js';

const START = Date.parse('2026-12-04T09:00:00.000Z');
const PASSWORD = 'my back and the long walk home';
const NEW_PASSWORD = 'a new password for a new week';
const DEVICE = 'Chrome on Android';
const ADDRESS = '192.0.2.1';

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

  async function signUp(username = 'ana', address = ADDRESS) {
    const made = await service.signUp({ username, password: PASSWORD, device: DEVICE, address });
    if (!made.ok) throw made.error;
    return made;
  }

  const signIn = (username: string, password: string, address = ADDRESS) =>
    service.signIn({ username, password, device: DEVICE, address });

  /** The caller a request with this session's cookie would be. */
  async function callerOf(token: string): Promise<Caller> {
    const session = await service.sessionFor(token);
    if (session === undefined) throw new Error('no session');
    return {
      accountId: session.accountId,
      sessionId: session.id,
      confirmedAt: session.confirmedAt,
    };
  }

  it('signs up with a session whose token is stored only as its hash, and ten recovery codes stored only as theirs', async () => {
    const made = await signUp('Ana');
    expect(Buffer.from(made.session.token, 'base64url')).toHaveLength(32);
    expect(await service.sessionFor(made.session.token)).toMatchObject({
      accountId: made.session.accountId,
    });
    expect(made.recoveryCodes).toHaveLength(10);
    expect(new Set(made.recoveryCodes).size).toBe(10);
    const storage = await database.open();
    const rows = await storage.db.selectFrom('sessions').selectAll().execute();
    expect(rows.map((r) => r.token_hash)).toEqual([tokenHash(made.session.token)]);
    expect(JSON.stringify(rows)).not.toContain(made.session.token);
    const creds = await storage.db.selectFrom('password_credentials').selectAll().execute();
    expect(JSON.stringify(creds)).not.toContain(PASSWORD);
    const codes = await storage.db.selectFrom('recovery_codes').selectAll().execute();
    expect(codes.map((c) => c.code_hash).sort()).toEqual(
      made.recoveryCodes.map((c) => recoveryCodeHash(made.session.accountId, c)).sort(),
    );
    expect(JSON.stringify(codes)).not.toContain(made.recoveryCodes[0]);
  });

  it('names each bad field at sign-up, and a taken name, storing nothing', async () => {
    const bad = await refusal(
      service.signUp({ username: 'a b', password: 'password', device: DEVICE, address: ADDRESS }),
    );
    expect(bad.code).toBe('validation_failed');
    expect(bad.fields.map((f) => f.path)).toEqual(['username', 'password']);
    await signUp('ana');
    const taken = await refusal(signUp('ANA'));
    expect(taken.code).toBe('conflict');
    expect(taken.fields).toEqual([
      { path: 'username', message: 'That name is taken. Choose another.' },
    ]);
  });

  it('signs in with the right password, and refuses a wrong password and an unknown name alike', async () => {
    await signUp('ana');
    expect((await signIn('Ana', PASSWORD)).ok).toBe(true);
    const wrong = await signIn('ana', 'not it at all');
    const unknown = await signIn('bob', PASSWORD);
    expect(wrong).toEqual(unknown);
    expect(wrong.ok).toBe(false);
  });

  it('waits after too many tries for one account, whatever the address, then lets the right one in', async () => {
    await signUp('ana');
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect((await signIn('ana', `guess ${i} here`, String(i))).ok).toBe(false);
    }
    const limited = await signIn('ana', PASSWORD, 'new');
    expect(limited).toMatchObject({ ok: false, retryAfterSeconds: SIGN_IN_LIMITS.windowMs / 1000 });
    if (!limited.ok) expect(limited.error.code).toBe('rate_limited');
    now += SIGN_IN_LIMITS.windowMs + 1;
    expect((await signIn('ana', PASSWORD, 'new')).ok).toBe(true);
  });

  it('waits after too many tries from one address, whichever accounts they name', async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      expect((await signIn(`name${i}`, PASSWORD, 'one-address')).ok).toBe(false);
    }
    expect(await signIn('someone', PASSWORD, 'one-address')).toMatchObject({
      ok: false,
      error: { code: 'rate_limited' },
    });
    expect(await signIn('someone', PASSWORD, 'another-address')).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('ends a session on sign-out, and one left unused for longer than its idle limit', async () => {
    const made = await signUp('ana');
    await service.signOut(made.session.token);
    expect(await service.sessionFor(made.session.token)).toBeUndefined();
    const again = await signIn('ana', PASSWORD);
    if (!again.ok) throw new Error('sign-in failed');
    now += SESSION_LIMITS.idleMs + 1;
    expect(await service.sessionFor(again.session.token)).toBeUndefined();
    expect(await service.sessionFor('a token nobody was given')).toBeUndefined();
  });

  it('lets a recovery code in once, with a new password, signing every other device out', async () => {
    const made = await signUp('ana');
    const code = made.recoveryCodes[3] ?? '';
    const typed = code.toUpperCase().replace(/-/g, ' ');
    const recovered = await service.recover({
      username: 'ana',
      code: typed,
      password: NEW_PASSWORD,
      device: DEVICE,
      address: ADDRESS,
    });
    expect(recovered).toMatchObject({ ok: true, codesLeft: 9 });
    expect(await service.sessionFor(made.session.token)).toBeUndefined();
    expect((await signIn('ana', PASSWORD)).ok).toBe(false);
    expect((await signIn('ana', NEW_PASSWORD)).ok).toBe(true);
    const again = await service.recover({
      username: 'ana',
      code,
      password: NEW_PASSWORD,
      device: DEVICE,
      address: ADDRESS,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it("refuses one account's recovery code for another account", async () => {
    const ana = await signUp('ana');
    await signUp('bob');
    const crossed = await service.recover({
      username: 'bob',
      code: ana.recoveryCodes[0] ?? '',
      password: NEW_PASSWORD,
      device: DEVICE,
      address: ADDRESS,
    });
    expect(crossed.ok).toBe(false);
    expect((await signIn('bob', PASSWORD)).ok).toBe(true);
  });

  it('keeps the code unused when the new password is refused', async () => {
    const made = await signUp('ana');
    const weak = await refusal(
      service.recover({
        username: 'ana',
        code: made.recoveryCodes[0] ?? '',
        password: 'short',
        device: DEVICE,
        address: ADDRESS,
      }),
    );
    expect(weak.fields.map((f) => f.path)).toEqual(['password']);
    expect((await service.account(await callerOf(made.session.token))).recoveryCodesLeft).toBe(10);
  });

  it('deletes the account and everything it keeps only after the password is given again, recently', async () => {
    const made = await signUp('ana');
    const caller = await callerOf(made.session.token);
    expect((await refusal(service.deleteAccount(caller))).code).toBe('forbidden');
    expect(await service.confirm(caller, 'not my password', ADDRESS)).toMatchObject({ ok: false });
    expect(await service.confirm(caller, PASSWORD, ADDRESS)).toEqual({ ok: true });
    now += CONFIRM_WITHIN_MS + 1;
    expect((await refusal(service.deleteAccount(await callerOf(made.session.token)))).code).toBe(
      'forbidden',
    );
    await service.confirm(caller, PASSWORD, ADDRESS);
    await service.deleteAccount(await callerOf(made.session.token));
    const storage = await database.open();
    for (const table of [
      'accounts',
      'password_credentials',
      'sessions',
      'recovery_codes',
      'account_events',
    ] as const) {
      expect(await storage.db.selectFrom(table).selectAll().execute()).toEqual([]);
    }
    expect((await signIn('ana', PASSWORD)).ok).toBe(false);
  });

  it("keeps a log of sign-ins and downloads the person can read, and no one else's", async () => {
    const made = await signUp('ana');
    await signIn('ana', PASSWORD);
    await signIn('ana', 'wrong password');
    const caller = await callerOf(made.session.token);
    await service.exported(caller, DEVICE);
    const bob = await signUp('bob');
    expect((await service.events(caller)).map((e) => e.kind).sort()).toEqual([
      'exported',
      'signed-in',
      'signed-up',
    ]);
    expect((await service.events(await callerOf(bob.session.token))).map((e) => e.kind)).toEqual([
      'signed-up',
    ]);
  });

  it("lists the account's devices, marks this one, and ends one or all; never another account's", async () => {
    const phone = await signUp('ana');
    now += 60_000;
    const laptop = await signIn('ana', PASSWORD);
    const bob = await signUp('bob');
    if (!laptop.ok) throw new Error('sign-in failed');
    const caller = await callerOf(phone.session.token);
    const listed = await service.sessions(caller);
    expect(listed.map((s) => [s.id, s.current])).toEqual([
      [laptop.session.sessionId, false],
      [phone.session.sessionId, true],
    ]);
    expect(await service.endSession(caller, bob.session.sessionId)).toBe(false);
    expect(await service.sessionFor(bob.session.token)).toBeDefined();
    expect(await service.endSession(caller, laptop.session.sessionId)).toBe(true);
    expect(await service.sessionFor(laptop.session.token)).toBeUndefined();
    expect(await service.endAllSessions(caller, DEVICE)).toBe(1);
    expect(await service.sessionFor(phone.session.token)).toBeUndefined();
    expect(await service.sessionFor(bob.session.token)).toBeDefined();
  });
});
