/**
 * The person's past checks, kept only on this device (IndexedDB store 'triage-results'): each
 * result as it was shown, with the answers that gave it and when. Records read back are checked
 * for shape first, so a damaged or older record is skipped rather than breaking the page.
 */

import { uuidv7 } from '../../core/ids.js';
import type { Answers } from '../../core/triage/answers.js';
import { isDisposition } from '../../core/triage/dispositions.js';
import { isRegion, type Region } from '../../core/triage/emergency-numbers.js';
import type { Reason, TriageResult } from '../../core/triage/engine.js';
import type { Action } from '../../core/triage/rules.js';
import { all, clear, get, put, remove, STORES } from '../store/device.js';

export interface TriageRecord {
  /** UUIDv7, so records sort by when they were made. */
  id: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  answers: Answers;
  disposition: TriageResult['disposition'];
  reasons: Reason[];
  actions: Action[];
  safetyNet: string[];
  /** The region whose emergency number the result named; absent when it was not known. */
  region?: Region;
}

export function newRecordId(): string {
  return uuidv7(Date.now(), (n) => crypto.getRandomValues(new Uint8Array(n)));
}

export function makeRecord(
  id: string,
  createdAt: Date,
  answers: Answers,
  result: TriageResult,
  region: Region | undefined,
): TriageRecord {
  return {
    id,
    createdAt: createdAt.toISOString(),
    answers,
    disposition: result.disposition,
    reasons: result.reasons,
    actions: result.actions,
    safetyNet: result.safetyNet,
    ...(region === undefined ? {} : { region }),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';

function isReason(v: unknown): v is Reason {
  return isObject(v) && isString(v.text) && isString(v.source) && isDisposition(v.disposition);
}

function isAction(v: unknown): v is Action {
  return (
    isObject(v) && isString(v.id) && isString(v.text) && (v.link === undefined || isString(v.link))
  );
}

/** Whether a stored value has every field the result page shows. */
export function isTriageRecord(v: unknown): v is TriageRecord {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.createdAt) &&
    !Number.isNaN(Date.parse(v.createdAt)) &&
    isObject(v.answers) &&
    isDisposition(v.disposition) &&
    Array.isArray(v.reasons) &&
    v.reasons.every(isReason) &&
    Array.isArray(v.actions) &&
    v.actions.every(isAction) &&
    Array.isArray(v.safetyNet) &&
    v.safetyNet.every(isString) &&
    (v.region === undefined || isRegion(v.region))
  );
}

/** Newest first. */
export function newestFirst(records: readonly TriageRecord[]): TriageRecord[] {
  return [...records].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
}

export async function saveRecord(record: TriageRecord): Promise<void> {
  await put(STORES.triageResults, record);
}

export async function listRecords(): Promise<TriageRecord[]> {
  const stored = await all<unknown>(STORES.triageResults);
  return newestFirst(stored.filter(isTriageRecord));
}

export async function loadRecord(id: string): Promise<TriageRecord | undefined> {
  const stored = await get<unknown>(STORES.triageResults, id);
  return isTriageRecord(stored) ? stored : undefined;
}

export async function deleteRecord(id: string): Promise<void> {
  await remove(STORES.triageResults, id);
}

export async function deleteAllRecords(): Promise<void> {
  await clear(STORES.triageResults);
}
