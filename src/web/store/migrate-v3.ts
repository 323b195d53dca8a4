/**
 * The move from the device's third layout (one store per feature, records keyed by a date, a
 * `date|habit` pair or a name, no change stamp, deletions erased) to the record layer's: every
 * record in one store under a UUIDv7 id with its kind, a change stamp and a deleted flag, settings
 * as `{ id: name, value }`, and one outbox for whatever waits to be sent.
 *
 * Pure, so it is tested on its own: it takes what the old stores held and returns what the new
 * ones hold. It never drops anything: a value it cannot make sense of is carried over as it is,
 * and the record layer then skips it on read, with a report, as it does any record that fails its
 * schema.
 */
import type { LiveRecord } from '../../core/sync/record.js';
import type { OutboxEntry } from './outbox-entry.js';

/** What the version 3 stores held, each as `getAll` returned it. */
export interface V3Stores {
  checkIns: readonly unknown[];
  habitChecks: readonly unknown[];
  plan: readonly unknown[];
  sessionLogs: readonly unknown[];
  triageResults: readonly unknown[];
  feedbackOutbox: readonly unknown[];
  settings: readonly unknown[];
}

export interface V4Stores {
  records: LiveRecord[];
  settings: { id: string; value: unknown }[];
  outbox: OutboxEntry[];
}

type NewId = (atMs: number) => string;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The instant a value names, or undefined. */
function instant(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value.length === 10 ? `${value}T12:00:00Z` : value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The record's own time (the first field that holds one), else the migration's. */
function timeOf(value: unknown, fields: readonly string[], nowMs: number): number {
  if (isObject(value)) {
    for (const field of fields) {
      const ms = instant(value[field]);
      if (ms !== undefined) return ms;
    }
  }
  return nowMs;
}

function withoutId(value: unknown): unknown {
  if (!isObject(value)) return value;
  const { id: _id, ...rest } = value;
  return rest;
}

function record(
  kind: string,
  id: string,
  changedMs: number,
  data: unknown,
): LiveRecord<string, unknown> {
  return { id, kind, changedAt: new Date(changedMs).toISOString(), deleted: false, data };
}

/** A record that already had a UUIDv7 id keeps it; others get one made at their own time. */
function keepOrMake(value: unknown, atMs: number, newId: NewId): string {
  const id = isObject(value) ? value.id : undefined;
  return typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-7/i.test(id) ? id : newId(atMs);
}

export function migrateV3(old: V3Stores, nowMs: number, newId: NewId): V4Stores {
  const records: LiveRecord[] = [];

  for (const c of old.checkIns) {
    const at = timeOf(c, ['at', 'date'], nowMs);
    records.push(record('check-in', newId(at), at, withoutId(c)));
  }
  for (const h of old.habitChecks) {
    const at = timeOf(h, ['date'], nowMs);
    records.push(record('habit-tick', newId(at), at, withoutId(h)));
  }
  for (const p of old.plan) {
    const name = isObject(p) ? p.id : undefined;
    const kind = name === 'profile' ? 'profile' : name === 'current' ? 'plan' : 'plan-unknown';
    const at = timeOf(p, ['savedAt', 'generatedAt'], nowMs);
    records.push(record(kind, newId(at), at, withoutId(p)));
  }
  for (const s of old.sessionLogs) {
    const at = timeOf(s, ['endedAt', 'startedAt'], nowMs);
    records.push(record('session-log', keepOrMake(s, at, newId), at, withoutId(s)));
  }
  for (const t of old.triageResults) {
    const at = timeOf(t, ['createdAt'], nowMs);
    records.push(record('check-result', keepOrMake(t, at, newId), at, withoutId(t)));
  }

  const settings = old.settings.flatMap((s) => {
    if (!isObject(s) || typeof s.id !== 'string') return [];
    // Version 3 kept most settings as { id, value }, the player's as { id, speech, chime }.
    const value = 'value' in s ? s.value : withoutId(s);
    return [{ id: s.id, value }];
  });

  const outbox: OutboxEntry[] = old.feedbackOutbox.map((f) => {
    const at = timeOf(f, ['createdAt'], nowMs);
    const id = isObject(f) && typeof f.id === 'string' ? f.id : newId(at);
    return { id, topic: 'feedback', body: f, queuedAt: new Date(at).toISOString() };
  });

  return { records, settings, outbox };
}
