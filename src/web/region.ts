/**
 * The person's region, which decides the emergency number on every call button (the check and
 * "I have a spasm now"). Inferred from the browser's time zone and languages until the person
 * chooses, then kept on the device (the setting 'region'). When neither the choice nor the
 * browser tells, the region is unknown and the call buttons offer the main numbers side by side.
 */
import { ELSEWHERE } from '../core/preferences.js';
import { isRegion, type Region } from '../core/triage/emergency-numbers.js';
import { guessRegion } from '../core/triage/region-guess.js';
import { browserTimeZone } from './dates.js';
import { readSetting, type Setting, writeSetting } from './store/settings.js';

const REGION: Setting<Region | typeof ELSEWHERE> = {
  name: 'region',
  read: (value) => (value === ELSEWHERE || isRegion(value) ? value : undefined),
};

/**
 * What the person chose on this device: a region, `null` for "somewhere else", or undefined
 * when they have not chosen.
 */
export async function loadRegion(): Promise<Region | null | undefined> {
  const value = await readSetting(REGION);
  return value === ELSEWHERE ? null : value;
}

/** Keeps the person's choice; `undefined` is "somewhere else". */
export async function saveRegion(value: Region | undefined): Promise<void> {
  await writeSetting(REGION, value ?? ELSEWHERE);
}

/** The browser's languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (nav === undefined) return [];
  return nav.languages?.length ? nav.languages : [nav.language];
}

/** What the browser suggests, before the person chooses. */
export function inferredRegion(): Region | undefined {
  return guessRegion(browserLanguages(), browserTimeZone());
}

/** The chosen region, else the browser's; never throws (some private modes have no store). */
export async function resolveRegion(): Promise<Region | undefined> {
  try {
    const chosen = await loadRegion();
    if (chosen === null) return undefined;
    if (chosen !== undefined) return chosen;
  } catch {
    // No IndexedDB: the inference stands.
  }
  return inferredRegion();
}
