// `npm start`: build whatever is missing or stale, then serve Unknot (SQLite in ./data by default).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from './build.mjs';
import { ROOT } from './lib.mjs';

const code = await build({ ifStale: true });
if (code !== 0) {
  process.exitCode = code;
} else {
  const server = spawn(process.execPath, [join(ROOT, 'dist/node/cli/main.js'), 'serve'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.kill(signal));
  }
  server.on('exit', (exitCode, signal) => {
    process.exitCode = exitCode ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1);
  });
}
