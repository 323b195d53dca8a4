/**
 * Stores and reads passkeys and the one-time challenges they sign: the only module that queries
 * `passkeys` and `webauthn_challenges`. A challenge is taken (read and deleted) in one statement, so
 * it can be answered once, by whichever server process the answer reaches.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { WebauthnChallengesTable } from './tables.js';

export interface StoredPasskey {
  id: string;
  accountId: string;
  /** base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
}

export interface Challenge {
  id: string;
  challenge: string;
  purpose: WebauthnChallengesTable['purpose'];
  accountId: string | undefined;
  username: string | undefined;
  expiresAt: string;
}

export function createPasskeyRepository(db: Kysely<Database>) {
  return {
    async putChallenge(c: Challenge): Promise<void> {
      await db
        .insertInto('webauthn_challenges')
        .values({
          id: c.id,
          challenge: c.challenge,
          purpose: c.purpose,
          account_id: c.accountId ?? null,
          username: c.username ?? null,
          expires_at: c.expiresAt,
        })
        .execute();
    },

    /** The challenge under `id`, removed as it is read: each is answered once. */
    async takeChallenge(id: string, nowIso: string): Promise<Challenge | undefined> {
      // Challenges nobody answered go too, so the table stays small.
      await db.deleteFrom('webauthn_challenges').where('expires_at', '<', nowIso).execute();
      const row = await db
        .deleteFrom('webauthn_challenges')
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      if (row === undefined) return undefined;
      return {
        id: row.id,
        challenge: row.challenge,
        purpose: row.purpose,
        accountId: row.account_id ?? undefined,
        username: row.username ?? undefined,
        expiresAt: row.expires_at,
      };
    },

    async addPasskey(p: StoredPasskey & { device: string; now: string }): Promise<void> {
      await db
        .insertInto('passkeys')
        .values({
          id: p.id,
          account_id: p.accountId,
          public_key: p.publicKey,
          counter: p.counter,
          transports: JSON.stringify(p.transports),
          device: p.device,
          created_at: p.now,
          last_used_at: null,
        })
        .execute();
    },

    async passkey(id: string): Promise<StoredPasskey | undefined> {
      const row = await db
        .selectFrom('passkeys')
        .select(['id', 'account_id', 'public_key', 'counter', 'transports'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      return {
        id: row.id,
        accountId: row.account_id,
        publicKey: row.public_key,
        counter: Number(row.counter),
        transports: JSON.parse(row.transports) as string[],
      };
    },

    /** The ids and transports of the account's passkeys. */
    async passkeysOf(accountId: string): Promise<{ id: string; transports: string[] }[]> {
      const rows = await db
        .selectFrom('passkeys')
        .select(['id', 'transports'])
        .where('account_id', '=', accountId)
        .execute();
      return rows.map((r) => ({ id: r.id, transports: JSON.parse(r.transports) as string[] }));
    },

    /** The account's passkeys as its owner sees them, oldest first. */
    async listOf(
      accountId: string,
    ): Promise<
      { id: string; device: string; createdAt: string; lastUsedAt: string | undefined }[]
    > {
      const rows = await db
        .selectFrom('passkeys')
        .select(['id', 'device', 'created_at', 'last_used_at'])
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        device: r.device,
        createdAt: r.created_at,
        lastUsedAt: r.last_used_at ?? undefined,
      }));
    },

    /** Removes one of the account's passkeys; another account's id removes nothing. */
    async remove(accountId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('passkeys')
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return result.numDeletedRows === 1n;
    },

    async markUsed(id: string, counter: number, now: string): Promise<void> {
      await db
        .updateTable('passkeys')
        .set({ counter, last_used_at: now })
        .where('id', '=', id)
        .execute();
    },
  };
}

export type PasskeyRepository = ReturnType<typeof createPasskeyRepository>;
