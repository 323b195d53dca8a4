import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../ids.js';
import { isKind, RECORD_KINDS } from './kinds.js';
import { RECORD_SCHEMAS } from './kinds.schema.js';
import { byId, isLive, newRecord, tombstoned } from './record.js';

const T = new Date('2026-03-01T09:00:00.000Z');
const id = (ms: number, fill = 1) => uuidv7(ms, (n) => new Uint8Array(n).fill(fill));

describe('the record envelope', () => {
  it('wraps data with its id, kind and change stamp, live', () => {
    const r = newRecord('habit-tick', { date: '2026-03-01', habitId: 'water' }, id(0), T);
    expect(r).toEqual({
      id: id(0),
      kind: 'habit-tick',
      changedAt: '2026-03-01T09:00:00.000Z',
      deleted: false,
      data: { date: '2026-03-01', habitId: 'water' },
    });
    expect(isLive(r)).toBe(true);
  });

  it('keeps a deleted record as a tombstone: its id and kind stay, its data goes', () => {
    const r = newRecord('check-in', { date: '2026-03-01', pain0to10: 7 }, id(0), T);
    const later = new Date('2026-03-02T09:00:00.000Z');
    const t = tombstoned(r, later);
    expect(t).toEqual({
      id: r.id,
      kind: 'check-in',
      changedAt: later.toISOString(),
      deleted: true,
      data: null,
    });
    expect(isLive(t)).toBe(false);
    expect(JSON.stringify(t)).not.toContain('pain0to10');
  });

  it('orders records by id, which is the order they were made in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { maxLength: 20 }), (times) => {
        const sorted = times.map((t) => ({ id: id(t) })).sort(byId);
        const ms = sorted.map((r) => Number.parseInt(r.id.replaceAll('-', '').slice(0, 12), 16));
        expect(ms).toEqual([...ms].sort((a, b) => a - b));
      }),
    );
  });
});

describe('the record kinds', () => {
  it('has a data schema for every kind, and no schema without a kind', () => {
    expect(Object.keys(RECORD_SCHEMAS).sort()).toEqual([...RECORD_KINDS].sort());
    expect(RECORD_KINDS.every(isKind)).toBe(true);
    expect(isKind('diary')).toBe(false);
  });
});
