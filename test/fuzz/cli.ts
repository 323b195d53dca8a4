/**
 * `npm run fuzz -- --count N [--seed S] [--concurrency C]`: a fuzz campaign as long as asked, for
 * runs longer than `npm test` affords. Prints the counts of requests by kind and status, every
 * finding with the request that caused it, and exits 1 when there is any.
 */
import { parseArgs } from 'node:util';
import { clean, formatReport, runCampaign } from './campaign.js';
import { FUZZ_COUNT, FUZZ_SEED } from './settings.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: String(FUZZ_COUNT) },
    seed: { type: 'string', default: String(FUZZ_SEED) },
    concurrency: { type: 'string', default: '4' },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
const concurrency = Number(values.concurrency);
if (![count, seed, concurrency].every(Number.isSafeInteger) || count < 1 || concurrency < 1) {
  console.error('usage: npm run fuzz -- --count N [--seed S] [--concurrency C] (whole numbers)');
  process.exit(2);
}

const report = await runCampaign({
  seed,
  count,
  concurrency,
  onProgress: (done) => {
    if (done % 5000 === 0 || done === count) console.error(`  ${done} / ${count}`);
  },
});
console.log(formatReport(report));
process.exitCode = clean(report) ? 0 : 1;
