import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.js';
import { evaluate } from './engine.js';
import { QUESTIONS } from './questions.js';
import { TriageQuestion, TriageResultSchema } from './result.schema.js';

/** Random answers: each question answered with one of its own values, or left out. */
const answersArb = fc.record(
  Object.fromEntries(
    QUESTIONS.map((q) => {
      const input = q.input;
      const value =
        input.kind === 'yes_no_unsure'
          ? fc.constantFrom(true, false, 'unsure')
          : input.kind === 'number'
            ? fc.integer({ min: input.min, max: input.max })
            : fc.constantFrom(...input.options.map((o) => o.value));
      return [q.id, value];
    }),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

describe('the response schemas the OpenAPI document shows', () => {
  it('describe every question exactly', () => {
    for (const question of QUESTIONS) expect(TriageQuestion.parse(question)).toEqual(question);
  });

  it('describe every result the engine can give, strictly, with and without a region', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(undefined, 'UK', 'US', 'AU'), (answers, region) => {
        const result = evaluate(answers, region === undefined ? {} : { region });
        expect(TriageResultSchema.parse(result)).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });
});
