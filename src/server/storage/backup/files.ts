/**
 * The file handling backups and restores share: a private temporary file beside where the result
 * goes, made durable and then renamed into place. Backups hold health data, so every file starts
 * life as 0600 (never readable by others, not even for a moment); and a rename within one folder is
 * atomic, so whoever looks finds the old file whole or the new one whole, never half of either.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../core/errors.js';

/** Owner read and write only. */
export const PRIVATE_MODE = 0o600;

/**
 * Makes an empty private file beside `target` (same folder, so the final rename stays on one file
 * system) and answers its path. Fails with not_found naming the folder when it does not exist.
 */
export async function privateTempBeside(target: string, purpose: string): Promise<string> {
  const folder = dirname(target);
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new AppError('not_found', `the folder ${folder} does not exist`);
  }
  const temp = join(folder, `.${basename(target)}.${purpose}-${randomBytes(6).toString('hex')}`);
  const handle = await open(temp, 'wx', PRIVATE_MODE);
  await handle.close();
  return temp;
}

/** Flushes a file's bytes to the disk. */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Renames `temp` over `target` and flushes the folder, so the new name survives a power cut. The
 * caller has synced `temp` first: otherwise the name could land before the bytes it names.
 */
export async function replaceDurably(temp: string, target: string): Promise<void> {
  await rename(temp, target);
  const folder = await open(dirname(target), constants.O_RDONLY);
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** Removes a temporary file and whatever SQLite kept beside it; missing files are fine. */
export async function removeWithSidecars(path: string): Promise<void> {
  await Promise.all(
    ['', '-journal', '-wal', '-shm'].map((suffix) => rm(`${path}${suffix}`, { force: true })),
  );
}

/** Fails with not_found naming `path` when there is no readable file there. */
export async function requireReadableFile(path: string, what: string): Promise<void> {
  try {
    await access(path, constants.R_OK);
    if (!(await stat(path)).isFile()) throw new Error('not a file');
  } catch {
    throw new AppError('not_found', `${what} ${path} does not exist or cannot be read`);
  }
}
