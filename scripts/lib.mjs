// Small helpers shared by the project's scripts: run a local binary, find what is stale.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command with inherited output; resolves to its exit code. */
export function run(cmd, args, options = {}) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(`Could not start ${cmd}: ${error.message}`);
      done(127);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** A binary installed by npm in this package. */
export function bin(name) {
  return join(ROOT, 'node_modules', '.bin', name);
}

/** Newest modification time of the given files, or of any file under the given folders. */
export function newestMtime(paths) {
  let newest = 0;
  const walk = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(path)) walk(join(path, entry));
  };
  for (const path of paths) walk(resolve(ROOT, path));
  return newest;
}

/** True when `output` is missing or older than anything in `inputs`. */
export function isStale(output, inputs) {
  const target = resolve(ROOT, output);
  if (!existsSync(target)) return true;
  return statSync(target).mtimeMs < newestMtime(inputs);
}

export const WEB_INPUTS = ['src/web', 'src/core', 'vite.config.ts', 'package-lock.json'];
export const NODE_INPUTS = [
  'src/core',
  'src/server',
  'src/cli',
  'scripts/build.mjs',
  'package-lock.json',
];
