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

/** A version of a record as sync moves it: stamped by a hybrid logical clock (hlc.ts), as text. */
export interface Versioned {
  id: string;
  hlc: string;
  deleted: boolean;
  data: unknown;
}

/**
 * The later of two versions of one record by their stamps; a tombstone is a version like any
 * other, so a deletion wins over every older edit and loses to a newer one. Two versions with the
 * same stamp are the same change sent twice; should they ever differ, their text decides, so the
 * result never depends on the order they arrive in.
 */
export function later<V extends Versioned>(a: V, b: V): V {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc ? a : b;
  const ta = JSON.stringify([a.deleted, a.data]);
  const tb = JSON.stringify([b.deleted, b.data]);
  return ta >= tb ? a : b;
}

/** Every record's latest version after `changes`, in any order and with any repeats. */
export function mergeAll<V extends Versioned>(
  state: ReadonlyMap<string, V>,
  changes: readonly V[],
): Map<string, V> {
  const out = new Map(state);
  for (const change of changes) {
    const kept = out.get(change.id);
    out.set(change.id, kept === undefined ? change : later(kept, change));
  }
  return out;
}
