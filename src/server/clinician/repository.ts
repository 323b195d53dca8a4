/**
 * Stores and reads clinician accounts as the operator and the clinician area need them: making one
 * with its one-time set-up link (the link's token kept only as its SHA-256), the set-up itself,
 * the list, disabling, and the names of the people a clinician follows. Accounts are rows of
 * `accounts` with the clinician role; the account repository owns everything else about them.
 */
import type { Kysely } from 'kysely';
import { isProfession, type Profession } from '../../core/programme/programme.js';
import type { Database } from '../storage/schema.js';

export interface ClinicianRow {
  id: string;
  name: string;
  profession: Profession;
  /** The sign-in name, once set up. */
  username: string | undefined;
  createdAt: string;
  disabledAt: string | undefined;
}

const COLUMNS = [
  'id',
  'display_name',
  'profession',
  'username',
  'created_at',
  'disabled_at',
] as const;

export function createClinicianRepository(db: Kysely<Database>) {
  async function byId(id: string): Promise<ClinicianRow | undefined> {
    const row = await db
      .selectFrom('accounts')
      .select(COLUMNS)
      .where('id', '=', id)
      .where('role', '=', 'clinician')
      .executeTakeFirst();
    return row === undefined ? undefined : clinicianOf(row);
  }

  return {
    byId,

    /** A new clinician account with no way in yet but its set-up link. */
    async create(input: {
      id: string;
      name: string;
      profession: Profession;
      now: string;
      tokenHash: string;
      expiresAt: string;
    }): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('accounts')
          .values({
            id: input.id,
            username: null,
            created_at: input.now,
            role: 'clinician',
            display_name: input.name,
            profession: input.profession,
            disabled_at: null,
          })
          .execute();
        await tx
          .insertInto('clinician_setups')
          .values({
            token_hash: input.tokenHash,
            account_id: input.id,
            expires_at: input.expiresAt,
          })
          .execute();
      });
    },

    /** A new set-up link for an existing clinician (the first one lost or run out). */
    async newSetup(accountId: string, tokenHash: string, expiresAt: string): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await tx.deleteFrom('clinician_setups').where('account_id', '=', accountId).execute();
        await tx
          .insertInto('clinician_setups')
          .values({ token_hash: tokenHash, account_id: accountId, expires_at: expiresAt })
          .execute();
      });
    },

    /** Whether a set-up token is live, without using it up. */
    async setupIsLive(tokenHash: string, now: string): Promise<boolean> {
      const row = await db
        .selectFrom('clinician_setups')
        .select('token_hash')
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row !== undefined;
    },

    /**
     * Uses up a set-up token: the clinician account it opens, when live and the clinician is not
     * disabled. Deleted as it is read, so a link works once.
     */
    async takeSetup(tokenHash: string, now: string): Promise<string | undefined> {
      const row = await db
        .deleteFrom('clinician_setups')
        .where('token_hash', '=', tokenHash)
        .returning(['account_id', 'expires_at'])
        .executeTakeFirst();
      if (row === undefined || row.expires_at <= now) return undefined;
      const account = await byId(row.account_id);
      return account === undefined || account.disabledAt !== undefined ? undefined : account.id;
    },

    /** Every clinician account, oldest first. */
    async list(): Promise<ClinicianRow[]> {
      const rows = await db
        .selectFrom('accounts')
        .select(COLUMNS)
        .where('role', '=', 'clinician')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(clinicianOf);
    },

    /**
     * Disables a clinician: they see nothing from the next request, their sessions and set-up
     * links end. False when no clinician has this id (or the sign-in name given).
     */
    async disable(idOrUsername: string, now: string): Promise<ClinicianRow | undefined> {
      return db.transaction().execute(async (tx) => {
        const row = await tx
          .updateTable('accounts')
          .set({ disabled_at: now })
          .where('role', '=', 'clinician')
          .where((eb) => eb.or([eb('id', '=', idOrUsername), eb('username', '=', idOrUsername)]))
          .returning(COLUMNS)
          .executeTakeFirst();
        if (row === undefined) return undefined;
        await tx.deleteFrom('sessions').where('account_id', '=', row.id).execute();
        await tx.deleteFrom('clinician_setups').where('account_id', '=', row.id).execute();
        return clinicianOf(row);
      });
    },

    /** The sign-in names of these accounts, by id (what a clinician calls the people they follow). */
    async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('accounts')
        .select(['id', 'username'])
        .where('id', 'in', [...ids])
        .execute();
      return new Map(rows.map((r) => [r.id, r.username ?? '']));
    },

    /** Whether an account is a person's (not a clinician's). */
    async isPerson(id: string): Promise<boolean> {
      const row = await db
        .selectFrom('accounts')
        .select('role')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.role === 'person';
    },
  };
}

function clinicianOf(row: {
  id: string;
  display_name: string | null;
  profession: string | null;
  username: string | null;
  created_at: string;
  disabled_at: string | null;
}): ClinicianRow {
  return {
    id: row.id,
    name: row.display_name ?? '',
    profession: isProfession(row.profession) ? row.profession : 'physiotherapist',
    username: row.username ?? undefined,
    createdAt: row.created_at,
    disabledAt: row.disabled_at ?? undefined,
  };
}

export type ClinicianRepository = ReturnType<typeof createClinicianRepository>;
