/**
 * The seed articles on disk, for the tests that hold content to its sources (no copied sentences,
 * every seed fact covered). Only here does an article id meet the file it was read from: no file
 * name reaches a person or the API.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleId } from '../src/core/content/schema.js';

export const ARTICLE_FILES: Record<ArticleId, string> = {
  'back-spasms-demystified': '000_9e00d2b1062f7c48.txt',
  'back-spasms-causes-treatment-prevention': '001_9f872eb2b6f7ffa9.txt',
  'does-stretching-help-back-spasms': '002_4c75f912d5496cce.txt',
  'relieve-intense-back-spasms': '003_677512cb7dc9e169.txt',
  'back-spasms-emergeortho': '004_ab0e98096e72e1bc.txt',
};

export const SEED_FILES: readonly string[] = Object.values(ARTICLE_FILES);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The folder holding all five seeds (UNKNOT_SEEDS_DIR, ./seeds or ../shared/seeds), if any. */
export const SEEDS_DIR: string | undefined = [
  process.env.UNKNOT_SEEDS_DIR,
  resolve(ROOT, 'seeds'),
  resolve(ROOT, '../shared/seeds'),
].find((dir) => dir !== undefined && SEED_FILES.every((f) => existsSync(resolve(dir, f))));

/** The text of every seed, in the order of SEED_FILES; throws when the seeds are not on disk. */
export function readSeeds(): string[] {
  if (SEEDS_DIR === undefined) throw new Error('The seed articles are not on this machine.');
  const dir = SEEDS_DIR;
  return SEED_FILES.map((f) => readFileSync(resolve(dir, f), 'utf8'));
}
