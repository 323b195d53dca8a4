/**
 * The session logs kept on the device as `session-log` records, built by core's
 * `buildSessionRecord`. A log is kept as soon as a session ends and kept again, under the same id,
 * when a pain score is added; the record layer checks it against core's schema both ways.
 */
import {
  buildSessionRecord,
  type PlayerState,
  type SessionLogExtras,
  type SessionRecord,
} from '../../core/player/index.js';
import { listRecords, putRecord } from '../store/records.js';

export type SessionLog = SessionRecord;
export type LogExtras = SessionLogExtras;

export function buildLog(state: PlayerState, extras: LogExtras): SessionLog {
  // A stop score belongs only to a session stopped for pain.
  const stopPain0to10 = state.stoppedForPain ? extras.stopPain0to10 : undefined;
  return buildSessionRecord(state, { ...extras, stopPain0to10 });
}

export async function keepLog(log: SessionLog): Promise<boolean> {
  const { id, ...data } = log;
  try {
    await putRecord('session-log', data, id);
    return true;
  } catch {
    return false;
  }
}

/** The latest logs first. */
export async function recentLogs(limit: number): Promise<SessionLog[]> {
  const records = await listRecords('session-log');
  // Oldest first from the record layer (UUIDv7 ids sort by time).
  return records
    .reverse()
    .slice(0, limit)
    .map((r) => ({ id: r.id, ...r.data }));
}
