import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PRELOAD = join(import.meta.dirname, 'native-bindings.cjs');

/** What dlopen of `file` says in a Node with the preload and `map` as UNKNOT_NATIVE_BINDINGS. */
function dlopenError(file: string, map?: Record<string, string>): string {
  const result = spawnSync(
    process.execPath,
    [
      '--require',
      PRELOAD,
      '-e',
      'try { process.dlopen({ exports: {} }, process.argv[1]) } catch (e) { console.log(e.message) }',
      file,
    ],
    {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        ...(map === undefined ? {} : { UNKNOT_NATIVE_BINDINGS: JSON.stringify(map) }),
      },
    },
  );
  expect(result.stderr).toBe('');
  return result.stdout;
}

describe('the preload that runs the tests on another Node (scripts/test-node.mjs)', () => {
  it('loads the build named for a native module instead of the one node_modules holds', () => {
    const said = dlopenError('/nowhere/build/Release/better_sqlite3.node', {
      '/nowhere/build/Release/better_sqlite3.node': '/elsewhere/for-node-24.node',
    });
    expect(said).toContain('/elsewhere/for-node-24.node');
    expect(said).not.toContain('/nowhere/');
  });

  it('leaves every other native module, and every module without a map, as it was', () => {
    const map = { '/nowhere/a.node': '/elsewhere/a.node' };
    expect(dlopenError('/nowhere/b.node', map)).toContain('/nowhere/b.node');
    expect(dlopenError('/nowhere/a.node')).toContain('/nowhere/a.node');
  });
});
