// `npm run build`: the web app (Vite, into dist/web) and the server and CLI (tsc, into dist/node).
// With --if-stale, builds only what is missing or older than its sources (used by `npm start`).
import { bin, isStale, NODE_INPUTS, run, WEB_INPUTS } from './lib.mjs';

export async function build({ ifStale = false } = {}) {
  if (!ifStale || isStale('dist/web/index.html', WEB_INPUTS)) {
    console.log('Building the web app…');
    const code = await run(bin('vite'), ['build', '--logLevel', 'warn']);
    if (code !== 0) return code;
  }
  if (!ifStale || isStale('dist/node/cli/main.js', NODE_INPUTS)) {
    console.log('Building the server…');
    const code = await run(bin('tsc'), ['-p', 'tsconfig.build.json']);
    if (code !== 0) return code;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await build({ ifStale: process.argv.includes('--if-stale') });
}
