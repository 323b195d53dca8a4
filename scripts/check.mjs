// `npm run check`: the fast static checks `npm test` starts with (lint, types, boundaries), for use
// while working; exits non-zero when any of them fails.
import { bin, run } from './lib.mjs';

const steps = [
  ['Lint and format (Biome)', bin('biome'), ['check', '--error-on-warnings', '.']],
  ['Types (tsc --noEmit, strict)', bin('tsc'), ['--noEmit', '-p', '.']],
  ['Architecture boundaries', process.execPath, ['scripts/check-boundaries.mjs']],
];
let failed = 0;
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  if ((await run(cmd, args)) !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
