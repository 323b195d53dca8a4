import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPackageRoot } from '../server/package-root.js';
import { type CliIo, main } from './main.js';

const ROOT = findPackageRoot();

/** A writable stream that keeps what is written and can wait for a pattern to appear. */
class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    this.emit('wrote');
    done();
  }
  waitFor(pattern: RegExp, timeoutMs = 10_000): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${pattern} in: ${this.text}`)),
        timeoutMs,
      );
      const check = () => {
        const match = pattern.exec(this.text);
        if (match === null) return;
        clearTimeout(timer);
        this.off('wrote', check);
        resolve(match);
      };
      this.on('wrote', check);
      check();
    });
  }
}

let dataDir: string;
let stdout: Capture;
let stderr: Capture;

function io(env: Record<string, string> = {}, signal?: AbortSignal): CliIo {
  return {
    stdin: new PassThrough(),
    stdout,
    stderr,
    env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
    ...(signal === undefined ? {} : { signal }),
  };
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'unknot-cli-'));
  stdout = new Capture();
  stderr = new Capture();
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const LISTENING = /^Unknot is listening on (http:\/\/127\.0\.0\.1:(\d+))\n$/;

describe('unknot --help and --version', () => {
  it.each([['--help'], ['-h'], ['help'], ['migrate', '--help']])(
    'prints the usage for %s and exits 0',
    async (...argv) => {
      expect(await main(argv, io())).toBe(0);
      expect(stdout.text).toContain('Usage: unknot [command]');
      for (const command of ['serve', 'migrate'])
        expect(stdout.text).toMatch(new RegExp(`\\n  ${command} `));
      expect(stderr.text).toBe('');
    },
  );

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(await main(['--version'], io())).toBe(0);
    expect(stdout.text).toBe(`${version}\n`);
  });
});

describe('an unknown command', () => {
  it('exits 2 with the usage on stderr and nothing on stdout', async () => {
    expect(await main(['frobnicate'], io())).toBe(2);
    expect(stderr.text).toContain('unknown command "frobnicate"');
    expect(stderr.text).toContain('Usage: unknot');
    expect(stdout.text).toBe('');
  });

  it('exits 2 for an unexpected argument to serve or migrate', async () => {
    expect(await main(['serve', '--port=1'], io())).toBe(2);
    expect(await main(['migrate', 'now'], io())).toBe(2);
  });
});

describe('unknot migrate', () => {
  it('applies the migrations to a new database in DATA_DIR and says which ran', async () => {
    expect(await main(['migrate'], io())).toBe(0);
    expect(stdout.text).toContain(`SQLite ${join(dataDir, 'unknot.sqlite')}`);
    expect(stdout.text).toMatch(/Applied 2026_11_21_000100_feedback\n/);
  });

  it('applies nothing the second time', async () => {
    await main(['migrate'], io());
    stdout.text = '';
    expect(await main(['migrate'], io())).toBe(0);
    expect(stdout.text).not.toContain('Applied');
    expect(stdout.text).toContain('Nothing to apply');
  });

  it('exits 1 naming the variable when the configuration is bad', async () => {
    expect(await main(['migrate'], io({ DATABASE_URL: 'mysql://root:pw@x/y' }))).toBe(1);
    expect(stderr.text).toContain('DATABASE_URL');
    expect(stderr.text).not.toContain('pw@');
  });
});

describe('unknot serve', () => {
  it('prints one line with the real port, answers /healthz, and closes when told to stop', async () => {
    const stop = new AbortController();
    const exit = main(['serve'], io({ PORT: '0', HOST: '127.0.0.1' }, stop.signal));
    const [, url = '', port = ''] = await stdout.waitFor(LISTENING);
    expect(Number(port)).toBeGreaterThan(0);
    const res = await fetch(`${url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
    stop.abort();
    expect(await exit).toBe(0);
    expect(stdout.text).toMatch(LISTENING);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('is the default command', async () => {
    const stop = new AbortController();
    const exit = main([], io({ PORT: '0', HOST: '127.0.0.1' }, stop.signal));
    await stdout.waitFor(LISTENING);
    stop.abort();
    expect(await exit).toBe(0);
  });

  it('closes cleanly on SIGINT and stops listening for it afterwards', async () => {
    const before = process.listenerCount('SIGINT');
    const exit = main(['serve'], io({ PORT: '0', HOST: '127.0.0.1' }));
    const [, url = ''] = await stdout.waitFor(LISTENING);
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
      expect(await main(['serve'], io({ PORT: String(port), HOST: '127.0.0.1' }))).toBe(1);
      expect(stderr.text).toContain(`port ${port} is already in use`);
      expect(stdout.text).toBe('');
    } finally {
      blocker.close();
    }
  });

  it('exits 1 naming PORT when it is not a port', async () => {
    expect(await main(['serve'], io({ PORT: 'http' }))).toBe(1);
    expect(stderr.text).toContain('PORT');
  });

  it('as a process, exits 0 after a real SIGTERM', { timeout: 30_000 }, async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          LOG_LEVEL: 'silent',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.pipe(stdout);
    child.stderr.pipe(stderr);
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
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
