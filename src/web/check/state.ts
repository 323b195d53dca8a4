/**
 * The check in progress, kept for as long as the app is open, so a person who follows a link from
 * a result (to Learn, to relief) and comes back finds their result where they left it. Also the
 * region for the emergency number: inferred from the browser at once, then replaced by the person's
 * saved choice.
 */
import { signal } from '@preact/signals';
import type { Region } from '../../core/triage/emergency-numbers.js';
import { inferredRegion, loadRegion, saveRegion } from '../region.js';
import { type FlowState, START } from './flow.js';

export const flow = signal<FlowState>(START);

/**
 * This check's record in the history: one check keeps one record (updated if an answer changes),
 * dated when its first result was shown.
 */
let record: { id: string; createdAt: Date } | undefined;

export function currentRecord(
  makeId: () => string,
  now: () => Date,
): { id: string; createdAt: Date } {
  record ??= { id: makeId(), createdAt: now() };
  return record;
}

export function startAgain(): void {
  flow.value = START;
  record = undefined;
}

/** Undefined while unknown: the call buttons then offer the main numbers. */
export const region = signal<Region | undefined>(inferredRegion());

let regionLoading: Promise<void> | undefined;
let regionChosen = false;

/** Reads the saved region once; until then (or if storage is unavailable) the guess stands. */
export function loadSavedRegion(): Promise<void> {
  regionLoading ??= loadRegion()
    .then((saved) => {
      if (saved !== undefined && !regionChosen) region.value = saved ?? undefined;
    })
    .catch(() => {});
  return regionLoading;
}

export function chooseRegion(value: Region | undefined): void {
  regionChosen = true;
  region.value = value;
  // The choice still applies for this visit if the device cannot keep it.
  saveRegion(value).catch(() => {});
}
