// `npm run dev`: the API server (restarted when a file changes) and Vite's dev server with hot reload side by side.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bin, ROOT } from './lib.mjs';

const children = [
  spawn(bin('tsx'), ['watch', join(ROOT, 'scripts/dev-server.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PORT: process.env.PORT ?? '3000' },
  }),
  spawn(bin('vite'), ['--port', '5173'], { cwd: ROOT, stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
