import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiaryEntry } from '../diary/entry.js';
import { painScore } from '../units.js';
import { CSV_COLUMNS, diaryCsv } from './csv.js';

const entries: DiaryEntry[] = [
  {
    id: '0190a000-0000-7000-8000-000000000002',
    at: '2026-03-02T23:30:00.000Z',
    pain0to10: painScore(0),
  },
  {
    id: '0190a000-0000-7000-8000-000000000001',
    at: '2026-03-02T08:15:00.000Z',
    pain0to10: painScore(6),
    where: ['lower-back', 'left-leg'],
    helped: ['heat', 'medicine'],
    medicine: 'Ibuprofen',
    sleepDisturbed: true,
    activity: { name: 'Putting on socks, slowly', managed0to10: painScore(4) },
    note: 'Stiff "first thing",\nbetter by lunch. Ça va.',
  },
];

/** Parsed by an independent RFC 4180 parser, as a spreadsheet would. */
const read = (csv: string): Record<string, string>[] => parse(csv, { columns: true, bom: false });

describe('the diary as CSV', () => {
  it('has one header row, CRLF line ends and ISO times, oldest first', () => {
    const csv = diaryCsv(entries, 'Europe/London');
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = read(csv);
    expect(rows.map((r) => r.id)).toEqual([entries[1]?.id, entries[0]?.id]);
    expect(rows[0]?.time_utc).toBe('2026-03-02T08:15:00.000Z');
  });

  it('reads back exactly: quotes, commas, line breaks and accents survive', () => {
    const [row, zero] = read(diaryCsv(entries, 'Europe/London'));
    expect(row).toMatchObject({
      pain_0_to_10: '6',
      where: 'Lower back; Left leg',
      helped: 'Heat; A medicine from the pharmacy',
      medicine: 'Ibuprofen',
      sleep_disturbed: 'yes',
      hard_activity: 'Putting on socks, slowly',
      activity_managed_0_to_10: '4',
      note: entries[1]?.note,
    });
    // 0 is a real score, and optional fields stay empty, not "undefined".
    expect(zero).toMatchObject({ pain_0_to_10: '0', where: '', sleep_disturbed: '', note: '' });
  });

  it('gives the local date in the person’s time zone', () => {
    const [, late] = read(diaryCsv(entries, 'Australia/Sydney'));
    expect(late?.local_date).toBe('2026-03-03');
  });

  it('keeps a note that starts like a formula from running in a spreadsheet', () => {
    const csv = diaryCsv([{ ...(entries[0] as DiaryEntry), note: '=HYPERLINK("x")' }], 'UTC');
    expect(read(csv)[0]?.note).toBe('\'=HYPERLINK("x")');
  });

  it('any note reads back as written, or with one apostrophe before a formula sign', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (note) => {
        const csv = diaryCsv([{ ...(entries[0] as DiaryEntry), note }], 'UTC');
        const back = read(csv)[0]?.note;
        expect(back).toBe(/^[=+\-@\t\r]/.test(note) ? `'${note}` : note);
      }),
    );
  });
});
