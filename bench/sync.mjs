// Sync figures for `npm run bench`: durable pushes (records per second in batches of 100, on
// SQLite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL names a PostgreSQL server, on a fresh
// database there), a pull of a year of one person's records, sign-in latency (argon2id is meant
// to be slow), and acknowledged pushes surviving kill -9. Needs dist/node. Run alone:
// `node bench/sync.mjs`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../scripts/lib.mjs';
import { freePort, median, startProcess, stop } from './lib.mjs';

const SERVER = join(ROOT, 'dist/node/cli/main.js');
const COOKIE = '__Host-unknot-session';
// Holds neither sign-in name used below: a password holding the name is refused.
const PASSWORD = 'a long password for the sync figures';
const DAY = 86_400_000;
const START = Date.parse('2025-01-01T08:00:00.000Z');

/** The n-th record of a year as a device pushes it: a diary entry with a real stamp. */
export function change(n, node = '00000000000000aa') {
  const at = new Date(START + Math.floor((n % 1095) / 3) * DAY + (n % 3) * 3_600_000).toISOString();
  const stamped = new Date(START + n * 1000).toISOString();
  return {
    id: `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    kind: 'diary-entry',
    hlc: `${stamped}-0000-${node}`,
    deleted: false,
    data: { at, pain0to10: n % 11, note: 'Walked to the shop; stiff after sitting.' },
  };
}

async function startUnknot(env) {
  const port = await freePort();
  return startProcess(
    SERVER,
    ['serve'],
    { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    ROOT,
  );
}

/** A client keeping the session cookie, as a device does. */
export function client(url) {
  let cookie = '';
  return async function send(method, path, body) {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie === '' ? {} : { cookie: `${COOKIE}=${cookie}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set?.startsWith(`${COOKIE}=`)) cookie = set.slice(COOKIE.length + 1).split(';')[0];
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return text === '' ? null : JSON.parse(text);
  };
}

/** Pushes `batches` batches of 100 one after another, as one device catching up does. */
async function pushRate(send, batches, offset = 0) {
  const started = performance.now();
  for (let b = 0; b < batches; b++) {
    const changes = Array.from({ length: 100 }, (_, i) => change(offset + b * 100 + i));
    const kept = await send('POST', '/api/v1/sync', { changes });
    if (kept.refused.length > 0) throw new Error(`refused: ${JSON.stringify(kept.refused[0])}`);
  }
  return Math.round((batches * 100) / ((performance.now() - started) / 1000));
}

async function pullAll(send) {
  let after = 0;
  let count = 0;
  const started = performance.now();
  for (;;) {
    const page = await send('GET', `/api/v1/sync?after=${after}`);
    count += page.changes.length;
    after = page.cursor;
    if (!page.more) break;
  }
  return { ms: performance.now() - started, count };
}

/** Push, pull and sign-in figures against one running server. */
async function figuresOn(url) {
  const send = client(url);
  await send('POST', '/api/v1/auth/sign-up', { username: 'bench', password: PASSWORD });
  await pushRate(send, 2, 100_000); // warm-up
  const pushPerSecond = await pushRate(send, 30);
  // A year of one person's records: three entries a day.
  await pushRate(send, 11, 3000);
  const pulls = [];
  let pulled = 0;
  for (let i = 0; i < 5; i++) {
    const p = await pullAll(send);
    pulls.push(p.ms);
    pulled = p.count;
  }
  const signIns = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    await client(url)('POST', '/api/v1/auth/sign-in', { username: 'bench', password: PASSWORD });
    signIns.push(performance.now() - started);
  }
  signIns.sort((a, b) => a - b);
  return {
    pushRecordsPerSecond: pushPerSecond,
    pullAllMs: Math.round(median(pulls)),
    pulledRecords: pulled,
    signInP50Ms: Math.round(median(signIns)),
    signInP99Ms: Math.round(signIns[Math.ceil(signIns.length * 0.99) - 1]),
  };
}

/** Pushes batches, kills the server with SIGKILL right after the last answer, counts what stayed. */
async function killDuringSync(dataDir) {
  const { child, url } = await startUnknot({ DATA_DIR: dataDir });
  const send = client(url);
  await send('POST', '/api/v1/auth/sign-up', { username: 'kill', password: PASSWORD });
  let acknowledged = 0;
  for (let b = 0; b < 10; b++) {
    const changes = Array.from({ length: 100 }, (_, i) => change(b * 100 + i));
    acknowledged += (await send('POST', '/api/v1/sync', { changes })).accepted.length;
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(dataDir, 'unknot.sqlite'), { readonly: true });
  const { n } = db.prepare('select count(*) as n from sync_records').get();
  db.close();
  return { acknowledged, survived: n };
}

async function withPostgres(url, run) {
  const { default: pg } = await import('pg');
  const name = `unknot_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const target = new URL(url);
    target.pathname = `/${name}`;
    return await run(target.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export async function syncFigures() {
  const out = {};
  const dataDir = mkdtempSync(join(tmpdir(), 'unknot-bench-sync-'));
  try {
    const sqlite = await startUnknot({ DATA_DIR: dataDir });
    out.sqlite = await figuresOn(sqlite.url);
    await stop(sqlite.child);
    out.killDuringSync = await killDuringSync(mkdtempSync(join(tmpdir(), 'unknot-bench-k-')));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl !== undefined && pgUrl !== '') {
    out.postgres = await withPostgres(pgUrl, async (url) => {
      const server = await startUnknot({ DATABASE_URL: url });
      try {
        return await figuresOn(server.url);
      } finally {
        await stop(server.child);
      }
    });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await syncFigures(), null, 2));
}
