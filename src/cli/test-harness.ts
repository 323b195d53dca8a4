/**
 * Test support for the `unknot` command: runs `main(argv, io)` on fake streams, as a shell or a
 * terminal would, and hands back the exit code and what was written. Every CLI test uses it.
 */
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough, type Readable, Writable } from 'node:stream';
import { findPackageRoot } from '../server/package-root.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

/** A writable stream that keeps what is written, says so ('wrote'), and can wait for a pattern. */
export class Capture extends Writable {
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

export interface FakeIo extends CliIo {
  stdin: PassThrough;
  stdout: Capture;
  stderr: Capture;
}

export interface FakeIoOptions {
  /** Piped in and ended, as `echo … | unknot`. Ignored with `terminal`. */
  stdin?: string;
  /** stdin is a terminal left open: the test types into `io.stdin` and ends it for Ctrl-D. */
  terminal?: boolean;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  signal?: AbortSignal;
}

/** Fake streams for one run of the command. */
export function fakeIo(options: FakeIoOptions = {}): FakeIo {
  const stdin = new PassThrough();
  if (options.terminal === true) Object.assign(stdin, { isTTY: true });
  else stdin.end(options.stdin ?? '');
  return {
    stdin,
    stdout: new Capture(),
    stderr: new Capture(),
    env: options.env ?? {},
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `unknot ...args` with `stdin` piped in, and answers its exit code and output. */
export async function run(
  args: string[],
  stdin = '',
  options: Omit<FakeIoOptions, 'stdin' | 'terminal'> = {},
): Promise<CliRun> {
  const io = fakeIo({ ...options, stdin });
  const code = await main(args, io);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

/**
 * Starts `unknot ...args` and answers at once with its streams, to watch or type into while it
 * runs (a server, a terminal session), and its exit code when it ends.
 */
export function start(
  args: string[],
  options: FakeIoOptions = {},
): { io: FakeIo; exit: Promise<number> } {
  const io = fakeIo(options);
  return { io, exit: main(args, io) };
}

/** What `unknot serve` prints once it listens, with its URL. */
export const LISTENING = /^Unknot is listening on (http:\/\/127\.0\.0\.1:(\d+))\n$/;

/**
 * `unknot serve` as a real process (from the sources, through tsx) on a free loopback port, its
 * output captured, for tests of what only a process shows: signals, and what a kill leaves on disk.
 */
export function spawnServe(env: Record<string, string>): {
  child: ChildProcessByStdio<null, Readable, Readable>;
  stdout: Capture;
  exited: Promise<number | null>;
} {
  const root = findPackageRoot();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'serve'],
    {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stdout = new Capture();
  child.stdout.pipe(stdout);
  child.stderr.pipe(new Capture());
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, stdout, exited };
}
