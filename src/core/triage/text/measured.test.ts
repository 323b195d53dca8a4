/**
 * The reader measured on described cases: the 30 dev vignettes beside the repository and our own
 * texts (own-texts.ts). The figures are printed for the closing note and the bench; the tests pin
 * what must hold: no case gets a less urgent result from the words alone than its gold, and the
 * reader keeps the exactness and recall it has now.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compareDispositions, DISPOSITIONS } from '../dispositions.js';
import { readDescription } from './extract.js';
import { FIRST_PASS_TEXTS, HOSTILE_TEXTS, HOSTILE_TEXTS_3 } from './hostile-texts.js';
import { type DescribedCase, measure } from './metrics.js';
import { outcomeOf } from './outcome.js';
import { HELD_OUT_TEXTS, TUNING_TEXTS } from './own-texts.js';

// /work/main and /work/shared are siblings here, and CI puts shared/ beside the clone too.
const DEV_URL = new URL('../../../../../shared/vignettes/dev.json', import.meta.url);

const devCases: DescribedCase[] = existsSync(DEV_URL)
  ? z
      .array(
        z.object({
          id: z.string(),
          text: z.string(),
          age: z.number().int(),
          sex: z.enum(['female', 'male']),
          findings: z.record(z.string(), z.unknown()),
          gold: z.enum(DISPOSITIONS),
        }),
      )
      .parse(JSON.parse(readFileSync(DEV_URL, 'utf8')))
      .map((v) => ({
        id: v.id,
        text: v.text,
        ageYears: v.age,
        sex: v.sex,
        findings: v.findings,
        gold: v.gold,
      }))
  : [];

const SETS = [
  { name: 'the 30 dev vignettes', cases: devCases, minExact: 30, minRecall: 0.8 },
  { name: 'our tuning texts', cases: [...TUNING_TEXTS], minExact: 110, minRecall: 0.95 },
  { name: 'our held-out texts', cases: [...HELD_OUT_TEXTS], minExact: 50, minRecall: 0.95 },
  { name: 'the hostile texts (set 2)', cases: [...HOSTILE_TEXTS], minExact: 79, minRecall: 0.84 },
  { name: 'the hostile texts (set 3)', cases: [...HOSTILE_TEXTS_3], minExact: 79, minRecall: 0.8 },
];

describe('the reader on described cases', () => {
  it('finds the dev vignettes beside the repository', () => {
    expect(devCases, `Missing ${fileURLToPath(DEV_URL)}`).toHaveLength(30);
  });

  it.each(SETS)(
    'on $name, never less urgent than gold from the words alone',
    ({ cases, minExact, minRecall }) => {
      const figures = measure(cases);
      expect(figures.underIds).toEqual([]);
      expect(figures.exact).toBeGreaterThanOrEqual(minExact);
      expect(figures.recall).toBeGreaterThanOrEqual(minRecall);
    },
  );

  it.each(FIRST_PASS_TEXTS)(
    'reads "$text" ($gold) no less urgently than its writer expected',
    ({ text, ageYears, sex, gold }) => {
      const { disposition } = outcomeOf(
        readDescription(text, { ageYears, ...(sex === undefined ? {} : { sex }) }),
      );
      expect(compareDispositions(disposition, gold)).toBeGreaterThanOrEqual(0);
      // The plain denials the first pass found read as emergencies are denials again.
      if (gold === 'self_care') expect(disposition).toBe('self_care');
    },
  );
});
