import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index.js';

const folder = dirname(fileURLToPath(import.meta.url));

describe('the migration list', () => {
  it('names every migration file in this folder, and nothing else', () => {
    const files = readdirSync(folder)
      .filter((f) => /^\d{4}_\d{2}_\d{2}_\d{6}_[a-z0-9_]+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(Object.keys(MIGRATIONS).sort()).toEqual(files.sort());
  });

  it('is written in timestamp order, so a new migration goes at the end', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names).toEqual([...names].sort());
  });

  it('has only files named by timestamp besides this list', () => {
    const others = readdirSync(folder).filter(
      (f) => !/^\d{4}_\d{2}_\d{2}_\d{6}_[a-z0-9_]+\.ts$/.test(f) && !/^index(\.test)?\.ts$/.test(f),
    );
    expect(others).toEqual([]);
  });
});
