import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../core/ids.js';
import { migrateToLatest } from '../storage/migrate.js';
import { type TestDatabase, testDatabases } from '../storage/test-databases.js';
import { type AccountRepository, createAccountRepository } from './repository.js';

const T = Date.parse('2026-12-04T09:00:00.000Z');
const MINUTE = 60_000;
const LIMITS = { idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE };
let n = 0;
const id = () => uuidv7(T + ++n, (k) => new Uint8Array(k).fill(n % 256));
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(testDatabases())('account repository on $name', (kind) => {
  let database: TestDatabase;
  let repo: AccountRepository;

  beforeEach(async () => {
    database = await kind.create();
    const storage = await database.open();
    await migrateToLatest(storage);
    repo = createAccountRepository(storage.db);
  });
  afterEach(async () => {
    await database.destroy();
  });

  async function account(username: string): Promise<string> {
    const accountId = id();
    const made = await repo.createAccount({
      id: accountId,
      username,
      passwordHash: '$argon2id$x',
      now: iso(T),
    });
    expect(made.created).toBe(true);
    return accountId;
  }

  async function session(accountId: string, at = T): Promise<{ id: string; tokenHash: string }> {
    const s = { id: id(), tokenHash: `hash-${n}` };
    await repo.createSession({ ...s, accountId, device: 'Chrome on Android', now: iso(at) });
    return s;
  }

  it('makes an account once per name, and keeps nothing of a second try', async () => {
    const first = await account('ana');
    const second = id();
    expect(
      await repo.createAccount({ id: second, username: 'ana', passwordHash: 'h', now: iso(T) }),
    ).toEqual({
      created: false,
    });
    expect(await repo.accountExists(second)).toBe(false);
    expect(await repo.passwordCredential('ana')).toEqual({ accountId: first, hash: '$argon2id$x' });
    expect(await repo.passwordCredential('bob')).toBeUndefined();
  });

  it('finds a session by its token hash and marks it seen; an unknown hash finds nothing', async () => {
    const ana = await account('ana');
    const s = await session(ana);
    const used = await repo.useSession(s.tokenHash, T + 5 * MINUTE, LIMITS);
    expect(used).toMatchObject({ id: s.id, accountId: ana, lastSeenAt: iso(T + 5 * MINUTE) });
    expect(await repo.useSession('hash-of-nothing', T, LIMITS)).toBeUndefined();
  });

  it('ends a session left idle too long, and one too old however much it is used', async () => {
    const ana = await account('ana');
    const idle = await session(ana);
    expect(await repo.useSession(idle.tokenHash, T + 31 * MINUTE, LIMITS)).toBeUndefined();
    expect(await repo.sessionsOf(ana)).toEqual([]);

    const busy = await session(ana);
    for (let m = 20; m < 12 * 60; m += 20) {
      expect(await repo.useSession(busy.tokenHash, T + m * MINUTE, LIMITS)).toBeDefined();
    }
    expect(
      await repo.useSession(busy.tokenHash, T + (12 * 60 + 1) * MINUTE, LIMITS),
    ).toBeUndefined();
  });

  it('lists and ends only the account’s own sessions: another account gets nothing', async () => {
    const ana = await account('ana');
    const bob = await account('bob');
    const a1 = await session(ana);
    const a2 = await session(ana, T + MINUTE);
    const b1 = await session(bob);
    expect((await repo.sessionsOf(ana)).map((s) => s.id)).toEqual([a2.id, a1.id]);
    expect((await repo.sessionsOf(bob)).map((s) => s.id)).toEqual([b1.id]);
    // Bob cannot end Ana's session, even knowing its id.
    expect(await repo.endSession(bob, a1.id)).toBe(false);
    expect((await repo.sessionsOf(ana)).length).toBe(2);
    expect(await repo.endSession(ana, a1.id)).toBe(true);
    // Sign out everywhere else: this device's session stays.
    await session(ana);
    expect(await repo.endSessions(ana, a2.id)).toBe(1);
    expect((await repo.sessionsOf(ana)).map((s) => s.id)).toEqual([a2.id]);
    expect((await repo.sessionsOf(bob)).map((s) => s.id)).toEqual([b1.id]);
  });

  it('deletes an account with its credential and sessions, and nothing of another', async () => {
    const ana = await account('ana');
    const bob = await account('bob');
    const s = await session(ana);
    await session(bob);
    expect(await repo.deleteAccount(ana)).toBe(true);
    expect(await repo.accountExists(ana)).toBe(false);
    expect(await repo.passwordCredential('ana')).toBeUndefined();
    expect(await repo.useSession(s.tokenHash, T, LIMITS)).toBeUndefined();
    expect(await repo.sessionsOf(ana)).toEqual([]);
    expect((await repo.sessionsOf(bob)).length).toBe(1);
    // The name is free again.
    expect(
      (await repo.createAccount({ id: id(), username: 'ana', passwordHash: 'h', now: iso(T) }))
        .created,
    ).toBe(true);
  });

  it('counts attempts in a window, shared by every connection, and starts afresh after it', async () => {
    const key = 'signin:account:x';
    const counts = await Promise.all(
      Array.from({ length: 10 }, () => repo.countAttempt(key, T, 15 * MINUTE)),
    );
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const other = createAccountRepository((await database.open()).db);
    expect(await other.countAttempt(key, T + MINUTE, 15 * MINUTE)).toBe(11);
    expect(await repo.countAttempt(key, T + 16 * MINUTE, 15 * MINUTE)).toBe(1);
    expect(await repo.countAttempt('signin:address:1.2.3.4', T, 15 * MINUTE)).toBe(1);
    await repo.clearAttempts(key);
    expect(await repo.countAttempt(key, T + 17 * MINUTE, 15 * MINUTE)).toBe(1);
  });
});
