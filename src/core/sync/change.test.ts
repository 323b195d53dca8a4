import { describe, expect, it } from 'vitest';
import { changedAtOf, changeOf, recordOf, stampOf } from './change.js';
import { checkChange } from './change.schema.js';
import { AT, diaryChange, stamp, tombstoneChange } from './fixtures.js';
import { MAX_DRIFT_MS, parseHlc } from './hlc.js';

const now = AT + 60_000;

describe('a change the server receives', () => {
  it('is kept in its schema normal form when its envelope and data are right', () => {
    const checked = checkChange(diaryChange(1, 4), now);
    expect(checked).toEqual({ ok: true, change: diaryChange(1, 4) });
  });

  it('is refused naming the data field its kind schema refuses', () => {
    const checked = checkChange(diaryChange(1, 11), now);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.refusal.id).toBe(diaryChange(1, 11).id);
      expect(checked.refusal.field).toBe('data.pain0to10');
    }
  });

  it.each([
    ['id', { id: 'not-an-id' }],
    ['kind', { kind: 'shopping-list' }],
    ['hlc', { hlc: '2026-03-02 08:00' }],
    ['deleted', { deleted: 'no' }],
    ['colour', { colour: 'red' }],
    ['data', { deleted: true }],
  ])('is refused naming %s when the envelope is wrong there', (field, patch) => {
    const checked = checkChange({ ...diaryChange(2, 3), ...patch }, now);
    expect(checked.ok ? undefined : checked.refusal.field).toBe(field);
  });

  it('is refused when its stamp is further ahead of the server than the clock allows', () => {
    const ahead = diaryChange(3, 3, stamp(now + MAX_DRIFT_MS + 1));
    expect(checkChange(ahead, now)).toMatchObject({ ok: false, refusal: { field: 'hlc' } });
    const justInside = diaryChange(3, 3, stamp(now + MAX_DRIFT_MS));
    expect(checkChange(justInside, now).ok).toBe(true);
  });

  it('is a tombstone with no data when deleted', () => {
    const checked = checkChange({ ...tombstoneChange(4, stamp(AT)), data: undefined }, now);
    expect(checked).toEqual({ ok: true, change: tombstoneChange(4, stamp(AT)) });
  });

  it('refuses what is not an object at all, without an id', () => {
    expect(checkChange([1, 2], now)).toEqual({
      ok: false,
      refusal: { id: '', field: '(change)', message: 'must be an object' },
    });
  });
});

describe('a change as a record', () => {
  it('takes its change time from its stamp', () => {
    expect(changedAtOf(stamp(AT, 3))).toBe('2026-03-02T08:00:00.000Z');
    expect(recordOf(tombstoneChange(5, stamp(AT)))).toEqual({
      id: tombstoneChange(5, stamp(AT)).id,
      kind: 'diary-entry',
      changedAt: '2026-03-02T08:00:00.000Z',
      hlc: stamp(AT),
      deleted: true,
      data: null,
    });
  });

  it('goes back to the same change when the device pushes it', () => {
    const change = diaryChange(6, 2, stamp(AT, 7));
    expect(changeOf(recordOf(change))).toEqual(change);
  });

  it('made before the device had a clock, is stamped by its change time and loses to any stamp of that moment', () => {
    const old = { changedAt: '2026-03-02T08:00:00.000Z' };
    expect(parseHlc(stampOf(old))).toEqual({ millis: AT, counter: 0, node: '0'.repeat(16) });
    expect(stampOf(old) < stamp(AT, 0)).toBe(true);
  });
});
