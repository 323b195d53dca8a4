import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPackageRoot } from '../server/package-root.js';

const ROOT = findPackageRoot();
const BIN = join(ROOT, 'bin', 'unknot.mjs');

describe('bin/unknot.mjs', () => {
  it('is an executable Node script', () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
  });

  it('is what package.json names as the unknot command', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ unknot: 'bin/unknot.mjs' });
  });

  it('prints the version, building dist/node first when it is missing or stale', {
    timeout: 120_000,
  }, () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const result = spawnSync(process.execPath, [BIN, '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).not.toContain('failed');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });
});
