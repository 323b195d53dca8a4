// `npm run soak [-- --minutes 10 --connections 200]`: the built server under a realistic mix for
// a long while, never part of `npm test`. Content reads, searches with varied lay queries, the
// symptom check, plans, and sync pushes and pulls by 100 accounts (made from ten loopback
// addresses, as the sign-up limit is per address). Prints, per route, requests, errors and p99,
// and the server's resident memory at the start, every minute and at the end. Exits 1 on any
// error or unexpected status. Runs on SQLite, or on a fresh PostgreSQL database with
// SOAK_DATABASE_URL (a server URL the soak may create a database on).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { build } from '../scripts/build.mjs';
import { ROOT } from '../scripts/lib.mjs';
import { freePort, startProcess, stop } from './lib.mjs';
import { CALM_ANSWERS } from './triage.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name}: a positive number`);
    process.exit(2);
  }
  return value;
};
const MINUTES = option('minutes', 10);
const CONNECTIONS = option('connections', 200);
const SERVER = join(ROOT, 'dist/node/cli/main.js');
const COOKIE = '__Host-unknot-session';
const PASSWORD = 'a soak password that is long enough';
const ADDRESSES = 10;
const ACCOUNTS_PER_ADDRESS = 10;

const QUERIES = [
  'ice or heat',
  'sciatica',
  'sleeping position',
  'when to see a doctor',
  'stretches',
  'lifting',
  'numb bum',
  'desk work',
  'painkillers',
  'walking',
  'spasm relief',
  'core exercises',
  'pregnant back pain',
  'hot water bottle',
  'knee to chest',
  'pelvic tilt',
  'cat cow',
  'posture',
  'ibuprofen',
  'paracetamol',
  'physio',
  'driving',
  'gardening',
  'running',
  'mattress',
  'sneeze',
  'leg pain',
  'tingling',
  'bladder',
  'fever',
  'back went',
  'cant stand up straight',
  'sitting',
];

/** The resident set size of a process, in MB, from /proc. */
function residentMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** POST JSON from a given loopback address, answering the status and the session cookie. */
function postFrom(url, path, body, localAddress) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = httpRequest(
      `${url}${path}`,
      {
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const set = [res.headers['set-cookie'] ?? []]
            .flat()
            .find((c) => c.startsWith(`${COOKIE}=`));
          resolve({ status: res.statusCode, cookie: set?.slice(COOKIE.length + 1).split(';')[0] });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** Latencies by route in logarithmic buckets (1% wide), enough for a p99 over millions. */
class Latencies {
  counts = new Map();
  total = 0;
  add(ms) {
    const bucket = Math.max(0, Math.ceil(Math.log(Math.max(ms, 0.01) / 0.01) / Math.log(1.01)));
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
    this.total++;
  }
  percentile(p) {
    const target = Math.ceil(this.total * p);
    let seen = 0;
    for (const bucket of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(bucket);
      if (seen >= target) return Math.round(0.01 * 1.01 ** bucket * 10) / 10;
    }
    return null;
  }
}

async function database() {
  const adminUrl = process.env.SOAK_DATABASE_URL;
  if (adminUrl === undefined || adminUrl === '') {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-soak-'));
    return {
      label: 'SQLite',
      env: { DATA_DIR: dir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const { default: pg } = await import('pg');
  const name = `unknot_soak_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    label: 'PostgreSQL',
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

await build();
const db = await database();
const port = await freePort();
const { child, url } = await startProcess(
  SERVER,
  ['serve'],
  { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...db.env },
  ROOT,
);
let failed = false;
try {
  const cookies = [];
  for (let a = 0; a < ADDRESSES; a++) {
    for (let n = 0; n < ACCOUNTS_PER_ADDRESS; n++) {
      const made = await postFrom(
        url,
        '/api/v1/auth/sign-up',
        { username: `soak${a}x${n}`, password: PASSWORD },
        `127.0.0.${a + 2}`,
      );
      if (made.status !== 201 || made.cookie === undefined)
        throw new Error(`sign-up answered ${made.status}`);
      cookies.push(made.cookie);
    }
  }
  const ids = (await (await fetch(`${url}/api/v1/content`)).json()).map((i) => i.id);
  const rssStart = residentMb(child.pid);
  console.log(
    `Soak on ${db.label}: ${CONNECTIONS} connections for ${MINUTES} min, ${cookies.length} accounts, ${ids.length} content items; server RSS ${rssStart} MB at start`,
  );

  const routes = ['content', 'search', 'triage', 'plan', 'sync push', 'sync pull'];
  const latencies = new Map(routes.map((r) => [r, new Latencies()]));
  const unexpected = new Map(routes.map((r) => [r, 0]));
  let pushed = 0;
  let connectionCount = 0;
  const json = { 'content-type': 'application/json' };
  const timed = (route, expected, build) => ({
    setupRequest(req, context) {
      if (context.account === undefined) {
        context.account = connectionCount++ % cookies.length;
        context.n = 0;
      }
      context.n++;
      context.route = route;
      context.sentAt = performance.now();
      return build(req, context);
    },
    onResponse(status, _body, context) {
      latencies.get(route).add(performance.now() - context.sentAt);
      if (!expected.includes(status)) unexpected.set(route, unexpected.get(route) + 1);
    },
  });
  const withSession = (req, context, extra = {}) => ({
    ...req,
    headers: { ...req.headers, ...extra, cookie: `${COOKIE}=${cookies[context.account]}` },
  });
  const requests = [
    timed('content', [200], (req, c) => ({
      ...req,
      method: 'GET',
      path: `/api/v1/content/${ids[(c.account + c.n) % ids.length]}`,
    })),
    timed('search', [200], (req, c) => ({
      ...req,
      method: 'GET',
      path: `/api/v1/search?q=${encodeURIComponent(QUERIES[(c.account * 7 + c.n) % QUERIES.length])}&limit=10`,
    })),
    timed('triage', [200], (req, c) => ({
      ...req,
      method: 'POST',
      path: '/api/v1/triage',
      headers: json,
      body: JSON.stringify({ ...CALM_ANSWERS, painNow0to10: c.n % 11 }),
    })),
    timed('plan', [200], (req) => ({
      ...req,
      method: 'POST',
      path: '/api/v1/plan',
      headers: json,
      body: JSON.stringify({
        profile: {
          work: 'desk',
          activity: 'low',
          minutesPerDay: 10,
          times: ['08:00', '19:30'],
          painNow0to10: 5,
          daysSinceOnset: 2,
          exclude: [],
          region: 'UK',
          timeZone: 'Europe/London',
          deskBreaks: true,
        },
        weekStart: '2026-11-30',
      }),
    })),
    timed('sync push', [200], (req, c) => {
      pushed++;
      const n = c.account * 1_000_000 + c.n;
      const change = {
        id: `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`,
        kind: 'diary-entry',
        hlc: `${new Date(Date.parse('2026-01-01T00:00:00Z') + n * 1000).toISOString()}-0000-00000000000000aa`,
        deleted: false,
        data: {
          at: new Date(Date.parse('2026-01-01T08:00:00Z') + (n % 1000) * 3_600_000).toISOString(),
          pain0to10: n % 11,
        },
      };
      return withSession(
        {
          ...req,
          method: 'POST',
          path: '/api/v1/sync',
          body: JSON.stringify({ changes: [change] }),
        },
        c,
        json,
      );
    }),
    timed('sync pull', [200], (req, c) =>
      withSession(
        { ...req, method: 'GET', path: `/api/v1/sync?after=${Math.max(0, c.n - 50)}&limit=50` },
        c,
      ),
    ),
  ];

  const samples = [rssStart];
  const sampler = setInterval(() => {
    const mb = residentMb(child.pid);
    samples.push(mb);
    console.log(`  ${samples.length - 1} min: server RSS ${mb} MB`);
  }, 60_000);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: MINUTES * 60,
    requests,
  });
  clearInterval(sampler);
  const rssEnd = residentMb(child.pid);

  console.log('\nroute        requests   unexpected status   p50 ms   p99 ms');
  for (const route of routes) {
    const l = latencies.get(route);
    console.log(
      `${route.padEnd(12)} ${String(l.total).padStart(9)}   ${String(unexpected.get(route)).padStart(17)}   ${String(l.percentile(0.5)).padStart(6)}   ${String(l.percentile(0.99)).padStart(6)}`,
    );
  }
  const errors = result.errors + result.timeouts;
  const bad = [...unexpected.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\n${result.requests.total} requests (${Math.round(result.requests.average)}/s), ${errors} errors and timeouts, ${bad} unexpected statuses, ${pushed} diary entries pushed`,
  );
  console.log(
    `server RSS: ${rssStart} MB at start, ${rssEnd} MB at the end (samples: ${samples.join(', ')})`,
  );
  failed = errors > 0 || bad > 0;
} finally {
  await stop(child);
  await db.drop();
}
process.exitCode = failed ? 1 : 0;
