/**
 * Signing up, in and out with a password, and finding the session a request carries. A session
 * token is 32 random bytes (256 bits), handed to the device once and kept on the server only as
 * its SHA-256. Sign-in is limited per account and per address, with the counters in the database
 * so every server process shares them; a wrong name and a wrong password are refused alike, after
 * the same argon2 work, so sign-in does not tell whether an account exists. The routes (next) set
 * the cookie and map the outcomes to problem+json.
 */
import { createHash } from 'node:crypto';
import { usernameKey, usernameProblem } from '../../core/auth/username.js';
import { AppError, type FieldError } from '../../core/errors.js';
import { uuidv7 } from '../../core/ids.js';
import { checkPassword, hashPassword, verifyPassword } from './passwords.js';
import type { AccountRepository, SessionLimits, SessionRow } from './repository.js';

/**
 * A session ends after a week unused or a month in all. Unknot keeps working on the device
 * without one; only sync waits for the next sign-in. Deleting the account and sharing data ask
 * for the password (or passkey) again whatever the session's age.
 */
export const SESSION_LIMITS: SessionLimits = {
  idleMs: 7 * 24 * 3_600_000,
  absoluteMs: 30 * 24 * 3_600_000,
};

/** Tries allowed in a window before sign-in waits, per account and per address. */
export const SIGN_IN_LIMITS = { perAccount: 10, perAddress: 50, windowMs: 15 * 60_000 };

export interface AccountServiceDeps {
  repository: AccountRepository;
  now: () => number;
  randomBytes: (n: number) => Uint8Array;
}

export interface NewSession {
  accountId: string;
  sessionId: string;
  /** Given to the device once; never stored. */
  token: string;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const refused = (path: string, message: string): FieldError => ({ path, message });

/** A hash to verify against when the name is unknown, so both refusals take the same time. */
let decoy: Promise<string> | undefined;

export function createAccountService(deps: AccountServiceDeps) {
  const { repository } = deps;

  async function openSession(accountId: string, device: string): Promise<NewSession> {
    const now = deps.now();
    const token = Buffer.from(deps.randomBytes(32)).toString('base64url');
    const sessionId = uuidv7(now, deps.randomBytes);
    await repository.createSession({
      id: sessionId,
      tokenHash: tokenHash(token),
      accountId,
      device,
      now: new Date(now).toISOString(),
    });
    return { accountId, sessionId, token };
  }

  return {
    /** A new account with its first session; a field error for a bad or taken name or password. */
    async signUp(input: { username: string; password: string; device: string }) {
      const errors: FieldError[] = [];
      const nameProblem = usernameProblem(input.username);
      if (nameProblem !== undefined) errors.push(refused('username', nameProblem));
      const passwordProblem = checkPassword(input.password);
      if (passwordProblem !== undefined) errors.push(refused('password', passwordProblem));
      if (errors.length > 0) {
        throw new AppError('validation_failed', 'the account was not made', errors);
      }
      const accountId = uuidv7(deps.now(), deps.randomBytes);
      const made = await repository.createAccount({
        id: accountId,
        username: usernameKey(input.username),
        passwordHash: await hashPassword(input.password),
        now: new Date(deps.now()).toISOString(),
      });
      if (!made.created) {
        throw new AppError('conflict', 'the account was not made', [
          refused('username', 'is taken: choose another name'),
        ]);
      }
      return openSession(accountId, input.device);
    },

    /**
     * A new session for the right name and password. Too many tries for the account or from the
     * address wait `retryAfterSeconds`; a wrong name or password is one refusal.
     */
    async signIn(input: { username: string; password: string; device: string; address: string }) {
      const now = deps.now();
      const { windowMs } = SIGN_IN_LIMITS;
      const name = usernameKey(input.username);
      const accountKey = `signin:account:${name}`;
      const addressKey = `signin:address:${input.address}`;
      const [forAccount, forAddress] = await Promise.all([
        repository.countAttempt(accountKey, now, windowMs),
        repository.countAttempt(addressKey, now, windowMs),
      ]);
      if (forAccount > SIGN_IN_LIMITS.perAccount || forAddress > SIGN_IN_LIMITS.perAddress) {
        const error = new AppError('rate_limited', 'too many sign-in tries; wait and try again');
        return { ok: false as const, error, retryAfterSeconds: Math.ceil(windowMs / 1000) };
      }
      const credential = await repository.passwordCredential(name);
      decoy ??= hashPassword('a password nobody has, to spend the same time');
      const matches =
        credential === undefined
          ? (await verifyPassword(await decoy, input.password)) && false
          : await verifyPassword(credential.hash, input.password);
      if (credential === undefined || !matches) {
        const error = new AppError('unauthorized', 'the name or the password is not right');
        return { ok: false as const, error };
      }
      await repository.clearAttempts(accountKey);
      return { ok: true as const, session: await openSession(credential.accountId, input.device) };
    },

    /** The live session a token names, marked as seen; undefined when there is none. */
    sessionFor(token: string): Promise<SessionRow | undefined> {
      return repository.useSession(tokenHash(token), deps.now(), SESSION_LIMITS);
    },

    /** Ends the session a token names, on the server; a token that names none changes nothing. */
    async signOut(token: string): Promise<void> {
      const session = await repository.useSession(tokenHash(token), deps.now(), SESSION_LIMITS);
      if (session !== undefined) await repository.endSession(session.accountId, session.id);
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
