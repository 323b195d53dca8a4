#!/usr/bin/env node
// The `unknot` command. Builds the server and CLI into dist/node first when that output is missing
// or older than its sources (so `npx unknot` works right after `npm ci`), then runs it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isStale, NODE_INPUTS } from '../scripts/lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'dist', 'node', 'cli', 'main.js');

function compile() {
  process.stderr.write('unknot: building the server and CLI into dist/node…\n');
  // Its output goes to stderr: what unknot prints on stdout (a version, a URL, JSON) stays clean.
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--server'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
  });
  return result.status ?? 1;
}

const code = isStale(ENTRY, NODE_INPUTS) ? compile() : 0;
if (code !== 0) {
  process.stderr.write('unknot: the build failed; see the errors above.\n');
  process.exitCode = code;
} else {
  const { main } = await import(pathToFileURL(ENTRY).href);
  process.exitCode = await main(process.argv.slice(2));
}
