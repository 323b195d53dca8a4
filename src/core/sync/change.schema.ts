/**
 * Checks one change as the server receives it, with the same schemas the device keeps its
 * records by (kinds.schema.ts): the envelope first (a UUIDv7 id, a known kind, a stamp no more
 * than MAX_DRIFT_MS ahead of the server's clock, data present unless deleted), then the kind's
 * data. A bad change is refused alone, naming its id and field, so the rest of a push is kept.
 */
import * as z from 'zod/mini';
import { UUID_V7_PATTERN } from '../ids.js';
import type { Change, Refusal } from './change.js';
import { MAX_DRIFT_MS, parseHlc } from './hlc.js';
import { isKind, RECORD_KINDS } from './kinds.js';
import { RECORD_SCHEMAS } from './kinds.schema.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const ENVELOPE = new Set(['id', 'kind', 'hlc', 'deleted', 'data']);

export type Checked = { ok: true; change: Change } | { ok: false; refusal: Refusal };

export function checkChange(raw: unknown, nowMs: number): Checked {
  const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : '';
  const refuse = (field: string, message: string): Checked => ({
    ok: false,
    refusal: { id, field, message },
  });
  if (!isObject(raw)) return refuse('(change)', 'must be an object');
  if (!UUID_V7_PATTERN.test(id)) return refuse('id', 'must be a UUIDv7');
  const unknown = Object.keys(raw).find((k) => !ENVELOPE.has(k));
  if (unknown !== undefined) return refuse(unknown, 'is not a known field');
  if (!isKind(raw.kind)) return refuse('kind', `must be one of ${RECORD_KINDS.join(', ')}`);
  const stamp = typeof raw.hlc === 'string' ? parseHlc(raw.hlc) : undefined;
  if (stamp === undefined) return refuse('hlc', 'must be a hybrid logical clock stamp');
  if (stamp.millis - nowMs > MAX_DRIFT_MS) {
    return refuse('hlc', "is ahead of the server's clock: set the device's date and time");
  }
  if (typeof raw.deleted !== 'boolean') return refuse('deleted', 'must be true or false');
  const base = { id: id.toLowerCase(), kind: raw.kind, hlc: raw.hlc as string };
  if (raw.deleted) {
    if (raw.data !== null && raw.data !== undefined) {
      return refuse('data', 'must be null for a deleted record');
    }
    return { ok: true, change: { ...base, deleted: true, data: null } };
  }
  const parsed = z.safeParse(RECORD_SCHEMAS[raw.kind], raw.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['data', ...(issue?.path ?? []).map(String)].join('.');
    return refuse(path, issue?.message ?? 'is not valid');
  }
  return { ok: true, change: { ...base, deleted: false, data: parsed.data } };
}
