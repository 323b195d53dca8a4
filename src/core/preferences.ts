/**
 * The settings that follow the person from device to device once they have an account: whether
 * the player speaks and chimes, and their region (which decides the emergency number). Others stay
 * with the device they were set on (reminders while the app is open, the sync clock). Each is kept
 * as a `preference` record, so sync, backups and tombstones treat it as they treat the diary; the
 * latest record for a name wins. zod-free: the schema is in preferences.schema.ts.
 */
import { stampOf } from './sync/change.js';
import type { Kind } from './sync/kinds.js';
import type { StoredRecord } from './sync/record.js';

export const FOLLOWING_SETTINGS = ['player', 'region'] as const;
export type FollowingSetting = (typeof FOLLOWING_SETTINGS)[number];

export function isFollowing(name: string): name is FollowingSetting {
  return (FOLLOWING_SETTINGS as readonly string[]).includes(name);
}

/** The choice "somewhere else" for the region: no region, and no inference over it. */
export const ELSEWHERE = 'elsewhere';

/**
 * Each following setting's value from the latest of its `preference` records, whichever device
 * made it: what every device of the person shows.
 */
export function latestPreferences(records: readonly StoredRecord<Kind>[]): Map<string, unknown> {
  const latest = new Map<string, { stamp: string; value: unknown }>();
  for (const r of records) {
    if (r.deleted || r.kind !== 'preference') continue;
    const { name, value } = r.data as { name: string; value: unknown };
    const stamp = stampOf(r);
    const kept = latest.get(name);
    if (kept === undefined || stamp > kept.stamp) latest.set(name, { stamp, value });
  }
  return new Map([...latest].map(([name, { value }]) => [name, value]));
}
