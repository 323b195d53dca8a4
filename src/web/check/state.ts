/**
 * The check in progress: which screen is showing, the person's words and their changes to what was
 * understood, the walk through the questions, and the history record its result is kept under.
 * Read from the device when the app opens and written back on every change, so a reload or a
 * closed tab returns to the same screen; "Start again" forgets it. Also the region for the
 * emergency number: inferred from the browser at once, then replaced by the person's saved choice.
 */
import { batch, effect, signal } from '@preact/signals';
import { localDate } from '../../core/time/index.js';
import type { Region } from '../../core/triage/emergency-numbers.js';
import { browserTimeZone } from '../dates.js';
import { inferredRegion, loadRegion, saveRegion } from '../region.js';
import { type FlowState, START } from './flow.js';
import {
  forgetCheckInProgress,
  keepCheckInProgress,
  loadCheckInProgress,
  type Stage,
} from './in-progress.js';
import type { Changes } from './understood.js';

/** Today's date where the person is, so "since Monday" in their words can be counted. */
export function today(now = Date.now()): string {
  return localDate(now, browserTimeZone());
}

const kept = loadCheckInProgress(Date.now(), today());

export const stage = signal<Stage>(kept.stage);
/** What the person wrote about their back; kept while they write, so a reload loses nothing. */
export const words = signal<string>(kept.text);
export const changes = signal<Changes>(kept.changes);
export const flow = signal<FlowState>(kept.flow);

/**
 * This check's record in the history: one check keeps one record (updated if an answer changes),
 * dated when its first result was shown.
 */
let record: { id: string; createdAt: Date } | undefined =
  kept.record === undefined
    ? undefined
    : { id: kept.record.id, createdAt: new Date(kept.record.createdAt) };

function keep(): void {
  keepCheckInProgress({
    stage: stage.value,
    text: words.value,
    changes: changes.value,
    flow: flow.value,
    ...(record === undefined
      ? {}
      : { record: { id: record.id, createdAt: record.createdAt.toISOString() } }),
  });
}

// Every change is kept at once; nothing is written before the first word or answer.
effect(() => {
  const started = stage.value !== 'words' || words.value !== '' || flow.value.steps.length > 0;
  // Read every signal, so a change to any of them is kept.
  void changes.value;
  if (started) keep();
});

export function currentRecord(
  makeId: () => string,
  now: () => Date,
): { id: string; createdAt: Date } {
  if (record === undefined) {
    record = { id: makeId(), createdAt: now() };
    keep();
  }
  return record;
}

export function startAgain(): void {
  record = undefined;
  batch(() => {
    stage.value = 'words';
    words.value = '';
    changes.value = {};
    flow.value = START;
  });
  forgetCheckInProgress();
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
