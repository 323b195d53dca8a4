// `npm run crash -- --cycles N`: the kill -9 test (src/cli/crash.db.test.ts) with N kills per
// database instead of the three `npm test` runs; PostgreSQL too when TEST_DATABASE_URL is set.
import { bin, run } from './lib.mjs';

const at = process.argv.indexOf('--cycles');
const cycles = at === -1 ? '20' : process.argv[at + 1];
if (!/^[1-9]\d{0,3}$/.test(cycles ?? '')) {
  console.error('--cycles: a whole number from 1 to 9999');
  process.exit(2);
}
process.env.CRASH_CYCLES = cycles;
process.exitCode = await run(bin('vitest'), ['run', '--project', 'db', 'src/cli/crash.db.test.ts']);
