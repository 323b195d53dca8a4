import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/triage/engine.js';
import { isTriageRecord, makeRecord, newestFirst } from './history.js';

const ID = '01890a5d-ac96-774b-bcce-b302099a8057';

describe('past checks kept on the device', () => {
  it('keeps the result as shown, with its answers, date and region', () => {
    const answers = { saddleNumbness: true } as const;
    const result = evaluate(answers, { region: 'UK' });
    const record = makeRecord(ID, new Date('2025-03-01T10:00:00Z'), answers, result, 'UK');
    expect(record).toMatchObject({
      id: ID,
      createdAt: '2025-03-01T10:00:00.000Z',
      disposition: 'emergency',
      answers,
      region: 'UK',
    });
    expect(record.reasons).toEqual(result.reasons);
    expect(isTriageRecord(record)).toBe(true);
    // What IndexedDB gives back is a structured clone; JSON is a stricter stand-in.
    expect(isTriageRecord(JSON.parse(JSON.stringify(record)))).toBe(true);
  });

  it('keeps a result whose region was not known, without a region', () => {
    const record = makeRecord(ID, new Date(0), {}, evaluate({}), undefined);
    expect('region' in record).toBe(false);
    expect(isTriageRecord(record)).toBe(true);
    expect(isTriageRecord({ ...record, region: 'Atlantis' })).toBe(false);
  });

  it('skips a damaged record instead of showing it', () => {
    const good = makeRecord(ID, new Date(0), {}, evaluate({}), 'EU');
    expect(isTriageRecord({ ...good, disposition: 'later' })).toBe(false);
    expect(isTriageRecord({ ...good, createdAt: 'yesterday' })).toBe(false);
    expect(isTriageRecord({ ...good, reasons: [{ text: 'x' }] })).toBe(false);
    expect(isTriageRecord(null)).toBe(false);
  });

  it('lists the newest check first', () => {
    const result = evaluate({});
    const older = makeRecord('a', new Date('2025-01-01T00:00:00Z'), {}, result, 'EU');
    const newer = makeRecord('b', new Date('2025-02-01T00:00:00Z'), {}, result, 'EU');
    expect(newestFirst([older, newer]).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
