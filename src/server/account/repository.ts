/**
 * Stores and reads accounts, password credentials, sessions and attempt counters: the only module
 * that queries those tables. Rows stay here. Every read and change of a session is scoped to its
 * account, so one account can never list or end another's sessions. Times are passed in.
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type { AccountEventKind } from '../../core/auth/events.js';
import type { ClinicianView } from '../../core/consent/api.schema.js';
import { isProfession } from '../../core/programme/programme.js';
import type { Database } from '../storage/schema.js';
import type { SessionsTable } from './tables.js';

export interface NewAccount {
  id: string;
  /** usernameKey of the name. */
  username: string;
  /** Absent for an account made with a passkey. */
  passwordHash?: string;
  now: string;
}

export interface SessionRow {
  id: string;
  accountId: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
  /** When the person last gave their password again in this session. */
  confirmedAt: string | undefined;
}

/** What the person's account log shows (core/auth/events.ts names the kinds). */
export interface AccountEvent {
  id: string;
  at: string;
  kind: AccountEventKind;
  device: string;
}

export interface SessionLimits {
  /** A session unused this long is over. */
  idleMs: number;
  /** A session this old is over, however much it is used. */
  absoluteMs: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

function sessionOf(row: Omit<Selectable<SessionsTable>, 'token_hash'>): SessionRow {
  return {
    id: row.id,
    accountId: row.account_id,
    device: row.device,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    confirmedAt: row.confirmed_at ?? undefined,
  };
}

export function createAccountRepository(db: Kysely<Database>) {
  return {
    /**
     * Makes the account, with its password credential when it has a password (an account made
     * with a passkey has none); `created: false` when the name is taken, and then nothing is stored.
     */
    async createAccount(account: NewAccount): Promise<{ created: boolean }> {
      return db.transaction().execute(async (tx) => {
        const inserted = await tx
          .insertInto('accounts')
          .values({ id: account.id, username: account.username, created_at: account.now })
          .onConflict((oc) => oc.column('username').doNothing())
          .executeTakeFirst();
        if (inserted.numInsertedOrUpdatedRows !== 1n) return { created: false };
        if (account.passwordHash !== undefined) {
          await tx
            .insertInto('password_credentials')
            .values({
              account_id: account.id,
              username: account.username,
              hash: account.passwordHash,
              changed_at: account.now,
            })
            .execute();
        }
        return { created: true };
      });
    },

    /** Whether a name is taken. */
    async usernameTaken(username: string): Promise<boolean> {
      const row = await db
        .selectFrom('accounts')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** The account's name and what it signs in with. */
    async accountOf(accountId: string): Promise<
      | {
          username: string;
          hasPassword: boolean;
          passkeys: number;
          role: 'person' | 'clinician';
          clinician: ClinicianView | null;
        }
      | undefined
    > {
      const row = await db
        .selectFrom('accounts')
        .select((eb) => [
          'accounts.username',
          'accounts.role',
          'accounts.display_name',
          'accounts.profession',
          eb
            .selectFrom('password_credentials')
            .select((e) => e.fn.countAll<number | string>().as('n'))
            .whereRef('password_credentials.account_id', '=', 'accounts.id')
            .as('passwords'),
          eb
            .selectFrom('passkeys')
            .select((e) => e.fn.countAll<number | string>().as('n'))
            .whereRef('passkeys.account_id', '=', 'accounts.id')
            .as('passkeys'),
        ])
        .where('accounts.id', '=', accountId)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      return {
        username: row.username ?? '',
        hasPassword: Number(row.passwords) > 0,
        passkeys: Number(row.passkeys),
        role: row.role,
        clinician:
          row.role === 'clinician'
            ? {
                id: accountId,
                name: row.display_name ?? '',
                profession: isProfession(row.profession) ? row.profession : 'physiotherapist',
              }
            : null,
      };
    },

    async passwordCredential(
      username: string,
    ): Promise<{ accountId: string; hash: string } | undefined> {
      const row = await db
        .selectFrom('password_credentials')
        .select(['account_id', 'hash'])
        .where('username', '=', username)
        .executeTakeFirst();
      return row === undefined ? undefined : { accountId: row.account_id, hash: row.hash };
    },

    async accountExists(accountId: string): Promise<boolean> {
      const row = await db
        .selectFrom('accounts')
        .select('id')
        .where('id', '=', accountId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async createSession(session: {
      id: string;
      tokenHash: string;
      accountId: string;
      device: string;
      now: string;
    }): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          token_hash: session.tokenHash,
          account_id: session.accountId,
          device: session.device,
          created_at: session.now,
          last_seen_at: session.now,
        })
        .execute();
    },

    /**
     * The live session a token's hash names, marked as seen now; undefined when there is none, its
     * account is disabled, or it has run out (idle or too old), and then it is removed.
     */
    async useSession(
      tokenHash: string,
      nowMs: number,
      limits: SessionLimits,
    ): Promise<SessionRow | undefined> {
      // A disabled account (a clinician the operator disabled) has no live session, whatever
      // signed it in.
      const row = await db
        .selectFrom('sessions')
        .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
        .selectAll('sessions')
        .where('sessions.token_hash', '=', tokenHash)
        .where('accounts.disabled_at', 'is', null)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      const idle = nowMs - Date.parse(row.last_seen_at) > limits.idleMs;
      const old = nowMs - Date.parse(row.created_at) > limits.absoluteMs;
      if (idle || old) {
        await db.deleteFrom('sessions').where('id', '=', row.id).execute();
        return undefined;
      }
      const now = iso(nowMs);
      await db
        .updateTable('sessions')
        .set({ last_seen_at: now })
        .where('id', '=', row.id)
        .execute();
      return { ...sessionOf(row), lastSeenAt: now };
    },

    /** The account's sessions, newest first. */
    async sessionsOf(accountId: string): Promise<SessionRow[]> {
      const rows = await db
        .selectFrom('sessions')
        .select(['id', 'account_id', 'device', 'created_at', 'last_seen_at', 'confirmed_at'])
        .where('account_id', '=', accountId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(sessionOf);
    },

    /** Ends one of the account's sessions; another account's session id ends nothing. */
    async endSession(accountId: string, sessionId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('sessions')
        .where('id', '=', sessionId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return result.numDeletedRows === 1n;
    },

    /** Ends every session of the account but `keep` (this device), when given. */
    async endSessions(accountId: string, keep?: string): Promise<number> {
      let query = db.deleteFrom('sessions').where('account_id', '=', accountId);
      if (keep !== undefined) query = query.where('id', '!=', keep);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** Deletes the account and, through the foreign keys, everything that hangs from it. */
    async deleteAccount(accountId: string): Promise<boolean> {
      const result = await db.deleteFrom('accounts').where('id', '=', accountId).executeTakeFirst();
      return result.numDeletedRows === 1n;
    },

    /** Marks the session as having just confirmed who holds it (the password given again). */
    async confirmSession(accountId: string, sessionId: string, now: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ confirmed_at: now })
        .where('id', '=', sessionId)
        .where('account_id', '=', accountId)
        .execute();
    },

    /** The account's password credential, by account. */
    async credentialOf(accountId: string): Promise<{ username: string; hash: string } | undefined> {
      return db
        .selectFrom('password_credentials')
        .select(['username', 'hash'])
        .where('account_id', '=', accountId)
        .executeTakeFirst();
    },

    /** Sets the account's password, making its password credential if it had none (a passkey account). */
    async setPassword(
      accountId: string,
      username: string,
      hash: string,
      now: string,
    ): Promise<void> {
      await db
        .insertInto('password_credentials')
        .values({ account_id: accountId, username, hash, changed_at: now })
        .onConflict((oc) => oc.column('account_id').doUpdateSet({ hash, changed_at: now }))
        .execute();
    },

    /**
     * Gives a sign-in name to an account that has none yet (a clinician setting up); false when
     * the name is taken or the account already has one.
     */
    async claimUsername(accountId: string, username: string): Promise<boolean> {
      try {
        const result = await db
          .updateTable('accounts')
          .set({ username })
          .where('id', '=', accountId)
          .where('username', 'is', null)
          .executeTakeFirst();
        return result.numUpdatedRows === 1n;
      } catch {
        // Taken between the check and the update: the unique index refused it.
        return false;
      }
    },

    async accountIdByUsername(username: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('accounts')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirst();
      return row?.id;
    },

    /** Replaces the account's recovery codes with these hashes, all at once. */
    async replaceRecoveryCodes(accountId: string, hashes: readonly string[]): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await tx.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
        await tx
          .insertInto('recovery_codes')
          .values(hashes.map((code_hash) => ({ account_id: accountId, code_hash })))
          .execute();
      });
    },

    /** Uses up one recovery code: true only the first time, so a code works once. */
    async useRecoveryCode(accountId: string, hash: string): Promise<boolean> {
      const result = await db
        .deleteFrom('recovery_codes')
        .where('account_id', '=', accountId)
        .where('code_hash', '=', hash)
        .executeTakeFirst();
      return result.numDeletedRows === 1n;
    },

    async recoveryCodesLeft(accountId: string): Promise<number> {
      const row = await db
        .selectFrom('recovery_codes')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('account_id', '=', accountId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async addEvent(accountId: string, event: AccountEvent): Promise<void> {
      await db
        .insertInto('account_events')
        .values({ account_id: accountId, ...event })
        .execute();
    },

    /** The account's log, newest first. */
    async eventsOf(accountId: string, limit: number): Promise<AccountEvent[]> {
      return db
        .selectFrom('account_events')
        .select(['id', 'at', 'kind', 'device'])
        .where('account_id', '=', accountId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },

    /**
     * Counts one attempt under `key` in the current window and answers the count so far. One
     * statement, so two server processes counting at once never lose a try.
     */
    async countAttempt(key: string, nowMs: number, windowMs: number): Promise<number> {
      const now = iso(nowMs);
      const cutoff = iso(nowMs - windowMs);
      const row = await db
        .insertInto('auth_attempts')
        .values({ key, window_start: now, count: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql<number>`case when auth_attempts.window_start <= ${cutoff} then 1 else auth_attempts.count + 1 end`,
            window_start: sql<string>`case when auth_attempts.window_start <= ${cutoff} then ${now} else auth_attempts.window_start end`,
          }),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Forgets the attempts under `key` (after a successful sign-in). */
    async clearAttempts(key: string): Promise<void> {
      await db.deleteFrom('auth_attempts').where('key', '=', key).execute();
    },
  };
}

export type AccountRepository = ReturnType<typeof createAccountRepository>;
