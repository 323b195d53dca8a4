/**
 * This device's small settings, through the record layer like everything else it keeps: each
 * setting has a name and a check for its value, and a stored value that fails its check reads as
 * unset (the default applies) rather than breaking the page. Most settings belong to the device;
 * those that follow the person (core/preferences.ts) are also kept as a `preference` record, which
 * sync carries to their other devices and writes back here (web/sync/engine.ts). Pages read every
 * setting from here alone, so the emergency number never waits on a record.
 */
import { type FollowingSetting, isFollowing } from '../../core/preferences.js';
import { objectStore, request, STORES } from './database.js';
import { type DataIn, listRecords, putRecord } from './records.js';

export interface Setting<T> {
  name: string;
  /** The value as stored, or undefined when it is not one this setting can hold. */
  read: (value: unknown) => T | undefined;
}

export async function readSetting<T>(setting: Setting<T>): Promise<T | undefined> {
  const stored = await request((await objectStore(STORES.settings, 'readonly')).get(setting.name));
  if (typeof stored !== 'object' || stored === null) return undefined;
  const value = setting.read((stored as { value?: unknown }).value);
  if (value === undefined) {
    console.warn(
      `Unknot ignored the stored setting ${setting.name}: it is not a value it can hold.`,
    );
  }
  return value;
}

export async function writeSetting<T>(setting: Setting<T>, value: T): Promise<void> {
  if (setting.read(value) === undefined) throw new Error(`Not a value for ${setting.name}`);
  await request((await objectStore(STORES.settings, 'readwrite')).put({ id: setting.name, value }));
  if (isFollowing(setting.name)) await follow(setting.name, value);
}

/** Keeps a following setting as this device's one `preference` record for its name. */
async function follow(name: FollowingSetting, value: unknown): Promise<void> {
  try {
    const mine = (await listRecords('preference')).filter((r) => r.data.name === name);
    // The kind's schema checks the pair in putRecord; a value it refuses is not kept as a record.
    const data = { name, value } as DataIn<'preference'>;
    await putRecord('preference', data, mine.at(-1)?.id);
  } catch {
    // The setting itself is kept; only its journey to other devices waits for the next change.
  }
}
