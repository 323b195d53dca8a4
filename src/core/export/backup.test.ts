import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Kind } from '../sync/kinds.js';
import type { StoredRecord } from '../sync/record.js';
import { makeBackup, RestoreClash, restoreOf } from './backup.js';
import { parseBackup } from './backup.schema.js';

const id = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const entry = (
  n: number,
  pain: number,
  changedAt = '2026-03-02T08:00:00.000Z',
): StoredRecord<Kind> => ({
  id: id(n),
  kind: 'diary-entry',
  changedAt,
  deleted: false,
  data: { at: '2026-03-02T07:00:00.000Z', pain0to10: pain },
});
const NOW = Date.parse('2026-03-04T09:00:00Z');

/** A device: its records and settings; a restore applied to it. */
function apply(
  device: { records: StoredRecord<Kind>[]; settings: { id: string; value: unknown }[] },
  file: unknown,
) {
  const parsed = parseBackup(JSON.parse(JSON.stringify(file)));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.path).join(','));
  const writes = restoreOf(parsed.backup, device.records, device.settings);
  const records = new Map(device.records.map((r) => [r.id, r]));
  for (const r of writes.records) records.set(r.id, r);
  const settings = new Map(device.settings.map((s) => [s.id, s]));
  for (const s of writes.settings) settings.set(s.id, s);
  return { writes, device: { records: [...records.values()], settings: [...settings.values()] } };
}

describe('backup and restore', () => {
  const file = makeBackup(
    [
      entry(1, 0),
      {
        id: id(2),
        kind: 'diary-entry',
        changedAt: '2026-03-03T08:00:00.000Z',
        deleted: true,
        data: null,
      },
    ],
    [{ id: 'region', value: 'GB' }],
    NOW,
  );

  it('restores everything onto an empty device, tombstones and settings too', () => {
    const { device } = apply({ records: [], settings: [] }, file);
    expect(device.records).toEqual(file.records);
    expect(device.settings).toEqual([{ id: 'region', value: 'GB' }]);
  });

  it('importing the same file twice changes nothing the second time', () => {
    const once = apply({ records: [], settings: [] }, file);
    const twice = apply(once.device, file);
    expect(twice.writes).toEqual({ records: [], settings: [] });
    expect(twice.device).toEqual(once.device);
  });

  it('keeps what changed on the device after the backup, and takes what changed later in the file', () => {
    const device = { records: [entry(1, 5, '2026-03-05T08:00:00.000Z')], settings: [] };
    expect(apply(device, file).device.records.find((r) => r.id === id(1))?.data).toMatchObject({
      pain0to10: 5,
    });
    const older = { records: [entry(1, 5, '2026-03-01T08:00:00.000Z')], settings: [] };
    expect(apply(older, file).device.records.find((r) => r.id === id(1))?.data).toMatchObject({
      pain0to10: 0,
    });
  });

  it('refuses a file with a bad record, naming the field, before anything is written', () => {
    const bad = { ...file, records: [entry(1, 11), { ...entry(3, 2), kind: 'diary' }] };
    const parsed = parseBackup(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.path)).toEqual([
      'records.0.data.pain0to10',
      'records.1.kind',
    ]);
  });

  it('refuses a file that is not a backup, or from a later version', () => {
    const errors = (x: unknown) => {
      const p = parseBackup(x);
      return p.ok ? [] : p.errors.map((e) => e.path);
    };
    expect(errors({ hello: 1 })).toEqual(expect.arrayContaining(['format', 'records', 'hello']));
    expect(errors({ ...file, version: 2 })).toEqual(['version']);
    expect(errors([])).toEqual(['(body)']);
  });

  it('refuses a record whose id the device keeps as another kind', () => {
    const tick: StoredRecord<Kind> = {
      id: id(1),
      kind: 'habit-tick',
      changedAt: '2026-03-01T08:00:00.000Z',
      deleted: false,
      data: { date: '2026-03-01', habitId: 'water' },
    };
    expect(() => restoreOf(file, [tick], [])).toThrow(RestoreClash);
  });

  it('restoring any order of files leaves each record at its latest version', () => {
    const stamp = fc
      .integer({ min: 0, max: 1000 })
      .map((m) => new Date(NOW + m * 60_000).toISOString());
    const recs = fc.array(
      fc.record({
        n: fc.integer({ min: 1, max: 5 }),
        pain: fc.integer({ min: 0, max: 10 }),
        at: stamp,
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(recs, recs, (a, b) => {
        const fa = makeBackup(
          a.map((r) => entry(r.n, r.pain, r.at)),
          [],
          NOW,
        );
        const fb = makeBackup(
          b.map((r) => entry(r.n, r.pain, r.at)),
          [],
          NOW,
        );
        const ab = apply(apply({ records: [], settings: [] }, fa).device, fb).device.records;
        const ba = apply(apply({ records: [], settings: [] }, fb).device, fa).device.records;
        const latest = (rs: StoredRecord<Kind>[]) => new Map(rs.map((r) => [r.id, r.changedAt]));
        expect(latest(ab)).toEqual(latest(ba));
      }),
    );
  });
});
