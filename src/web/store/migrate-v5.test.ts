import { describe, expect, it } from 'vitest';
import { DiaryEntryData } from '../../core/diary/entry.schema.js';
import { checkInToDiary } from './migrate-v5.js';

const ID = '0190a000-0000-7000-8000-000000000001';

describe('check-ins become diary entries', () => {
  it('keeps the id, the change stamp, the moment and the score, 0 included', () => {
    const moved = checkInToDiary({
      id: ID,
      kind: 'check-in',
      changedAt: '2026-03-02T08:00:00.000Z',
      deleted: false,
      data: { date: '2026-03-02', pain0to10: 0, at: '2026-03-02T07:59:00.000Z' },
    });
    expect(moved).toEqual({
      id: ID,
      kind: 'diary-entry',
      changedAt: '2026-03-02T08:00:00.000Z',
      deleted: false,
      data: { at: '2026-03-02T07:59:00.000Z', pain0to10: 0 },
    });
    expect(DiaryEntryData.safeParse((moved as { data: unknown }).data).success).toBe(true);
  });

  it('keeps a deleted check-in deleted', () => {
    const tomb = { id: ID, kind: 'check-in', changedAt: 'x', deleted: true, data: null };
    expect(checkInToDiary(tomb)).toEqual({ ...tomb, kind: 'diary-entry' });
  });

  it('carries over a check-in it cannot read, for the record layer to skip with a report', () => {
    const odd = {
      id: ID,
      kind: 'check-in',
      changedAt: 'x',
      deleted: false,
      data: { pain0to10: 'high' },
    };
    expect(checkInToDiary(odd)).toEqual({
      ...odd,
      kind: 'diary-entry',
      data: { at: undefined, pain0to10: 'high' },
    });
  });

  it('dates a check-in without a moment at noon UTC of its day', () => {
    const moved = checkInToDiary({
      id: ID,
      kind: 'check-in',
      changedAt: 'x',
      deleted: false,
      data: { date: '2026-03-02', pain0to10: 4 },
    }) as { data: unknown };
    expect(moved.data).toEqual({ at: '2026-03-02T12:00:00.000Z', pain0to10: 4 });
  });

  it('leaves every other record as it is', () => {
    const tick = { id: ID, kind: 'habit-tick', changedAt: 'x', deleted: false, data: {} };
    expect(checkInToDiary(tick)).toBe(tick);
    expect(checkInToDiary(null)).toBe(null);
  });
});
