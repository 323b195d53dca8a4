/**
 * The session logs kept on the device (`session-logs`), built by core's `buildSessionRecord`: the
 * same record the zod schema in core's log.ts checks, without loading the validator (the values
 * come from the player itself and from the 0–10 buttons). A log is kept as soon as a session ends
 * and kept again, under the same id, when a pain score is added.
 */
import {
  buildSessionRecord,
  type PlayerState,
  type SessionLogExtras,
  type SessionRecord,
} from '../../core/player/index.js';
import { all, put, STORES } from '../store/device.js';

export type SessionLog = SessionRecord;
export type LogExtras = SessionLogExtras;

export function buildLog(state: PlayerState, extras: LogExtras): SessionLog {
  // A stop score belongs only to a session stopped for pain.
  const stopPain0to10 = state.stoppedForPain ? extras.stopPain0to10 : undefined;
  return buildSessionRecord(state, { ...extras, stopPain0to10 });
}

export async function keepLog(log: SessionLog): Promise<boolean> {
  try {
    await put(STORES.sessionLogs, log);
    return true;
  } catch {
    return false;
  }
}

/** The latest logs first. */
export async function recentLogs(limit: number): Promise<SessionLog[]> {
  const logs = await all<SessionLog>(STORES.sessionLogs);
  // UUIDv7 ids sort by time, and the store returns them in id order.
  return logs.reverse().slice(0, limit);
}
