import { describe, expect, it } from 'vitest';
import { latestPreferences } from './preferences.js';
import { PreferenceData } from './preferences.schema.js';
import { AT, NODE_B, stamp } from './sync/fixtures.js';
import type { Kind } from './sync/kinds.js';
import type { StoredRecord } from './sync/record.js';

const pref = (id: string, hlc: string, name: string, value: unknown): StoredRecord<Kind> => ({
  id,
  kind: 'preference',
  changedAt: hlc.slice(0, 24),
  hlc,
  deleted: false,
  data: { name, value },
});

describe('settings that follow the person', () => {
  it('keep only values the device can use: a known region, or both player switches', () => {
    expect(PreferenceData.safeParse({ name: 'region', value: 'AU' }).success).toBe(true);
    expect(PreferenceData.safeParse({ name: 'region', value: 'elsewhere' }).success).toBe(true);
    expect(PreferenceData.safeParse({ name: 'region', value: 'Atlantis' }).success).toBe(false);
    expect(
      PreferenceData.safeParse({ name: 'player', value: { speech: false, chime: true } }).success,
    ).toBe(true);
    expect(PreferenceData.safeParse({ name: 'player', value: { speech: false } }).success).toBe(
      false,
    );
    expect(PreferenceData.safeParse({ name: 'plan-reminders', value: true }).success).toBe(false);
  });

  it('take the latest record of each name, whichever device made it; a deleted one counts for nothing', () => {
    const records = [
      pref('a', stamp(AT + 5), 'region', 'UK'),
      pref('b', stamp(AT + 9, 0, NODE_B), 'region', 'US'),
      pref('c', stamp(AT + 1), 'player', { speech: false, chime: true }),
      {
        id: 'd',
        kind: 'preference',
        changedAt: '',
        hlc: stamp(AT + 99),
        deleted: true,
        data: null,
      },
    ] satisfies StoredRecord<Kind>[];
    expect(latestPreferences(records)).toEqual(
      new Map<string, unknown>([
        ['region', 'US'],
        ['player', { speech: false, chime: true }],
      ]),
    );
  });
});
