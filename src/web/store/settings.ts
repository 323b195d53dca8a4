/**
 * This device's small settings, through the record layer like everything else it keeps: each
 * setting has a name and a check for its value, and a stored value that fails its check reads as
 * unset (the default applies) rather than breaking the page. Settings belong to the device, so they
 * are not records to sync.
 */
import { objectStore, request, STORES } from './database.js';

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
}
