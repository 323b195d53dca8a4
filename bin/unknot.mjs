#!/usr/bin/env node
// The `unknot` command. Compiles the server and CLI into dist/node first when that output is
// missing or older than its sources (so `npx unknot` works right after `npm ci`), then runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'dist', 'node', 'cli', 'main.js');
const SOURCES = ['src/core', 'src/server', 'src/cli'];

/** Newest modification time under the sources; tests are not compiled, so they do not count. */
function newestSource() {
  let newest = statSync(join(ROOT, 'tsconfig.build.json')).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const folder of SOURCES) {
    const dir = join(ROOT, folder);
    if (existsSync(dir)) walk(dir);
  }
  return newest;
}

function compile() {
  process.stderr.write('unknot: compiling the server and CLI into dist/node…\n');
  const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
  // stdout goes to stderr too: what unknot prints on stdout (a version, a URL) stays clean.
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
  });
  return result.status ?? 1;
}

const stale = !existsSync(ENTRY) || statSync(ENTRY).mtimeMs < newestSource();
const code = stale ? compile() : 0;
if (code !== 0) {
  process.stderr.write('unknot: compiling failed; see the errors above.\n');
  process.exitCode = code;
} else {
  const { main } = await import(pathToFileURL(ENTRY).href);
  process.exitCode = await main(process.argv.slice(2));
}
