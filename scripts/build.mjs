// `npm run build`: the web app (Vite, into dist/web) and the server and CLI (Vite's server build,
// into dist/node). The server is bundled rather than compiled file by file because loading a few
// large modules is much faster than resolving hundreds of small ones, and start-up has a budget
// (300 ms to the first answer). With --if-stale, builds only what is missing or older than its
// sources (used by `npm start`); with --server, only the server and CLI (used by bin/unknot.mjs).
import { join } from 'node:path';
import { bin, isStale, NODE_INPUTS, ROOT, run, WEB_INPUTS } from './lib.mjs';

/** Native or optional modules stay outside the bundle and load from node_modules. */
const EXTERNAL = [
  'better-sqlite3',
  'pg',
  'pg-native',
  '@node-rs/argon2',
  '@zxcvbn-ts/language-common',
  '@simplewebauthn/server',
];

export async function buildServer() {
  const { build: viteBuild } = await import('vite');
  try {
    await viteBuild({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      build: {
        ssr: true,
        outDir: join(ROOT, 'dist/node'),
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        sourcemap: true,
        rollupOptions: {
          // The triage engine, its reading of own words and the diary's summary are entries of
          // their own so the bench can time and measure them without the server.
          input: {
            'cli/main': 'src/cli/main.ts',
            'core/triage/index': 'src/core/triage/index.ts',
            'core/triage/answers.schema': 'src/core/triage/answers.schema.ts',
            'core/triage/text/index': 'src/core/triage/text/index.ts',
            'core/triage/text/metrics': 'src/core/triage/text/metrics.ts',
            'core/triage/text/own-texts': 'src/core/triage/text/own-texts.ts',
            'core/triage/text/hostile-texts': 'src/core/triage/text/hostile-texts.ts',
            'core/diary/summary': 'src/core/diary/summary.ts',
            'core/diary/fixtures': 'src/core/diary/fixtures.ts',
          },
          external: EXTERNAL,
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
          },
        },
      },
      ssr: { noExternal: true, target: 'node' },
    });
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

export async function build({ ifStale = false, webOnly = false, serverOnly = false } = {}) {
  if (!serverOnly && (!ifStale || isStale('dist/web/index.html', WEB_INPUTS))) {
    console.error('Building the web app…');
    const code = await run(bin('vite'), ['build', '--logLevel', 'warn']);
    if (code !== 0) return code;
  }
  if (!webOnly && (!ifStale || isStale('dist/node/cli/main.js', NODE_INPUTS))) {
    console.error('Building the server…');
    const code = await buildServer();
    if (code !== 0) return code;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await build({
    ifStale: process.argv.includes('--if-stale'),
    serverOnly: process.argv.includes('--server'),
  });
}
