/**
 * Housekeeping for the account tables: attempt counters whose window has ended and sessions past
 * their limits are deleted, so neither addresses and typed names nor ended sessions are kept longer
 * than they do any good (OWASP ASVS 5.0 V14.1.2, V14.2.4). Nothing is lost by it: a counter whose
 * window ended counts from one again at the next try, and a session past its limits is refused
 * (and deleted) when presented. The server runs it at start and then every hour; only the counts
 * it deleted are ever logged.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { SessionLimits } from './repository.js';
import { SESSION_LIMITS, SIGN_IN_LIMITS } from './service.js';

/** How often the server purges while it runs. */
export const HOUSEKEEPING_EVERY_MS = 3_600_000;

export interface Purged {
  /** Attempt counters whose window had ended. */
  attempts: number;
  /** Sessions left unused too long or opened too long ago. */
  sessions: number;
}

export interface PurgeLimits {
  /** The longest window any attempt counter is kept for. */
  attemptWindowMs: number;
  /** The longest limits any session has. */
  sessions: SessionLimits;
}

export const PURGE_LIMITS: PurgeLimits = {
  attemptWindowMs: SIGN_IN_LIMITS.windowMs,
  sessions: SESSION_LIMITS,
};

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Deletes what has run out by `nowMs`, with the very comparisons the repository applies when it
 * counts a try (countAttempt) or meets a session (useSession), so nothing still in force goes.
 */
export async function purgeExpired(
  db: Kysely<Database>,
  nowMs: number,
  limits: PurgeLimits = PURGE_LIMITS,
): Promise<Purged> {
  const attempts = await db
    .deleteFrom('auth_attempts')
    .where('window_start', '<=', iso(nowMs - limits.attemptWindowMs))
    .executeTakeFirst();
  const sessions = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('last_seen_at', '<', iso(nowMs - limits.sessions.idleMs)),
        eb('created_at', '<', iso(nowMs - limits.sessions.absoluteMs)),
      ]),
    )
    .executeTakeFirst();
  return { attempts: Number(attempts.numDeletedRows), sessions: Number(sessions.numDeletedRows) };
}

/** Where housekeeping reports: the server's logger, of which it uses these two calls. */
export interface HousekeepingLog {
  info(counts: Purged, message: string): void;
  warn(message: string): void;
}

export interface Housekeeping {
  /** Stops the timer and waits for a purge under way, so the database can be closed after. */
  stop(): Promise<void>;
}

/**
 * Purges once now (resolving when that is done) and then every `everyMs`, on a timer that does
 * not keep the process alive. A purge that fails is reported without its error, which could
 * carry a row's values, and tried again at the next turn.
 */
export async function startHousekeeping(deps: {
  db: Kysely<Database>;
  now: () => number;
  log: HousekeepingLog;
  everyMs?: number;
  limits?: PurgeLimits;
}): Promise<Housekeeping> {
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= purgeExpired(deps.db, deps.now(), deps.limits)
      .then(
        (purged) => deps.log.info(purged, 'purged ended sessions and attempt counters'),
        () => deps.log.warn('could not purge ended sessions and attempt counters; will try again'),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  await run();
  const timer = setInterval(() => void run(), deps.everyMs ?? HOUSEKEEPING_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
