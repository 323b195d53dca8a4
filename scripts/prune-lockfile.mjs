// Keeps `npm ci` working after a dependency change. The npm registry this project installs from
// serves only the Linux builds of packages that ship per-platform binaries (Biome, Rolldown,
// esbuild, …). `npm install` then leaves the other platforms' optional packages out of
// package-lock.json but keeps their names in each parent's optionalDependencies, and `npm ci`
// refuses such a lockfile as "out of sync". This removes those dangling names, so the lockfile
// describes exactly what can be installed. Run it after every `npm install`: `npm run lockfile`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

const file = join(ROOT, 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

/** Whether `name` resolves from the package at `path`, the way Node looks up node_modules. */
function resolves(path, name) {
  let base = path;
  for (;;) {
    if (packages[`${base === '' ? '' : `${base}/`}node_modules/${name}`]) return true;
    if (base === '') return false;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

const removed = [];
for (const [path, entry] of Object.entries(packages)) {
  if (entry.optionalDependencies === undefined) continue;
  for (const name of Object.keys(entry.optionalDependencies)) {
    if (!resolves(path, name)) {
      delete entry.optionalDependencies[name];
      removed.push(name);
    }
  }
  if (Object.keys(entry.optionalDependencies).length === 0) delete entry.optionalDependencies;
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  removed.length === 0
    ? 'package-lock.json: nothing to prune.'
    : `package-lock.json: pruned ${removed.length} optional packages this registry does not serve.`,
);
