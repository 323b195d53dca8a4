import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../core/triage/check-record.js';
import { evaluate } from '../../core/triage/engine.js';
import { newestFirst } from './history.js';

describe('past checks kept on the device', () => {
  it('lists the newest check first', () => {
    const result = evaluate({});
    const older = { id: 'a', ...checkRecord(new Date('2025-01-01T00:00:00Z'), {}, result, 'EU') };
    const newer = { id: 'b', ...checkRecord(new Date('2025-02-01T00:00:00Z'), {}, result, 'EU') };
    expect(newestFirst([older, newer]).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
