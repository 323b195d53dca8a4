import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { makeProfile } from './plan/fixtures.js';
import { Profile } from './plan/schema.js';
import { parseAnswers } from './triage/answers.schema.js';
import { isIsoDate, isIsoInstant, isPainScore, PAIN_SCORES, painScore } from './units.js';
import { IsoDateSchema, PainScoreSchema } from './units.schema.js';

describe('PainScore', () => {
  it('is a whole number from 0 to 10, and 0 is a real score', () => {
    expect(painScore(0)).toBe(0);
    expect(painScore(10)).toBe(10);
    expect(isPainScore(0)).toBe(true);
    for (const bad of [-1, 11, 2.5, Number.NaN]) {
      expect(isPainScore(bad)).toBe(false);
      expect(() => painScore(bad)).toThrow(AppError);
    }
  });

  it('offers every score once, 0 to 10, for a scale of buttons', () => {
    expect(PAIN_SCORES).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('the constructor and the schema agree on every number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -5, max: 15 }), fc.double()), (n) => {
        expect(PainScoreSchema.safeParse(n).success).toBe(isPainScore(n));
      }),
    );
  });

  it('is one schema: the plan and the check refuse 11 with the same words', () => {
    const plan = Profile.safeParse({ ...makeProfile(), painNow0to10: 11 });
    const check = parseAnswers({ painNow0to10: 11 });
    expect(plan.success).toBe(false);
    expect(check.ok).toBe(false);
    const planMessage = plan.error?.issues.find((i) => i.path[0] === 'painNow0to10')?.message;
    const checkMessage = check.ok ? undefined : check.errors[0]?.message;
    expect(planMessage).toBe('must be at most 10');
    expect(checkMessage).toBe(planMessage);
  });
});

describe('dates and instants', () => {
  it('a date is a real calendar day written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-3-1')).toBe(false);
    expect(IsoDateSchema.safeParse('2025-02-30').success).toBe(false);
  });

  it('an instant is ISO 8601 in UTC', () => {
    expect(isIsoInstant('2025-03-10T09:00:00.000Z')).toBe(true);
    expect(isIsoInstant('2025-03-10T09:00:00+01:00')).toBe(false);
    expect(isIsoInstant('yesterday')).toBe(false);
  });
});
