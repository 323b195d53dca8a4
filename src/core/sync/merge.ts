/**
 * Which version of a record wins when two meet: the one changed last (last writer wins, per
 * record), a tombstone included, so a deletion is not undone by an older copy. Equal stamps keep
 * what is already there, so applying the same records twice changes nothing. Pure; used by the
 * backup's import now and by sync later.
 */
import type { StoredRecord } from './record.js';

/** The incoming version when it is newer than the one kept (or nothing is kept), else undefined. */
export function newer<R extends Pick<StoredRecord, 'changedAt'>>(
  kept: R | undefined,
  incoming: R,
): R | undefined {
  if (kept === undefined) return incoming;
  return Date.parse(incoming.changedAt) > Date.parse(kept.changedAt) ? incoming : undefined;
}

/** The incoming records that would change what is kept, by id. */
export function changesFrom<R extends Pick<StoredRecord, 'id' | 'changedAt'>>(
  kept: ReadonlyMap<string, R>,
  incoming: readonly R[],
): R[] {
  const out = new Map<string, R>();
  for (const r of incoming) {
    const win = newer(out.get(r.id) ?? kept.get(r.id), r);
    if (win !== undefined) out.set(r.id, win);
  }
  return [...out.values()];
}
