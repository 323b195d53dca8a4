// `npm run bench`: measures Unknot against the budgets in DESIGN.md and prints a table; writes
// bench/results.json. Figures are reported, never asserted: speed is not a test result.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../scripts/build.mjs';
import { ensureChromium } from '../scripts/chromium.mjs';
import { ROOT } from '../scripts/lib.mjs';
import { clinicianFigures } from './clinician.mjs';
import { diarySummariesPerSecond } from './diary.mjs';
import { freePort, load, median, startProcess, stop } from './lib.mjs';
import { syncFigures } from './sync.mjs';
import { triageEvaluationsPerSecond, triageLoad } from './triage.mjs';
import { descriptionsReadPerSecond, textReadingFigures } from './triage-text.mjs';
import { webFigures } from './web.mjs';

const SERVER = join(ROOT, 'dist/node/cli/main.js');

/** What people type into search, in their own words: 12 topics, each asked several ways. */
const LAY_QUERIES = [
  'ice or heat',
  'hot water bottle',
  'cold pack for back',
  'should i use ice',
  'sciatica',
  'pain down my leg',
  'leg tingling',
  'shooting pain in leg',
  'when to see a doctor',
  'numb bum',
  'cant pee',
  'emergency back pain',
  'stretches',
  'knee to chest',
  'cat cow',
  'gentle exercises for back',
  'sleeping position',
  'pillow between knees',
  'mattress',
  'cant sleep back pain',
  'painkillers',
  'ibuprofen',
  'paracetamol',
  'which painkiller',
  'lifting',
  'how to lift',
  'lifting a box',
  'picking up kids',
  'desk work',
  'sitting all day',
  'posture at work',
  'office chair',
  'pregnant back pain',
  'pelvic pain pregnancy',
  'back pain pregnant',
  'walking',
  'should i rest',
  'bed rest',
  'keep moving',
  'spasm relief',
  'back went',
  'muscle spasm',
  'back locked',
  'core exercises',
  'strengthen back',
  'prevent back pain',
  'stop it coming back',
  'physio',
  'massage',
  'driving with back pain',
  'gardening back pain',
];
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const rows = [];
const figures = {};

function record(name, value, unit, budget) {
  const ok = budget === undefined ? null : budget.test(value);
  rows.push({ name, value, unit, budget: budget?.text ?? '', ok });
  return value;
}
const atMost = (limit, text = `≤ ${limit}`) => ({ test: (v) => v !== null && v <= limit, text });
const atLeast = (limit, text = `≥ ${limit}`) => ({ test: (v) => v !== null && v >= limit, text });

async function startUnknot(dataDir, extraEnv = {}) {
  const port = await freePort();
  return startProcess(
    SERVER,
    ['serve'],
    { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extraEnv },
    ROOT,
  );
}

/** Spawn to first successful /healthz, polled as fast as the loop allows. */
async function startupMs(dataDir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER, 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error('the server exited during start-up');
      if (performance.now() - started > 15_000) throw new Error('no /healthz answer within 15 s');
      await new Promise((r) => setTimeout(r, 2));
    }
  } finally {
    await stop(child);
  }
}

/** POSTs writes one at a time, kills the server with SIGKILL right after the last ack, counts rows. */
async function durability(dataDir) {
  const { child, url } = await startUnknot(dataDir);
  const writes = 100;
  const ids = [];
  for (let i = 0; i < writes; i++) {
    const res = await fetch(`${url}/api/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        contentId: 'muscle-strain',
        helpful: i % 2 === 0,
        comment: `bench ${i}`,
      }),
    });
    if (res.status !== 201) throw new Error(`feedback write answered ${res.status}`);
    ids.push((await res.json()).id);
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(dataDir, 'unknot.sqlite'), { readonly: true });
  const placeholders = ids.map(() => '?').join(',');
  const { n } = db
    .prepare(`select count(*) as n from feedback where id in (${placeholders})`)
    .get(...ids);
  db.close();
  return { acknowledged: writes, survived: n };
}

async function main() {
  const code = await build({ ifStale: true });
  if (code !== 0) throw new Error('the build failed');
  const dataDir = mkdtempSync(join(tmpdir(), 'unknot-bench-'));
  try {
    // Start-up: one warm-up (it also migrates the fresh database), then seven counted runs.
    await startupMs(dataDir);
    const startups = [];
    for (let i = 0; i < 7; i++) startups.push(await startupMs(dataDir));
    figures.startupMs = { median: Math.round(median(startups)), runs: startups.map(Math.round) };
    record(
      'Server start-up to first /healthz (median of 7)',
      figures.startupMs.median,
      'ms',
      atMost(300),
    );

    const d = await durability(mkdtempSync(join(tmpdir(), 'unknot-bench-kill-')));
    figures.durability = d;
    record('Acknowledged writes surviving kill -9', `${d.survived}/${d.acknowledged}`, '', {
      test: () => d.survived === d.acknowledged,
      text: 'all',
    });

    // Load: Unknot's routes and a bare Fastify hello, each alone on the machine, same settings.
    const hello = await startProcess(join(ROOT, 'bench/hello-server.mjs'), [], { PORT: '0' }, ROOT);
    figures.hello = await load({ url: `${hello.url}/hello`, seconds: LOAD_SECONDS });
    await stop(hello.child);
    const unknot = await startUnknot(dataDir);
    figures.contentItem = await load({
      url: `${unknot.url}/api/v1/content/muscle-strain`,
      seconds: LOAD_SECONDS,
    });
    // Many different lay queries, as people ask them, each connection walking the list from its
    // own place; and then every query new, the cost when nothing asked before helps.
    let nextQuery = 0;
    figures.search = await load({
      url: unknot.url,
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            path: `/api/v1/search?q=${encodeURIComponent(LAY_QUERIES[nextQuery++ % LAY_QUERIES.length])}&limit=10`,
          }),
        },
      ],
      seconds: LOAD_SECONDS,
    });
    figures.search.distinctQueries = LAY_QUERIES.length;
    let fresh = 0;
    figures.searchUncached = await load({
      url: unknot.url,
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            path: `/api/v1/search?q=${encodeURIComponent(`${LAY_QUERIES[fresh % LAY_QUERIES.length]} ${fresh++}`)}&limit=10`,
          }),
        },
      ],
      seconds: LOAD_SECONDS,
    });
    figures.triage = await triageLoad(unknot.url, LOAD_SECONDS);
    const web = await webFigures(unknot.url, ensureChromium());
    await stop(unknot.child);

    record(
      'Bare Fastify hello: requests/s (100 connections)',
      figures.hello.requestsPerSecond,
      'req/s',
    );
    record('Bare Fastify hello: p99', figures.hello.p99Ms, 'ms');
    for (const [key, label, ratio] of [
      ['contentItem', 'GET /api/v1/content/:id', 0.8],
      ['search', `GET /api/v1/search, ${LAY_QUERIES.length} lay queries`, 0.3],
      ['searchUncached', 'GET /api/v1/search, every query new', undefined],
    ]) {
      const f = figures[key];
      f.ratioToHello = Number((f.requestsPerSecond / figures.hello.requestsPerSecond).toFixed(2));
      record(`${label}: requests/s`, f.requestsPerSecond, 'req/s');
      record(`${label}: p50`, f.p50Ms, 'ms');
      record(`${label}: p99`, f.p99Ms, 'ms', ratio === undefined ? undefined : atMost(10));
      record(
        `${label}: throughput ÷ bare hello`,
        f.ratioToHello,
        '×',
        ratio === undefined ? undefined : atLeast(ratio),
      );
      if (f.non2xx > 0 || f.errors > 0)
        record(`${label}: failed requests`, f.non2xx + f.errors, '');
    }

    figures.triageEvaluationsPerSecond = await triageEvaluationsPerSecond();
    record('Triage evaluations per second (one core)', figures.triageEvaluationsPerSecond, '/s');
    record('POST /api/v1/triage: requests/s', figures.triage.requestsPerSecond, 'req/s');
    record('POST /api/v1/triage: p99', figures.triage.p99Ms, 'ms');
    // The check in a person's own words: the words alone must never give less than gold.
    figures.textReading = await textReadingFigures();
    for (const [key, label] of [
      ['dev', 'own words, 30 dev vignettes'],
      ['tuning', 'own words, our 110 tuning texts'],
      ['heldOut', 'own words, our 50 held-out texts'],
      ['hostile', 'own words, 80 hostile texts (set 2)'],
      ['hostile3', 'own words, 80 hostile texts (set 3)'],
    ]) {
      const f = figures.textReading[key];
      record(`Check in ${label}: exact from the words alone`, f.exact, `of ${f.cases}`);
      record(`Check in ${label}: under-triage`, f.under, '', atMost(0, '= 0'));
      record(`Check in ${label}: over-triage`, f.over, '');
      record(`Check in ${label}: finding precision`, f.precision, '');
      record(`Check in ${label}: finding recall`, f.recall, '');
    }
    figures.descriptionsReadPerSecond = await descriptionsReadPerSecond();
    record('Descriptions read per second (one core)', figures.descriptionsReadPerSecond, '/s');
    figures.diarySummariesPerSecond = await diarySummariesPerSecond();
    record(
      'Diary summaries of a year, 365 entries (one core)',
      figures.diarySummariesPerSecond,
      '/s',
    );

    figures.sync = await syncFigures();
    for (const [db, label] of [
      ['sqlite', 'SQLite'],
      ['postgres', 'PostgreSQL'],
    ]) {
      const f = figures.sync[db];
      if (f === undefined) continue;
      record(
        `Durable sync push, batches of 100 (${label})`,
        f.pushRecordsPerSecond,
        'records/s',
        db === 'sqlite' ? atLeast(2000) : undefined,
      );
      record(`Sync pull of ${f.pulledRecords} records (${label})`, f.pullAllMs, 'ms');
      record(`Sign-in with a password, p50 (${label})`, f.signInP50Ms, 'ms');
      record(`Sign-in with a password, p99 (${label})`, f.signInP99Ms, 'ms');
    }
    figures.clinician = await clinicianFigures();
    const c = figures.clinician;
    const who = `${c.people} people, a year of diary each`;
    record(`Clinician's list, most in need first (${who}): p50`, c.list.p50Ms, 'ms');
    record(`Clinician's list, most in need first (${who}): p99`, c.list.p99Ms, 'ms');
    record(`One person's shared records (${c.recordsEach}): p99`, c.person.p99Ms, 'ms');

    const k = figures.sync.killDuringSync;
    record('Acknowledged sync pushes surviving kill -9', `${k.survived}/${k.acknowledged}`, '', {
      test: () => k.survived === k.acknowledged,
      text: 'all',
    });

    Object.assign(figures, web);
    record('First-page JavaScript (gzip)', web.firstPageJsKb, 'KB', atMost(50));
    record('Diary page JavaScript, first visit (gzip)', web.diaryJsKb, 'KB');
    record('Precache size (raw)', web.precacheKb, 'KB');
    record('Usable offline after one visit', web.offline ? 'yes' : 'no', '', {
      test: () => web.offline,
      text: 'yes',
    });
    if (web.lighthouse) {
      record('Lighthouse mobile: performance', web.lighthouse.performance, '', atLeast(95));
      record('Lighthouse mobile: accessibility', web.lighthouse.accessibility, '', atLeast(100));
      record('Lighthouse mobile: best practices', web.lighthouse.bestPractices, '', atLeast(100));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(
    `\nUnknot bench — ${new Date().toISOString()} — ${cpus().length} cores, Node ${process.version}\n`,
  );
  for (const r of rows) {
    const mark = r.ok === null ? '  ' : r.ok ? '✓ ' : '✗ ';
    const value = `${r.value} ${r.unit}`.trim();
    console.log(`${mark}${r.name.padEnd(width)}  ${value.padStart(12)}  ${r.budget}`);
  }
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    loadSeconds: LOAD_SECONDS,
    rows,
    figures,
  };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log('\nWritten to bench/results.json');
}

await main();
