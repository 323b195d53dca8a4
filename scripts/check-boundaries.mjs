// Fails when the code crosses an architecture boundary (see boundaries.mjs for the rules).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findViolations, findZodViolations } from './boundaries.mjs';
import { ROOT } from './lib.mjs';

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(?:ts|tsx|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const files = sources(join(ROOT, 'src')).map((path) => ({
  path: relative(ROOT, path).split(sep).join('/'),
  text: readFileSync(path, 'utf8'),
}));
const violations = [...findViolations(files), ...findZodViolations(files)];
for (const v of violations) console.error(v);
console.log(
  violations.length === 0
    ? `Boundaries hold across ${files.length} source files.`
    : `${violations.length} boundary violation(s).`,
);
process.exitCode = violations.length === 0 ? 0 : 1;
