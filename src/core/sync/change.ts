/**
 * What sync moves: one version of one record, stamped by the hybrid logical clock (hlc.ts), as
 * the device pushes it and the server hands it on. The server numbers each version it keeps in
 * its account's sequence; a device pulls what came after the last number it saw (its cursor).
 * zod-free: the checks are in change.schema.ts.
 */
import type { Kind } from './kinds.js';
import type { Versioned } from './merge.js';
import type { StoredRecord } from './record.js';

/** At most this many changes in one push; a device with more sends them in several. */
export const PUSH_MAX = 500;
/** At most this many changes in one pull; `more` says when another pull is needed. */
export const PULL_MAX = 1000;

export interface Change extends Versioned {
  id: string;
  kind: Kind;
  /** hlcText of the stamp. */
  hlc: string;
  deleted: boolean;
  /** The kind's data in its schema's normal form; null for a tombstone. */
  data: unknown;
}

/** A change as a pull answers it: with its number in the account's sequence. */
export interface PulledChange extends Change {
  seq: number;
}

/** A change the server would not keep, and why: the record, and the field that was wrong. */
export interface Refusal {
  id: string;
  /** Where in the change: "hlc", "kind", "data.pain0to10". */
  field: string;
  message: string;
}

export interface PushResult {
  /** Ids now kept as sent, or kept at a later version already: the device may forget them. */
  accepted: string[];
  refused: Refusal[];
}

export interface PullResult {
  changes: PulledChange[];
  /** The number to pull after next time. */
  cursor: number;
  /** Whether more changes wait beyond `cursor`. */
  more: boolean;
}

/** The instant a stamp names, as the device's records and the backup file write it. */
export function changedAtOf(hlc: string): string {
  return hlc.slice(0, 24);
}

/**
 * A record's stamp for sync: its own, or, for a record kept before the device had a clock, one
 * made from its change time that loses to any stamp made at the same moment.
 */
export function stampOf(record: Pick<StoredRecord, 'changedAt' | 'hlc'>): string {
  return record.hlc ?? `${record.changedAt}-0000-${'0'.repeat(16)}`;
}

/** A record the device keeps as the change sync pushes. */
export function changeOf(record: StoredRecord<Kind>): Change {
  const { id, kind, deleted, data } = record;
  return { id, kind, hlc: stampOf(record), deleted, data: deleted ? null : data };
}

/** A change as a record the device and the backup file keep. */
export function recordOf(change: Change): StoredRecord<Kind> {
  const changedAt = changedAtOf(change.hlc);
  const { id, kind, hlc } = change;
  return change.deleted
    ? { id, kind, changedAt, hlc, deleted: true, data: null }
    : { id, kind, changedAt, hlc, deleted: false, data: change.data };
}
