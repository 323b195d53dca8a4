import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale, newestMtime } from './lib.mjs';

function touch(path: string, secondsFromNow: number): void {
  writeFileSync(path, '');
  const when = new Date(Date.now() + secondsFromNow * 1000);
  utimesSync(path, when, when);
}

describe('what `npm start` rebuilds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-lib-'));
  mkdirSync(join(dir, 'src'));
  touch(join(dir, 'src', 'a.ts'), -100);
  touch(join(dir, 'config.ts'), -50);
  touch(join(dir, 'built.html'), -10);

  it('reads the time of a single file as well as of a folder', () => {
    expect(newestMtime([join(dir, 'src')])).toBeLessThan(newestMtime([join(dir, 'config.ts')]));
    expect(newestMtime([join(dir, 'src'), join(dir, 'config.ts')])).toBe(
      newestMtime([join(dir, 'config.ts')]),
    );
    expect(newestMtime([join(dir, 'missing')])).toBe(0);
  });

  it('a missing output is stale, an output newer than its inputs is not, and an edit makes it stale', () => {
    const inputs = [join(dir, 'src'), join(dir, 'config.ts')];
    expect(isStale(join(dir, 'missing.html'), inputs)).toBe(true);
    expect(isStale(join(dir, 'built.html'), inputs)).toBe(false);
    touch(join(dir, 'config.ts'), 0);
    expect(isStale(join(dir, 'built.html'), inputs)).toBe(true);
  });
});
