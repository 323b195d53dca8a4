/**
 * Sync's use cases for a signed-in person: keep a push (each change checked by core's schemas; a
 * bad one refused alone, naming its id and field), answer a pull from a cursor, and gather every
 * record the account keeps as the device's backup file, so a download imports on any device.
 */
import { AppError } from '../../core/errors.js';
import { type Backup, makeBackup } from '../../core/export/backup.js';
import type { Change } from '../../core/sync/change.js';
import {
  type PullResult,
  type PushResult,
  type Refusal,
  recordOf,
} from '../../core/sync/change.js';
import { checkChange } from '../../core/sync/change.schema.js';
import type { Kind } from '../../core/sync/kinds.js';
import type { SyncRepository } from './repository.js';

/** A clinician's programme is written on the server (server/clinician); a device only echoes it. */
export const SERVER_ONLY_KINDS: readonly Kind[] = ['programme'];

export interface SyncServiceDeps {
  repository: SyncRepository;
  now: () => number;
}

export function createSyncService(deps: SyncServiceDeps) {
  const { repository } = deps;
  return {
    async push(accountId: string, raw: readonly unknown[]): Promise<PushResult> {
      const now = deps.now();
      const good: Change[] = [];
      const refused: Refusal[] = [];
      for (const item of raw) {
        const checked = checkChange(item, now);
        if (checked.ok) good.push(checked.change);
        else refused.push(checked.refusal);
      }
      const kept = await repository.push(accountId, good, SERVER_ONLY_KINDS);
      if (kept === undefined) throw new AppError('unauthorized', 'the account no longer exists');
      return { accepted: kept.accepted, refused: [...refused, ...kept.refused] };
    },

    async pull(accountId: string, after: number, limit: number): Promise<PullResult> {
      const rows = await repository.changesAfter(accountId, after, limit + 1);
      const changes = rows.slice(0, limit);
      return { changes, cursor: changes.at(-1)?.seq ?? after, more: rows.length > limit };
    },

    async backup(accountId: string): Promise<Backup> {
      const all = await repository.allOf(accountId);
      return makeBackup(all.map(recordOf), [], deps.now());
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
