/**
 * The account's use cases: signing up, in and out with a password, recovery codes, confirming the
 * password again, the devices signed in, the account log, and deleting the account; and finding
 * the session a request carries. A session token is 32 random bytes (256 bits), handed to the
 * device once and kept on the server only as its SHA-256. Tries are limited per account and per
 * address, with the counters in the database so every server process shares them; a wrong name
 * and a wrong password are refused alike, after the same argon2 work, so sign-in does not tell
 * whether an account exists. Passkeys (passkeys.ts) open sessions through this service; the routes
 * set the cookie and map the outcomes to problem+json.
 */
import { createHash } from 'node:crypto';
import type { AccountEventKind } from '../../core/auth/events.js';
import {
  normalRecoveryCode,
  RECOVERY_CODE_BYTES,
  RECOVERY_CODE_COUNT,
  recoveryCode,
} from '../../core/auth/recovery.js';
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

/**
 * Tries allowed in a window before sign-in (and recovery, and confirming) waits, per account and
 * per address, and accounts made from one address.
 */
export const SIGN_IN_LIMITS = {
  perAccount: 10,
  perAddress: 50,
  signUpsPerAddress: 10,
  windowMs: 15 * 60_000,
};
export type SignInLimits = typeof SIGN_IN_LIMITS;

/** Deleting the account or making new recovery codes needs the password given this recently. */
export const CONFIRM_WITHIN_MS = 5 * 60_000;

/** Who is asking, as the auth scope found them (server/http/auth.ts). */
export interface Caller {
  accountId: string;
  sessionId: string;
  confirmedAt: string | undefined;
}

/** A refusal that may say how long to wait (sign-in, recovery and confirming are limited). */
export type Refused = { ok: false; error: AppError; retryAfterSeconds?: number };

export interface AccountServiceDeps {
  repository: AccountRepository;
  now: () => number;
  randomBytes: (n: number) => Uint8Array;
  /** SIGN_IN_LIMITS unless a test asks for others. */
  limits?: SignInLimits;
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

/** A recovery code as stored: salted by its account, so one hash never matches two accounts. */
export function recoveryCodeHash(accountId: string, code: string): string {
  return createHash('sha256').update(`${accountId}:${code}`).digest('hex');
}

const refused = (path: string, message: string): FieldError => ({ path, message });

/**
 * Refuses unless the session gave the password (or a passkey) again in the last five minutes:
 * deleting the account, new recovery codes and sharing records with a clinician all ask for it.
 */
export function requireConfirmedAt(caller: Pick<Caller, 'confirmedAt'>, nowMs: number): void {
  const at = caller.confirmedAt === undefined ? Number.NaN : Date.parse(caller.confirmedAt);
  if (!(nowMs - at <= CONFIRM_WITHIN_MS)) {
    throw new AppError('forbidden', 'give your password again first', [
      { path: 'password', message: 'must be confirmed in the last 5 minutes' },
    ]);
  }
}

/** A hash to verify against when the name is unknown, so both refusals take the same time. */
let decoy: Promise<string> | undefined;

export function createAccountService(deps: AccountServiceDeps) {
  const { repository } = deps;
  const limits = deps.limits ?? SIGN_IN_LIMITS;

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

  const nowText = () => new Date(deps.now()).toISOString();

  async function log(accountId: string, kind: AccountEventKind, device: string): Promise<void> {
    const now = deps.now();
    await repository.addEvent(accountId, {
      id: uuidv7(now, deps.randomBytes),
      at: new Date(now).toISOString(),
      kind,
      device,
    });
  }

  /** Ten new codes for the account, replacing any it had; the codes themselves are never kept. */
  async function renewCodes(accountId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
      recoveryCode(deps.randomBytes(RECOVERY_CODE_BYTES)),
    );
    await repository.replaceRecoveryCodes(
      accountId,
      codes.map((c) => recoveryCodeHash(accountId, c)),
    );
    return codes;
  }

  /** Counts a try under each key; a refusal once any is over its limit. */
  async function limited(
    keys: readonly (readonly [string, number])[],
  ): Promise<Refused | undefined> {
    const now = deps.now();
    const counts = await Promise.all(
      keys.map(([key]) => repository.countAttempt(key, now, limits.windowMs)),
    );
    if (counts.some((count, i) => count > (keys[i]?.[1] ?? 0))) {
      const error = new AppError('rate_limited', 'too many tries; wait and try again');
      return { ok: false, error, retryAfterSeconds: Math.ceil(limits.windowMs / 1000) };
    }
    return undefined;
  }

  /** Counts an account made from an address (with a password or a passkey). */
  const signUpTry = (address: string) =>
    limited([[`signup:address:${address}`, limits.signUpsPerAddress]]);

  /** The limits of a try at an account's password or codes from an address. */
  const tries = (accountKey: string, address: string) =>
    limited([
      [accountKey, limits.perAccount],
      [`signin:address:${address}`, limits.perAddress],
    ]);

  /** Checks `password` against the account's, spending the same argon2 work when there is none. */
  async function passwordMatches(hash: string | undefined, password: string): Promise<boolean> {
    decoy ??= hashPassword('a password nobody has, to spend the same time');
    if (hash === undefined) return (await verifyPassword(await decoy, password)) && false;
    return verifyPassword(hash, password);
  }

  const requireConfirmed = (caller: Caller) => requireConfirmedAt(caller, deps.now());

  return {
    /** A new account with its first session; a field error for a bad or taken name or password. */
    async signUp(input: {
      username: string;
      password: string;
      device: string;
      address: string;
    }): Promise<{ ok: true; session: NewSession; recoveryCodes: string[] } | Refused> {
      const tooMany = await signUpTry(input.address);
      if (tooMany !== undefined) return tooMany;
      const errors: FieldError[] = [];
      const nameProblem = usernameProblem(input.username);
      if (nameProblem !== undefined) errors.push(refused('username', nameProblem));
      const passwordProblem = checkPassword(input.password, input.username);
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
          refused('username', 'That name is taken. Choose another.'),
        ]);
      }
      const recoveryCodes = await renewCodes(accountId);
      await log(accountId, 'signed-up', input.device);
      return { ok: true, session: await openSession(accountId, input.device), recoveryCodes };
    },

    /**
     * A new session for the right name and password. Too many tries for the account or from the
     * address wait `retryAfterSeconds`; a wrong name or password is one refusal.
     */
    async signIn(input: {
      username: string;
      password: string;
      device: string;
      address: string;
    }): Promise<{ ok: true; session: NewSession } | Refused> {
      const accountKey = `signin:account:${usernameKey(input.username)}`;
      const tooMany = await tries(accountKey, input.address);
      if (tooMany !== undefined) return tooMany;
      const credential = await repository.passwordCredential(usernameKey(input.username));
      if (!(await passwordMatches(credential?.hash, input.password)) || credential === undefined) {
        const error = new AppError('unauthorized', 'the name or the password is not right');
        return { ok: false, error };
      }
      await repository.clearAttempts(accountKey);
      await log(credential.accountId, 'signed-in', input.device);
      return { ok: true, session: await openSession(credential.accountId, input.device) };
    },

    /**
     * A way back in with one recovery code: a new password, every other session ended (whoever
     * had the old password is out), one new session. The code works once.
     */
    async recover(input: {
      username: string;
      code: string;
      password: string;
      device: string;
      address: string;
    }): Promise<{ ok: true; session: NewSession; codesLeft: number } | Refused> {
      const passwordProblem = checkPassword(input.password, input.username);
      if (passwordProblem !== undefined) {
        throw new AppError('validation_failed', 'the password was not changed', [
          refused('password', passwordProblem),
        ]);
      }
      const accountKey = `signin:account:${usernameKey(input.username)}`;
      const tooMany = await tries(accountKey, input.address);
      if (tooMany !== undefined) return tooMany;
      const username = usernameKey(input.username);
      const accountId = await repository.accountIdByUsername(username);
      const code = normalRecoveryCode(input.code);
      const used =
        accountId !== undefined &&
        code !== undefined &&
        (await repository.useRecoveryCode(accountId, recoveryCodeHash(accountId, code)));
      if (!used || accountId === undefined) {
        const error = new AppError('unauthorized', 'the name or the recovery code is not right');
        return { ok: false, error };
      }
      await repository.setPassword(
        accountId,
        username,
        await hashPassword(input.password),
        nowText(),
      );
      await repository.endSessions(accountId);
      await repository.clearAttempts(accountKey);
      await log(accountId, 'recovered', input.device);
      return {
        ok: true,
        session: await openSession(accountId, input.device),
        codesLeft: await repository.recoveryCodesLeft(accountId),
      };
    },

    /** The password given again: for a few minutes this session may delete or renew codes. */
    async confirm(
      caller: Caller,
      password: string,
      address: string,
    ): Promise<{ ok: true } | Refused> {
      const tooMany = await tries(`confirm:account:${caller.accountId}`, address);
      if (tooMany !== undefined) return tooMany;
      const credential = await repository.credentialOf(caller.accountId);
      if (!(await passwordMatches(credential?.hash, password))) {
        return { ok: false, error: new AppError('unauthorized', 'the password is not right') };
      }
      await repository.clearAttempts(`confirm:account:${caller.accountId}`);
      await repository.confirmSession(caller.accountId, caller.sessionId, nowText());
      return { ok: true };
    },

    /** New recovery codes (the old ones stop working), after the password is confirmed. */
    async renewRecoveryCodes(caller: Caller, device: string): Promise<string[]> {
      requireConfirmed(caller);
      const codes = await renewCodes(caller.accountId);
      await log(caller.accountId, 'codes-renewed', device);
      return codes;
    },

    /** The account as its owner sees it. */
    async account(caller: Pick<Caller, 'accountId'>) {
      const account = await repository.accountOf(caller.accountId);
      if (account === undefined) throw new AppError('unauthorized', 'sign in first');
      return {
        id: caller.accountId,
        ...account,
        recoveryCodesLeft: await repository.recoveryCodesLeft(caller.accountId),
      };
    },

    /**
     * A new account with no password (a passkey is added next, in the same request), its recovery
     * codes and first session; undefined when the name was taken meanwhile.
     */
    async signUpWithoutPassword(username: string, device: string) {
      const accountId = uuidv7(deps.now(), deps.randomBytes);
      const made = await repository.createAccount({ id: accountId, username, now: nowText() });
      if (!made.created) return undefined;
      const recoveryCodes = await renewCodes(accountId);
      await log(accountId, 'signed-up', device);
      return { accountId, recoveryCodes, open: () => openSession(accountId, device) };
    },

    /** A new session for an account that proved itself another way (a passkey). */
    async signedInOtherwise(accountId: string, device: string): Promise<NewSession> {
      await log(accountId, 'signed-in', device);
      return openSession(accountId, device);
    },

    /** Marks the session confirmed, after the person proved themselves another way (a passkey). */
    confirmedOtherwise(caller: Caller): Promise<void> {
      return repository.confirmSession(caller.accountId, caller.sessionId, nowText());
    },

    signUpTry,

    /** Counts a sign-in try from an address that names no account (a passkey), as sign-in does. */
    tryFrom(address: string) {
      return limited([[`signin:address:${address}`, limits.perAddress]]);
    },

    /** The account's signed-in devices, this one marked. */
    async sessions(caller: Caller) {
      const rows = await repository.sessionsOf(caller.accountId);
      return rows.map((r) => ({
        id: r.id,
        device: r.device,
        createdAt: r.createdAt,
        lastSeenAt: r.lastSeenAt,
        current: r.id === caller.sessionId,
      }));
    },

    /** Signs one device out; false when the account has no such session. */
    endSession(caller: Caller, sessionId: string): Promise<boolean> {
      return repository.endSession(caller.accountId, sessionId);
    },

    /** Signs every device out, this one too. */
    async endAllSessions(caller: Caller, device: string): Promise<number> {
      const ended = await repository.endSessions(caller.accountId);
      await log(caller.accountId, 'signed-out-everywhere', device);
      return ended;
    },

    events(caller: Caller, limit = 100) {
      return repository.eventsOf(caller.accountId, limit);
    },

    /** Notes in the account's log that everything was downloaded. */
    exported(caller: Caller, device: string): Promise<void> {
      return log(caller.accountId, 'exported', device);
    },

    /** Deletes the account and everything it keeps, at once, after the password is confirmed. */
    async deleteAccount(caller: Caller): Promise<void> {
      requireConfirmed(caller);
      await repository.deleteAccount(caller.accountId);
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
