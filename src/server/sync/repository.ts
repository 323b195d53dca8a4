/**
 * Stores and reads an account's synced records: the only module that queries `sync_records`.
 * A push runs in one transaction that first takes numbers from the account's row (on PostgreSQL
 * that also locks the row until commit, so two server processes pushing for one account take
 * turns and the numbers follow commit order), then keeps each change that is later than the
 * version kept (core/sync/merge.ts `later`). Every query is scoped to the account.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Change, PulledChange, Refusal } from '../../core/sync/change.js';
import type { Kind } from '../../core/sync/kinds.js';
import { later } from '../../core/sync/merge.js';
import type { Database } from '../storage/schema.js';
import type { SyncRecordsTable } from './tables.js';

export interface Kept {
  /** Ids now kept as sent, or already kept at a later version. */
  accepted: string[];
  /** Changes whose id the account keeps as another kind. */
  refused: Refusal[];
  /** How many versions were stored (the rest were already there or older). */
  stored: number;
}

function changeOf(row: Selectable<SyncRecordsTable>): PulledChange {
  return {
    id: row.id,
    kind: row.kind as Kind,
    hlc: row.hlc,
    deleted: Number(row.deleted) === 1,
    data: row.data === null ? null : JSON.parse(row.data),
    seq: Number(row.seq),
  };
}

export function createSyncRepository(db: Kysely<Database>) {
  return {
    /**
     * Keeps the changes of one push; undefined when the account does not exist (it was deleted
     * while the device was away). The changes are already checked against their schemas.
     */
    async push(
      accountId: string,
      changes: readonly Change[],
      /** Kinds a device may echo back or delete but never write: only the server writes them. */
      serverOnly: readonly Kind[] = [],
    ): Promise<Kept | undefined> {
      if (changes.length === 0) {
        const exists = await db
          .selectFrom('accounts')
          .select('id')
          .where('id', '=', accountId)
          .executeTakeFirst();
        return exists === undefined ? undefined : { accepted: [], refused: [], stored: 0 };
      }
      return db.transaction().execute(async (tx) => {
        const reserved = await tx
          .updateTable('accounts')
          .set((eb) => ({ sync_seq: eb('sync_seq', '+', changes.length) }))
          .where('id', '=', accountId)
          .returning('sync_seq')
          .executeTakeFirst();
        if (reserved === undefined) return undefined;
        let seq = Number(reserved.sync_seq) - changes.length;

        const ids = [...new Set(changes.map((c) => c.id))];
        const rows = await tx
          .selectFrom('sync_records')
          .selectAll()
          .where('account_id', '=', accountId)
          .where('id', 'in', ids)
          .execute();
        const kept = new Map(rows.map((r) => [r.id, changeOf(r)]));
        const winners = new Map<string, Change>();
        const accepted: string[] = [];
        const refused: Refusal[] = [];
        for (const change of changes) {
          const current = winners.get(change.id) ?? kept.get(change.id);
          if (current !== undefined && current.kind !== change.kind) {
            refused.push({
              id: change.id,
              field: 'kind',
              message: `is not the kind this record is kept as (${current.kind})`,
            });
            continue;
          }
          const wins =
            current === undefined ||
            (current.hlc !== change.hlc && later(current, change) === change);
          // A device may end a programme (the person takes it off their plan), never write one.
          if (wins && serverOnly.includes(change.kind) && !change.deleted) {
            refused.push({
              id: change.id,
              field: 'kind',
              message: `is written by a clinician on the server, not by a device (${change.kind})`,
            });
            continue;
          }
          accepted.push(change.id);
          if (wins) winners.set(change.id, change);
        }
        const values = [...winners.values()].map((change) => {
          seq += 1;
          return {
            account_id: accountId,
            id: change.id,
            kind: change.kind,
            hlc: change.hlc,
            deleted: change.deleted ? 1 : 0,
            data: change.deleted ? null : JSON.stringify(change.data),
            seq,
          };
        });
        if (values.length > 0) {
          await tx
            .insertInto('sync_records')
            .values(values)
            .onConflict((oc) =>
              oc.columns(['account_id', 'id']).doUpdateSet((eb) => ({
                kind: eb.ref('excluded.kind'),
                hlc: eb.ref('excluded.hlc'),
                deleted: eb.ref('excluded.deleted'),
                data: eb.ref('excluded.data'),
                seq: eb.ref('excluded.seq'),
              })),
            )
            .execute();
        }
        return { accepted: [...new Set(accepted)], refused, stored: winners.size };
      });
    },

    /** The account's changes numbered after `after`, oldest first, at most `limit` (+1 to tell `more`). */
    async changesAfter(accountId: string, after: number, limit: number): Promise<PulledChange[]> {
      const rows = await db
        .selectFrom('sync_records')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(changeOf);
    },

    /** The account's live records (no tombstones) of these kinds, by id. */
    async liveOfKinds(accountId: string, kinds: readonly Kind[]): Promise<PulledChange[]> {
      if (kinds.length === 0) return [];
      const rows = await db
        .selectFrom('sync_records')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('kind', 'in', [...kinds])
        .where('deleted', '=', 0)
        .orderBy('id')
        .execute();
      return rows.map(changeOf);
    },

    /** One of the account's records, tombstone or not. */
    async recordOf(accountId: string, id: string): Promise<PulledChange | undefined> {
      const row = await db
        .selectFrom('sync_records')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row === undefined ? undefined : changeOf(row);
    },

    /** Every record the account keeps, tombstones too, by id. */
    async allOf(accountId: string): Promise<PulledChange[]> {
      const rows = await db
        .selectFrom('sync_records')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
      return rows.map(changeOf);
    },
  };
}

export type SyncRepository = ReturnType<typeof createSyncRepository>;
