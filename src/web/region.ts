/**
 * The person's region, which decides the emergency number on every call button (the check and
 * "I have a spasm now"). Guessed from the browser's languages until the person chooses, then kept
 * on the device (settings store, id 'region'). An unknown region falls back to the EU, whose 112
 * also works from most mobile phones.
 */
import { isRegion, type Region } from '../core/triage/emergency-numbers.js';
import { get, put, STORES } from './store/device.js';

const SETTING_ID = 'region';

/** Country part of a language tag (en-GB -> GB) to the region whose number is dialled there. */
const COUNTRY_REGIONS: Record<string, Region> = {
  GB: 'UK',
  UK: 'UK',
  IE: 'IE',
  US: 'US',
  CA: 'CA',
  AU: 'AU',
  NZ: 'NZ',
  IN: 'IN',
};

/** The first of the person's languages that names a known country decides; otherwise the EU. */
export function guessRegion(languages: readonly string[]): Region {
  for (const tag of languages) {
    const parts = tag.split(/[-_]/).slice(1);
    for (const part of parts) {
      const region = COUNTRY_REGIONS[part.toUpperCase()];
      if (region !== undefined && part.length === 2) return region;
    }
  }
  return 'EU';
}

interface RegionSetting {
  id: typeof SETTING_ID;
  value: Region;
}

/** The region the person chose on this device, if any. */
export async function loadRegion(): Promise<Region | undefined> {
  const setting = await get<Partial<RegionSetting>>(STORES.settings, SETTING_ID);
  return isRegion(setting?.value) ? setting.value : undefined;
}

export async function saveRegion(value: Region): Promise<void> {
  await put<RegionSetting>(STORES.settings, { id: SETTING_ID, value });
}

/** The browser's languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (nav === undefined) return [];
  return nav.languages?.length ? nav.languages : [nav.language];
}

/** The chosen region, else the browser's guess; never throws (some private modes have no store). */
export async function resolveRegion(): Promise<Region> {
  try {
    const chosen = await loadRegion();
    if (chosen !== undefined) return chosen;
  } catch {
    // No IndexedDB: the guess stands.
  }
  return guessRegion(browserLanguages());
}
