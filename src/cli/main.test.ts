import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPackageRoot } from '../server/package-root.js';
import { LISTENING, run, spawnServe, start } from './test-harness.js';

const ROOT = findPackageRoot();

let dataDir: string;
const env = (more: Record<string, string> = {}) => ({
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  ...more,
});
const unknot = (args: string[], more: Record<string, string> = {}) =>
  run(args, '', { env: env(more) });
const serving = { PORT: '0', HOST: '127.0.0.1' };

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'unknot-cli-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('unknot --help and --version', () => {
  it.each([['--help'], ['-h'], ['help'], ['migrate', '--help']])(
    'prints the usage for %s and exits 0',
    async (...argv) => {
      const { code, stdout, stderr } = await unknot(argv);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: unknot [command]');
      for (const command of ['serve', 'migrate'])
        expect(stdout).toMatch(new RegExp(`\\n  ${command} `));
      expect(stderr).toBe('');
    },
  );

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const { code, stdout } = await unknot(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });
});

describe('an unknown command', () => {
  it('exits 2 with the usage on stderr and nothing on stdout', async () => {
    const { code, stdout, stderr } = await unknot(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
    expect(stderr).toContain('Usage: unknot');
    expect(stdout).toBe('');
  });

  it('exits 2 for an unexpected argument to serve or migrate', async () => {
    expect((await unknot(['serve', '--port=1'])).code).toBe(2);
    expect((await unknot(['migrate', 'now'])).code).toBe(2);
  });
});

describe('unknot migrate', () => {
  it('applies the migrations to a new database in DATA_DIR and says which ran', async () => {
    const { code, stdout } = await unknot(['migrate']);
    expect(code).toBe(0);
    expect(stdout).toContain(`SQLite ${join(dataDir, 'unknot.sqlite')}`);
    expect(stdout).toMatch(/Applied 2026_11_21_000100_feedback\n/);
  });

  it('applies nothing the second time', async () => {
    await unknot(['migrate']);
    const { code, stdout } = await unknot(['migrate']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('Applied');
    expect(stdout).toContain('Nothing to apply');
  });

  it('exits 1 naming the variable when the configuration is bad', async () => {
    const { code, stderr } = await unknot(['migrate'], { DATABASE_URL: 'mysql://root:pw@x/y' });
    expect(code).toBe(1);
    expect(stderr).toContain('DATABASE_URL');
    expect(stderr).not.toContain('pw@');
  });
});

describe('unknot serve', () => {
  it('prints one line with the real port, answers /healthz, and closes when told to stop', async () => {
    const stop = new AbortController();
    const { io, exit } = start(['serve'], { env: env(serving), signal: stop.signal });
    const [, url = '', port = ''] = await io.stdout.waitFor(LISTENING);
    expect(Number(port)).toBeGreaterThan(0);
    const res = await fetch(`${url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
    stop.abort();
    expect(await exit).toBe(0);
    expect(io.stdout.text).toMatch(LISTENING);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('is the default command', async () => {
    const stop = new AbortController();
    const { io, exit } = start([], { env: env(serving), signal: stop.signal });
    await io.stdout.waitFor(LISTENING);
    stop.abort();
    expect(await exit).toBe(0);
  });

  it('closes cleanly on SIGINT and stops listening for it afterwards', async () => {
    const before = process.listenerCount('SIGINT');
    const { io, exit } = start(['serve'], { env: env(serving) });
    const [, url = ''] = await io.stdout.waitFor(LISTENING);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    process.emit('SIGINT');
    expect(await exit).toBe(0);
    expect(process.listenerCount('SIGINT')).toBe(before);
  });

  it('exits 1 with a clear message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const { code, stdout, stderr } = await unknot(['serve'], {
        PORT: String(port),
        HOST: '127.0.0.1',
      });
      expect(code).toBe(1);
      expect(stderr).toContain(`port ${port} is already in use`);
      expect(stdout).toBe('');
    } finally {
      blocker.close();
    }
  });

  it('exits 1 naming PORT when it is not a port', async () => {
    const { code, stderr } = await unknot(['serve'], { PORT: 'http' });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT');
  });

  it('as a process, exits 0 after a real SIGTERM', { timeout: 30_000 }, async () => {
    const { child, stdout, exited } = spawnServe({ DATA_DIR: dataDir });
    try {
      const [, url = ''] = await stdout.waitFor(LISTENING, 25_000);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
