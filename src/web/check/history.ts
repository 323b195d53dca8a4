/**
 * The person's past checks, kept only on this device as `check-result` records: each result as it
 * was shown, with the answers that gave it and when (core's CheckRecord). The record layer checks
 * every one on read, so a damaged or older record is skipped rather than breaking the page.
 */
import type { CheckRecord } from '../../core/triage/check-record.js';
import { deleteAll, deleteRecord, getRecord, listRecords, putRecord } from '../store/records.js';

/** A kept check with the id its page is reached by. */
export interface PastCheck extends CheckRecord {
  id: string;
}

/** Newest first. */
export function newestFirst(checks: readonly PastCheck[]): PastCheck[] {
  return [...checks].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
}

/** Keeps a check under `id`; keeping it again (a changed answer or region) replaces it. */
export async function saveCheck(id: string, check: CheckRecord): Promise<void> {
  await putRecord('check-result', check, id);
}

export async function listChecks(): Promise<PastCheck[]> {
  const records = await listRecords('check-result');
  return newestFirst(records.map((r) => ({ id: r.id, ...r.data })));
}

export async function loadCheck(id: string): Promise<PastCheck | undefined> {
  const record = await getRecord('check-result', id);
  return record === undefined ? undefined : { id: record.id, ...record.data };
}

export async function deleteCheck(id: string): Promise<void> {
  await deleteRecord('check-result', id);
}

export async function deleteAllChecks(): Promise<void> {
  await deleteAll('check-result');
}
