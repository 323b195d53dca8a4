import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../core/ids.js';
import { migrateV3, type V3Stores } from './migrate-v3.js';

const NOW = Date.parse('2025-03-10T09:00:00Z');
let counter = 0;
const newId = (atMs: number) =>
  uuidv7(atMs, (n) => Uint8Array.from({ length: n }, (_, i) => (counter++ + i) % 256));

const EMPTY: V3Stores = {
  checkIns: [],
  habitChecks: [],
  plan: [],
  sessionLogs: [],
  triageResults: [],
  feedbackOutbox: [],
  settings: [],
};

/** A device as version 3 left it: one of everything. */
const SEEDED: V3Stores = {
  checkIns: [{ id: '2025-03-08', date: '2025-03-08', pain0to10: 0, at: '2025-03-08T19:00:00Z' }],
  habitChecks: [{ id: '2025-03-08|water', date: '2025-03-08', habitId: 'water' }],
  plan: [
    { id: 'profile', profile: { work: 'desk' }, skipped: false, savedAt: '2025-03-03T08:00:00Z' },
    {
      id: 'current',
      plan: { weekStart: '2025-03-10' },
      base: {},
      generatedAt: '2025-03-10T08:00:00Z',
    },
  ],
  sessionLogs: [
    {
      id: '01957c3e-1f00-7000-8000-000000000001',
      startedAt: '2025-03-09T08:00:00Z',
      endedAt: '2025-03-09T08:06:00Z',
      exercises: [],
    },
  ],
  triageResults: [
    { id: '01957c3e-1f00-7000-8000-000000000002', createdAt: '2025-03-07T10:00:00Z', answers: {} },
  ],
  feedbackOutbox: [
    { id: '01957c3e-1f00-7000-8000-000000000003', itemId: 'massage', helpful: true },
  ],
  settings: [
    { id: 'region', value: 'UK' },
    { id: 'player', speech: false, chime: true },
    { id: 'plan-reminders', value: true },
  ],
};

describe('moving a version 3 device to the record layer', () => {
  it('keeps every record with its content unchanged, under a kind and a UUIDv7 id', () => {
    const { records } = migrateV3(SEEDED, NOW, newId);
    const byKind = Object.fromEntries(records.map((r) => [r.kind, r]));
    expect(Object.keys(byKind).sort()).toEqual(
      ['check-in', 'check-result', 'habit-tick', 'plan', 'profile', 'session-log'].sort(),
    );
    expect(byKind['check-in']?.data).toEqual({
      date: '2025-03-08',
      pain0to10: 0,
      at: '2025-03-08T19:00:00Z',
    });
    expect(byKind['habit-tick']?.data).toEqual({ date: '2025-03-08', habitId: 'water' });
    expect(byKind.profile?.data).toEqual({
      profile: { work: 'desk' },
      skipped: false,
      savedAt: '2025-03-03T08:00:00Z',
    });
    for (const r of records) {
      expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
      expect(r.deleted).toBe(false);
    }
  });

  it('keeps the ids records already had, and dates each record by its own time', () => {
    const { records } = migrateV3(SEEDED, NOW, newId);
    const log = records.find((r) => r.kind === 'session-log');
    expect(log?.id).toBe('01957c3e-1f00-7000-8000-000000000001');
    expect(log?.changedAt).toBe('2025-03-09T08:06:00.000Z');
    const checkIn = records.find((r) => r.kind === 'check-in');
    expect(checkIn?.changedAt).toBe('2025-03-08T19:00:00.000Z');
    // Made at the record's own time, so UUIDv7 order is the order they happened in.
    expect(Number.parseInt(checkIn?.id.replace(/-/g, '').slice(0, 12) ?? '', 16)).toBe(
      Date.parse('2025-03-08T19:00:00Z'),
    );
  });

  it('keeps settings as { id, value }, the player switches included', () => {
    const { settings } = migrateV3(SEEDED, NOW, newId);
    expect(settings).toEqual([
      { id: 'region', value: 'UK' },
      { id: 'player', value: { speech: false, chime: true } },
      { id: 'plan-reminders', value: true },
    ]);
  });

  it('moves feedback waiting to be sent into the one outbox under its own id', () => {
    const { outbox } = migrateV3(SEEDED, NOW, newId);
    expect(outbox).toEqual([
      {
        id: '01957c3e-1f00-7000-8000-000000000003',
        topic: 'feedback',
        body: SEEDED.feedbackOutbox[0],
        queuedAt: new Date(NOW).toISOString(),
      },
    ]);
  });

  it('an empty device stays empty', () => {
    expect(migrateV3(EMPTY, NOW, newId)).toEqual({ records: [], settings: [], outbox: [] });
  });

  it('never drops a value, even one it cannot make sense of', () => {
    fc.assert(
      fc.property(
        fc.record({
          checkIns: fc.array(fc.anything()),
          habitChecks: fc.array(fc.anything()),
          plan: fc.array(fc.anything()),
          sessionLogs: fc.array(fc.anything()),
          triageResults: fc.array(fc.anything()),
          feedbackOutbox: fc.array(fc.anything()),
          settings: fc.constant([]),
        }),
        (old) => {
          const { records, outbox } = migrateV3(old, NOW, newId);
          const count =
            old.checkIns.length +
            old.habitChecks.length +
            old.plan.length +
            old.sessionLogs.length +
            old.triageResults.length;
          expect(records).toHaveLength(count);
          expect(outbox).toHaveLength(old.feedbackOutbox.length);
          for (const r of records) expect(Number.isNaN(Date.parse(r.changedAt))).toBe(false);
        },
      ),
    );
  });
});
