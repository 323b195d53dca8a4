// `npm test`: lint, types, architecture boundaries, unit and API tests, storage tests (SQLite, and
// PostgreSQL when TEST_DATABASE_URL is set), the fuzz suite, the build, browser tests in real
// Chromium, and an audit of the dependencies for known high or critical vulnerabilities.
// Every step runs even when an earlier one fails, so one run shows everything that is wrong; the
// last line counts the tests as "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from './build.mjs';
import { ensureChromium } from './chromium.mjs';
import { bin, ROOT, run } from './lib.mjs';

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

/**
 * `npm audit --audit-level=high` over every installed package, dev dependencies included (no
 * --omit=dev): Vite, vite-plugin-pwa with Workbox and their plugins write the JavaScript and the
 * service worker that every browser runs, and the test and bench tools run here with the same
 * rights as the build, so a flaw in them reaches people as surely as one in Fastify. Fails on any
 * high or critical advisory. When no report comes back (the registry this project's machines
 * install from refuses the audit request with 405), it says in capitals that nothing was checked
 * and fails only with UNKNOT_AUDIT=required, so `npm ci && npm test` still works on a fresh clone
 * here; a CI with a registry that serves advisories sets UNKNOT_AUDIT=required. UNKNOT_AUDIT=off
 * skips it, saying so.
 */
function audit() {
  if (process.env.UNKNOT_AUDIT === 'off') {
    console.log('UNKNOT_AUDIT=off: the dependency audit was skipped; nothing was checked.');
    return 0;
  }
  const viaNpm = process.env.npm_execpath?.endsWith('npm-cli.js') ? process.env.npm_execpath : null;
  const args = ['audit', '--audit-level=high', '--json'];
  const result = spawnSync(
    viaNpm === null ? 'npm' : process.execPath,
    viaNpm === null ? args : [viaNpm, ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
  let report;
  try {
    report = JSON.parse(result.stdout ?? '');
  } catch {
    report = undefined;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (typeof counts?.high !== 'number' || typeof counts?.critical !== 'number') {
    const why =
      result.error?.message ??
      report?.message ??
      ((result.stderr ?? '').trim().split('\n')[0] || `npm exited with ${result.status}`);
    console.error(`npm audit gave no report, so the dependencies were NOT CHECKED: ${why}`);
    console.error(
      'The registry must answer npm audit (POST /-/npm/v1/security/advisories/bulk). ' +
        'UNKNOT_AUDIT=required makes this a failure.',
    );
    return process.env.UNKNOT_AUDIT === 'required' ? 1 : 0;
  }
  for (const found of Object.values(report.vulnerabilities ?? {})) {
    if (found.severity !== 'high' && found.severity !== 'critical') continue;
    const via = found.via.map((v) =>
      typeof v === 'string' ? `through ${v}` : `${v.title} ${v.url}`,
    );
    const range = found.range ? ` ${found.range}` : '';
    console.error(`${found.severity}: ${found.name}${range}: ${via.join('; ')}`);
  }
  const total = report.metadata.dependencies?.total ?? 'all';
  console.log(
    `npm audit over ${total} packages: ${counts.critical} critical, ${counts.high} high, ` +
      `${counts.moderate} moderate, ${counts.low} low.`,
  );
  return counts.critical + counts.high > 0 ? 1 : 0;
}

await step('Lint and format (Biome)', () =>
  run(bin('biome'), ['check', '--error-on-warnings', '.']),
);
await step('Types (tsc --noEmit, strict)', () => run(bin('tsc'), ['--noEmit', '-p', '.']));
await step('Architecture boundaries', () =>
  run(process.execPath, ['scripts/check-boundaries.mjs']),
);
await step('Dependency audit (npm audit, high)', () => audit());
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
