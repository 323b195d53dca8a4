import { describe, expect, it } from 'vitest';
import { checkRecord } from './check-record.js';
import { CheckRecord } from './check-record.schema.js';
import { evaluate } from './engine.js';

describe('a kept check', () => {
  it('keeps the result as shown, with its answers, date and region', () => {
    const answers = { saddleNumbness: true } as const;
    const result = evaluate(answers, { region: 'UK' });
    const record = checkRecord(new Date('2025-03-01T10:00:00Z'), answers, result, 'UK');
    expect(record).toMatchObject({
      createdAt: '2025-03-01T10:00:00.000Z',
      disposition: 'emergency',
      answers,
      region: 'UK',
    });
    expect(record.reasons).toEqual(result.reasons);
    expect(CheckRecord.safeParse(record).success).toBe(true);
    // What IndexedDB gives back is a structured clone; JSON is a stricter stand-in.
    expect(CheckRecord.safeParse(JSON.parse(JSON.stringify(record))).success).toBe(true);
  });

  it('keeps a result whose region was not known, without a region', () => {
    const record = checkRecord(new Date(0), {}, evaluate({}), undefined);
    expect('region' in record).toBe(false);
    expect(CheckRecord.safeParse(record).success).toBe(true);
    expect(CheckRecord.safeParse({ ...record, region: 'Atlantis' }).success).toBe(false);
  });

  it('fails a damaged record, so the device skips it instead of showing it', () => {
    const good = checkRecord(new Date(0), {}, evaluate({}), 'EU');
    expect(CheckRecord.safeParse({ ...good, disposition: 'later' }).success).toBe(false);
    expect(CheckRecord.safeParse({ ...good, createdAt: 'yesterday' }).success).toBe(false);
    expect(CheckRecord.safeParse({ ...good, reasons: [{ text: 'x' }] }).success).toBe(false);
    expect(CheckRecord.safeParse({ ...good, answers: { painNow0to10: 11 } }).success).toBe(false);
    expect(CheckRecord.safeParse(null).success).toBe(false);
  });
});
