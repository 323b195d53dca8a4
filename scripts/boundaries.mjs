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

// The zod convention. A module that needs zod at run time is a schema module, named `schema.ts`
// or `x.schema.ts` beside the zod-free `x.ts` that holds its types and constants. The browser
// loads no full zod: the web may only `import type` from a module that loads zod, except the
// device's record layer (src/web/store), which checks records with core's zod/mini schemas.

const STATEMENT =
  /(?:^|[\s;])(import|export)(\s+type)?\s*(\{[^}]*\}|\*\s+as\s+\w+|\*|\w+(?:\s*,\s*\{[^}]*\})?)?\s*from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** Every import of a source text, with whether it vanishes when compiled (type-only). */
function importsOf(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const out = [];
  for (const m of code.matchAll(STATEMENT)) {
    const spec = m[4] ?? m[5] ?? m[6];
    if (spec === undefined) continue;
    const names = m[3] ?? '';
    const allTypes =
      /^\{[^}]*\}$/.test(names.trim()) &&
      names
        .slice(1, -1)
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .every((s) => s.startsWith('type '));
    out.push({
      spec,
      typeOnly: m[2] !== undefined || (m[1] === 'import' && allTypes && names !== '{}'),
    });
  }
  return out;
}

const isSchemaModule = (path) => /(?:^|\/)(?:[\w-]+\.)?schema\.tsx?$/.test(path);

function resolveRelative(from, spec, known) {
  const base = posix.normalize(posix.join(posix.dirname(from), spec)).replace(/\.js$/, '');
  return ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => known.has(p));
}

/**
 * Which zod each module loads at run time, through its own imports or any module it imports:
 * 'full' (zod), 'mini' (zod/mini only) or null.
 */
function zodLoads(files) {
  const byPath = new Map(files.map((f) => [f.path, importsOf(f.text)]));
  const memo = new Map();
  const visit = (path) => {
    if (memo.has(path)) return memo.get(path);
    memo.set(path, null); // a cycle adds nothing new
    let result = null;
    for (const { spec, typeOnly } of byPath.get(path) ?? []) {
      if (typeOnly) continue;
      let found = null;
      if (spec === 'zod/mini') found = 'mini';
      else if (spec === 'zod' || spec.startsWith('zod/')) found = 'full';
      else if (spec.startsWith('.')) {
        const target = resolveRelative(path, spec, byPath);
        if (target !== undefined) found = visit(target);
      }
      if (found === 'full') result = 'full';
      else if (found === 'mini' && result === null) result = 'mini';
    }
    memo.set(path, result);
    return result;
  };
  for (const path of byPath.keys()) visit(path);
  return { memo, byPath };
}

/** @param {{path: string, text: string}[]} files paths relative to the repository, with '/' */
export function findZodViolations(files) {
  const { memo, byPath } = zodLoads(files);
  const violations = [];
  for (const [path, imports] of byPath) {
    if (isTest(path)) continue;
    const layer = layerOf(path);
    if (layer === 'core' && memo.get(path) !== null && !isSchemaModule(path)) {
      violations.push(
        `${path}: loads zod, so it is a schema module: name it x.schema.ts beside a zod-free x.ts`,
      );
    }
    if (layer !== 'web') continue;
    const store = path.startsWith('src/web/store/');
    for (const { spec, typeOnly } of imports) {
      if (typeOnly) continue;
      const direct = spec === 'zod' || spec.startsWith('zod/');
      const target = spec.startsWith('.') ? resolveRelative(path, spec, byPath) : undefined;
      const loads = direct ? 'direct' : target === undefined ? null : memo.get(target);
      if (loads === null || loads === undefined) continue;
      // Web modules reach records through the record layer, which loads the schemas it needs.
      const intoCore = target?.startsWith('src/core/') === true;
      if (loads === 'full') {
        violations.push(`${path}: '${spec}' brings full zod into the browser`);
      } else if (direct) {
        violations.push(`${path}: the web imports no zod itself; core's schemas hold it`);
      } else if (intoCore && !store) {
        violations.push(
          `${path}: the web may only \`import type\` from '${spec}', which loads zod (records are read through src/web/store)`,
        );
      }
    }
  }
  return violations;
}
