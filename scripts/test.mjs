// `npm test`: lint, types, architecture boundaries, unit and API tests, storage tests (SQLite, and
// PostgreSQL when TEST_DATABASE_URL is set), the fuzz suite, the build, and browser tests in real
// Chromium.
// Every step runs even when an earlier one fails, so one run shows everything that is wrong; the
// last line counts the tests as "tests: N passed, N failed".
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from './build.mjs';
import { ensureChromium } from './chromium.mjs';
import { bin, run } from './lib.mjs';

const reports = mkdtempSync(join(tmpdir(), 'unknot-test-'));
const failures = [];
let passed = 0;
let failed = 0;

async function step(name, fn) {
  console.log(`\n▶ ${name}`);
  const code = await fn();
  if (code !== 0) failures.push(name);
}

/** Runs vitest projects with a JSON report beside the usual output, and counts the results. */
async function vitest(name, projects) {
  const outputFile = join(reports, `${name}.json`);
  const args = ['run', ...projects.flatMap((p) => ['--project', p])];
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`);
  const code = await run(bin('vitest'), args);
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numTotalTests === 0) {
      console.error(`No ${name} tests ran.`);
      return 1;
    }
  } catch {
    failed += 1;
    console.error(`The ${name} tests wrote no report.`);
    return code === 0 ? 1 : code;
  }
  return code;
}

await step('Lint and format (Biome)', () =>
  run(bin('biome'), ['check', '--error-on-warnings', '.']),
);
await step('Types (tsc --noEmit, strict)', () => run(bin('tsc'), ['--noEmit', '-p', '.']));
await step('Architecture boundaries', () =>
  run(process.execPath, ['scripts/check-boundaries.mjs']),
);
if (!process.env.TEST_DATABASE_URL) {
  console.log('\nTEST_DATABASE_URL is not set: the storage tests run on SQLite only.');
}
await step('Unit, API and storage tests', () => vitest('unit-and-storage', ['unit', 'db']));
await step('Fuzz (hostile requests over real HTTP, fixed seed)', () => vitest('fuzz', ['fuzz']));
await step('Build (web app and server)', () => build());
await step('Browser tests (Chromium)', async () => {
  const chromium = ensureChromium();
  if (chromium === null) {
    failed += 1;
    return 1;
  }
  process.env.CHROMIUM_PATH = chromium;
  return vitest('browser', ['e2e']);
});

console.log('');
if (failures.length > 0) console.log(`Failed steps: ${failures.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failures.length > 0 ? 1 : 0;
