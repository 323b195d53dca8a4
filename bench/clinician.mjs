// Clinician figures for `npm run bench`: a clinician followed by 10 people, each with a year of
// diary entries (1,095) shared with them, asks for their list (most in need first, worked out
// from every person's shared records on each request, with a trail entry per person) and for one
// person's records. The clinician is made by the CLI, as an operator would. Needs dist/node. Run
// alone: `node bench/clinician.mjs`.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ROOT } from '../scripts/lib.mjs';
import { freePort, median, startProcess, stop } from './lib.mjs';
import { change, client } from './sync.mjs';

const SERVER = join(ROOT, 'dist/node/cli/main.js');
const PASSWORD = 'a bench password for the clinician figures';
/** As many accounts as one address may make (SIGN_IN_LIMITS.signUpsPerAddress). */
const PEOPLE = 10;
const run = promisify(execFile);

const p = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)];

async function timed(send, path, times) {
  const ms = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await send('GET', path);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50Ms: Math.round(median(ms)), p99Ms: Math.round(p(ms, 0.99)) };
}

export async function clinicianFigures() {
  const dataDir = mkdtempSync(join(tmpdir(), 'unknot-bench-clinician-'));
  const port = await freePort();
  const { child, url } = await startProcess(
    SERVER,
    ['serve'],
    { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: dataDir },
    ROOT,
  );
  try {
    const { stdout } = await run(
      process.execPath,
      [SERVER, 'clinician', 'add', '--name', 'Sam Patel', '--url', url],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' } },
    );
    const token = /#token=([A-Za-z0-9_-]+)/.exec(stdout)?.[1];
    const physio = client(url);
    await physio('POST', '/api/v1/clinician/setup', { token, username: 'sam', password: PASSWORD });
    let someone = '';
    for (let n = 0; n < PEOPLE; n++) {
      const person = client(url);
      await person('POST', '/api/v1/auth/sign-up', { username: `person${n}`, password: PASSWORD });
      for (let b = 0; b < 11; b++) {
        const changes = Array.from({ length: 100 }, (_, i) => change(b * 100 + i)).filter(
          (_, i) => b * 100 + i < 1095,
        );
        await person('POST', '/api/v1/sync', { changes });
      }
      await person('POST', '/api/v1/auth/confirm', { password: PASSWORD });
      const { code } = await person('POST', '/api/v1/sharing/codes', {
        scopes: ['diary', 'sessions', 'checks', 'plan'],
      });
      someone = (await physio('POST', '/api/v1/clinician/redeem', { code })).id;
    }
    const list = await timed(physio, '/api/v1/clinician/people?timeZone=Europe/London', 20);
    const one = await timed(physio, `/api/v1/clinician/people/${someone}`, 20);
    return { people: PEOPLE, recordsEach: 1095, list, person: one };
  } finally {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await clinicianFigures(), null, 2));
}
