// The architecture's import rules, as a pure check over source texts: core is pure and imports
// nothing from server, web or cli; server and web never import each other; the CLI never imports web.
import { builtinModules } from 'node:module';
import { posix } from 'node:path';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
/** Ways core could reach the outside world; the clock, randomness and I/O are passed in. */
const IMPURE = [
  [/\bDate\.now\s*\(/, 'reads the clock (pass a clock in)'],
  [/\bnew Date\(\s*\)/, 'reads the clock (pass a clock in)'],
  [/\bMath\.random\s*\(/, 'uses randomness (pass an id maker in)'],
  [/\bconsole\./, 'writes to the console'],
  [/\bfetch\s*\(/, 'does network I/O'],
  [/\bprocess\./, 'reads the process'],
];

const LAYERS = ['core', 'server', 'web', 'cli'];
const FORBIDDEN = {
  core: ['server', 'web', 'cli'],
  server: ['web', 'cli'],
  web: ['server', 'cli'],
  cli: ['web'],
};

function layerOf(path) {
  const match = /^src\/([^/]+)\//.exec(path);
  return match && LAYERS.includes(match[1]) ? match[1] : null;
}

function isTest(path) {
  return /\.test\.tsx?$/.test(path);
}

/** @param {{path: string, text: string}[]} files paths relative to the repository, with '/' */
export function findViolations(files) {
  const violations = [];
  for (const { path, text } of files) {
    const layer = layerOf(path);
    if (layer === null) continue;
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3];
      if (spec === undefined) continue;
      if (spec.startsWith('.')) {
        const target = posix.normalize(posix.join(posix.dirname(path), spec));
        const targetLayer = layerOf(target);
        if (targetLayer !== null && FORBIDDEN[layer].includes(targetLayer)) {
          violations.push(`${path}: ${layer} must not import ${targetLayer} ('${spec}')`);
        }
      } else if (layer === 'core' && !isTest(path) && BUILTINS.has(spec)) {
        violations.push(`${path}: core must not import the Node built-in '${spec}'`);
      }
    }
    if (layer === 'core' && !isTest(path)) {
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const [pattern, why] of IMPURE) {
        if (pattern.test(code)) violations.push(`${path}: core ${why}`);
      }
    }
  }
  return violations;
}
