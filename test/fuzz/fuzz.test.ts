import { describe, expect, it } from 'vitest';
import { formatReport, runCampaign } from './campaign.js';
import { FUZZ_COUNT, FUZZ_SEED } from './settings.js';

describe('the server under fuzzed requests over real HTTP', () => {
  it(`answers ${FUZZ_COUNT} hostile requests without a 5xx, only problem+json errors, and keeps the records valid requests wrote`, async () => {
    const report = await runCampaign({ seed: FUZZ_SEED, count: FUZZ_COUNT });
    console.log(formatReport(report));
    expect(report.examples).toEqual([]);
    expect(report.findings.map((f) => `#${f.index} ${f.why}\n${f.request}\n→ ${f.answer}`)).toEqual(
      [],
    );
    expect(report.data).toEqual([]);
    // Every kind of request was sent, and the real sessions were used.
    expect(Object.values(report.byCategory).every((n) => n > 0)).toBe(true);
    expect(report.signedIn).toBeGreaterThan(FUZZ_COUNT / 10);
  });
});
