import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { migrateToLatest } from '../storage/migrate.js';
import type { Database } from '../storage/schema.js';
import { type TestDatabase, testDatabases } from '../storage/test-databases.js';
import {
  HOUSEKEEPING_EVERY_MS,
  type HousekeepingLog,
  PURGE_LIMITS,
  type Purged,
  purgeExpired,
  startHousekeeping,
} from './housekeeping.js';
import { type AccountRepository, createAccountRepository } from './repository.js';
import { SESSION_LIMITS, SIGN_IN_LIMITS } from './service.js';

const NOW = Date.parse('2026-12-04T09:00:00.000Z');
const WINDOW = SIGN_IN_LIMITS.windowMs;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A logger that keeps what it was given, to show only counts ever reach it. */
function recordingLog() {
  const lines: { counts?: Purged; message: string }[] = [];
  const log: HousekeepingLog = {
    info: (counts, message) => lines.push({ counts, message }),
    warn: (message) => lines.push({ message }),
  };
  return { log, lines };
}

describe.each(testDatabases())('account housekeeping on $name', (kind) => {
  let database: TestDatabase;
  let db: Kysely<Database>;
  let repo: AccountRepository;

  beforeEach(async () => {
    database = await kind.create();
    const storage = await database.open();
    await migrateToLatest(storage);
    db = storage.db;
    repo = createAccountRepository(db);
    const made = iso(NOW - 60 * 86_400_000);
    await repo.createAccount({ id: 'account-ana', username: 'ana', now: made });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    await database.destroy();
  });

  async function session(name: string, createdAt: number, lastSeenAt: number) {
    await db
      .insertInto('sessions')
      .values({
        id: name,
        token_hash: `hash-${name}`,
        account_id: 'account-ana',
        device: 'Chrome on Android',
        created_at: iso(createdAt),
        last_seen_at: iso(lastSeenAt),
      })
      .execute();
  }

  const sessionIds = async () =>
    (await db.selectFrom('sessions').select('id').orderBy('id').execute()).map((r) => r.id);
  const attemptKeys = async () =>
    (await db.selectFrom('auth_attempts').select('key').orderBy('key').execute()).map((r) => r.key);

  it('purges with the sign-in window and session limits the service enforces', () => {
    expect(PURGE_LIMITS).toEqual({ attemptWindowMs: WINDOW, sessions: SESSION_LIMITS });
  });

  it('deletes attempt counters whose window ended and keeps those still counting, with their counts', async () => {
    await repo.countAttempt('signin:address:192.0.2.1', NOW - WINDOW - 1, WINDOW);
    await repo.countAttempt('signin:address:192.0.2.2', NOW - WINDOW, WINDOW);
    for (let i = 0; i < 3; i++) {
      await repo.countAttempt('signin:account:ana', NOW - WINDOW + 1, WINDOW);
    }
    await repo.countAttempt('signup:address:192.0.2.3', NOW, WINDOW);

    expect(await purgeExpired(db, NOW)).toEqual({ attempts: 2, sessions: 0 });
    expect(await attemptKeys()).toEqual(['signin:account:ana', 'signup:address:192.0.2.3']);
    expect(await repo.countAttempt('signin:account:ana', NOW, WINDOW)).toBe(4);
    expect(await repo.countAttempt('signup:address:192.0.2.3', NOW, WINDOW)).toBe(2);
  });

  it('deletes sessions left unused too long or opened too long ago, and keeps one still valid', async () => {
    const { idleMs, absoluteMs } = SESSION_LIMITS;
    await session('a-idle', NOW - idleMs - HOUR, NOW - idleMs - 1);
    await session('b-too-old', NOW - absoluteMs - 1, NOW - HOUR);
    await session('c-live', NOW - 3 * 86_400_000, NOW - HOUR);
    await session('d-idle-to-the-limit', NOW - idleMs - HOUR, NOW - idleMs);
    await session('e-old-to-the-limit', NOW - absoluteMs, NOW - 1);

    expect(await purgeExpired(db, NOW)).toEqual({ attempts: 0, sessions: 2 });
    expect(await sessionIds()).toEqual(['c-live', 'd-idle-to-the-limit', 'e-old-to-the-limit']);
    // What is left is what the service would still let in at this moment.
    for (const id of await sessionIds()) {
      expect(await repo.useSession(`hash-${id}`, NOW, SESSION_LIMITS), id).toMatchObject({ id });
    }
  });

  it('keeps everything when nothing has run out', async () => {
    await repo.countAttempt('signin:address:192.0.2.1', NOW - 60_000, WINDOW);
    await session('live', NOW - HOUR, NOW - 60_000);
    expect(await purgeExpired(db, NOW)).toEqual({ attempts: 0, sessions: 0 });
    expect(await sessionIds()).toEqual(['live']);
    expect(await attemptKeys()).toEqual(['signin:address:192.0.2.1']);
  });

  it('purges at start and then every hour on a timer that does not hold the process, logging only counts', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    await session('dead-at-start', NOW - SESSION_LIMITS.absoluteMs - 1, NOW - HOUR);
    let now = NOW;
    const { log, lines } = recordingLog();

    const housekeeping = await startHousekeeping({ db, now: () => now, log });
    expect(lines).toEqual([{ counts: { attempts: 0, sessions: 1 }, message: expect.any(String) }]);
    expect(setIntervalSpy).toHaveBeenCalledWith(expect.any(Function), HOUSEKEEPING_EVERY_MS);
    const timer: unknown = setIntervalSpy.mock.results[0]?.value;
    expect(timer).toHaveProperty('hasRef');
    expect((timer as NodeJS.Timeout).hasRef()).toBe(false);

    await repo.countAttempt('signin:address:192.0.2.9', now, WINDOW);
    now += HOUSEKEEPING_EVERY_MS;
    vi.advanceTimersByTime(HOUSEKEEPING_EVERY_MS);
    await housekeeping.stop();
    expect(lines).toHaveLength(2);
    expect(lines[1]?.counts).toEqual({ attempts: 1, sessions: 0 });
    expect(vi.getTimerCount()).toBe(0);
    for (const line of lines) {
      expect(Object.keys(line.counts ?? {}).sort()).toEqual(['attempts', 'sessions']);
      expect(line.message).not.toMatch(/192\.0\.2|ana|hash/);
    }
  });

  it('reports a purge that fails without its error, and keeps the server going', async () => {
    await db.schema.dropTable('auth_attempts').execute();
    const { log, lines } = recordingLog();
    const housekeeping = await startHousekeeping({ db, now: () => NOW, log });
    await housekeeping.stop();
    expect(lines).toEqual([
      { message: 'could not purge ended sessions and attempt counters; will try again' },
    ]);
  });
});
