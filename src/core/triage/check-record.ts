/**
 * A check as the person keeps it: the result as it was shown, with the answers that gave it, when,
 * and the region whose emergency number it named. It is the data of the device's `check-result`
 * records (schema in check-record.schema.ts), kept so the person can look back and delete.
 */
import type { Answers } from './answers.js';
import type { Region } from './emergency-numbers.js';
import type { TriageResult } from './engine.js';

export interface CheckRecord {
  /** ISO 8601, UTC: when the check was first answered. */
  createdAt: string;
  answers: Answers;
  disposition: TriageResult['disposition'];
  reasons: TriageResult['reasons'];
  actions: TriageResult['actions'];
  safetyNet: TriageResult['safetyNet'];
  /** The region whose emergency number the result named; absent when it was not known. */
  region?: Region;
}

export function checkRecord(
  createdAt: Date,
  answers: Answers,
  result: TriageResult,
  region: Region | undefined,
): CheckRecord {
  return {
    createdAt: createdAt.toISOString(),
    answers,
    disposition: result.disposition,
    reasons: result.reasons,
    actions: result.actions,
    safetyNet: result.safetyNet,
    ...(region === undefined ? {} : { region }),
  };
}
