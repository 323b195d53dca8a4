/**
 * SQLite's own backups, in one process: the file is private, written whole or not at all, and
 * self-contained; restore brings an older backup up to date, refuses while a connection has the
 * database open, and refuses a damaged, foreign or newer file, leaving the database's file exactly
 * as it was and nothing behind. (A server in another process, writing or killed: src/cli.)
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors.js';
import type { DatabaseConfig } from '../../config.js';
import { createFeedbackRepository } from '../../feedback/repository.js';
import { openStorage, type Storage } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { MIGRATIONS } from '../migrations/index.js';
import { backupDatabase, restoreDatabase } from './backup.js';
import {
  observe,
  serve,
  signsIn,
  type World,
  writeWorld,
} from './restorable-world.test-support.js';
import { KNOWN_MIGRATIONS } from './version.js';

type SqliteConfig = Extract<DatabaseConfig, { kind: 'sqlite' }>;

let dir: string;
const sqliteAt = (name: string): SqliteConfig => ({
  kind: 'sqlite',
  file: join(dir, name, 'unknot.sqlite'),
});
/** The database the server would serve. */
let live: SqliteConfig;
const opened: Storage[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unknot-sqlite-backup-'));
  live = sqliteAt('live');
});
afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(config: DatabaseConfig, migrate = true): Promise<Storage> {
  const storage = await openStorage(config);
  opened.push(storage);
  if (migrate) await migrateToLatest(storage);
  return storage;
}

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('not refused');
}

/** A live database with a world in it, closed (as when the server is stopped), and its backup. */
async function liveWithBackup(): Promise<{
  backup: string;
  world: World;
  seen: Record<string, unknown>;
}> {
  const storage = await open(live);
  const served = await serve(storage);
  const world = await writeWorld(served.url, storage);
  const seen = await observe(served.url, world, { clinician: false });
  await served.close();
  await storage.close();
  const backup = join(dir, 'good.db');
  await backupDatabase(live, backup);
  return { backup, world, seen };
}

describe('a SQLite backup file', () => {
  it('is readable by its owner only, even where a readable file stood', async () => {
    await open(live);
    const file = join(dir, 'nightly.db');
    writeFileSync(file, 'yesterday');
    chmodSync(file, 0o644);
    await backupDatabase(live, file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('is one self-contained file, not in WAL mode, with nothing left beside it', async () => {
    await open(live);
    await backupDatabase(live, join(dir, 'one.db'));
    const copy = new Sqlite(join(dir, 'one.db'), { readonly: true });
    try {
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      copy.close();
    }
    expect(readdirSync(dir).sort()).toEqual(['live', 'one.db']);
  });

  it('is not written over the database itself, nor made when there is no database', async () => {
    await open(live);
    expect(await refusal(backupDatabase(live, live.file))).toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('is the database itself'),
    });
    const none = sqliteAt('none');
    expect(await refusal(backupDatabase(none, join(dir, 'x.db')))).toMatchObject({
      code: 'not_found',
      message: expect.stringContaining(none.file),
    });
    expect(await refusal(backupDatabase(live, join(dir, 'no', 'such', 'x.db')))).toMatchObject({
      code: 'not_found',
      message: expect.stringContaining(join(dir, 'no', 'such')),
    });
  });
});

describe('restoring a SQLite backup', () => {
  it('made at an older schema version brings it up to date, keeping its rows', async () => {
    const names = KNOWN_MIGRATIONS.slice(0, 2);
    const older = await open(sqliteAt('older'), false);
    await migrateToLatest(
      older,
      Object.fromEntries(names.map((n) => [n, MIGRATIONS[n]])) as typeof MIGRATIONS,
    );
    const feedback = {
      id: '0190a000-0000-7000-8000-00000000f00d',
      contentId: 'muscle-strain',
      helpful: false,
      comment: 'too long',
      createdAt: '2026-03-02T09:00:00.000Z',
    };
    await createFeedbackRepository(older.db).insertIfAbsent(feedback);
    const file = join(dir, 'older.db');
    await backupDatabase(sqliteAt('older'), file);

    const done = await restoreDatabase(live, file);
    expect(done.backupVersion).toBe(names.at(-1));
    expect(done.version).toBe(KNOWN_MIGRATIONS.at(-1));
    const storage = await open(live, false);
    expect((await migrateToLatest(storage)).applied).toEqual([]);
    expect(await createFeedbackRepository(storage.db).findById(feedback.id)).toEqual(feedback);
  });

  it('refuses while a connection has the database open, and changes nothing', async () => {
    const { backup } = await liveWithBackup();
    const server = await open(live);
    await server.ping();
    const before = hash(live.file);
    const why = await refusal(restoreDatabase(live, backup));
    expect(why.code).toBe('conflict');
    expect(why.message).toMatch(/is in use: stop the Unknot server/);
    await server.close();
    expect(hash(live.file)).toBe(before);
    expect(readdirSync(join(dir, 'live')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('replaces what the database held with what the backup holds', async () => {
    const { backup, world, seen } = await liveWithBackup();
    // Written after the backup: the restore takes the database back to the moment of the backup.
    const storage = await open(live);
    const served = await serve(storage);
    const later = await writeWorld(served.url, storage, 'later');
    await served.close();
    await storage.close();
    await restoreDatabase(live, backup);
    const again = await serve(await open(live));
    try {
      expect(await observe(again.url, world, { clinician: false })).toEqual(seen);
      expect(await signsIn(again.url, world)).toBe(200);
      expect(await signsIn(again.url, later)).toBe(401);
    } finally {
      await again.close();
    }
  });

  describe.each([
    [
      'damaged in its pages',
      (good: string, bad: string) => {
        const bytes = readFileSync(good);
        // Keep the header whole so it opens; scribble over the pages after the first.
        bytes.fill(0x5a, 4096 * 2, 4096 * 6);
        writeFileSync(bad, bytes);
      },
      /damaged|cannot be opened/,
    ],
    [
      'cut short',
      (good: string, bad: string) => writeFileSync(bad, readFileSync(good).subarray(0, 4096 * 3)),
      /damaged|cannot be opened/,
    ],
    [
      'a SQLite database of another program',
      (_good: string, bad: string) => {
        const other = new Sqlite(bad);
        other.exec('create table notes (id integer primary key, body text)');
        other.close();
      },
      /no migrations applied: it is not a database Unknot has used/,
    ],
    [
      'from a newer Unknot',
      (good: string, bad: string) => {
        copyFileSync(good, bad);
        const newer = new Sqlite(bad);
        newer
          .prepare('insert into kysely_migration (name, timestamp) values (?, ?)')
          .run('2099_01_01_000100_from_the_future', '2099-01-01T00:00:00.000Z');
        newer.close();
      },
      /newer Unknot/,
    ],
  ])('%s', (_what, spoil, message) => {
    it('is refused, naming the problem, and the database file stays as it was', async () => {
      const { backup } = await liveWithBackup();
      const bad = join(dir, 'bad.db');
      spoil(backup, bad);
      const before = hash(live.file);
      const why = await refusal(restoreDatabase(live, bad));
      expect(why.code).toBe('validation_failed');
      expect(why.message).toMatch(message);
      expect(why.message).toContain(bad);
      expect(hash(live.file)).toBe(before);
      expect(readdirSync(join(dir, 'live'))).toEqual(['unknot.sqlite']);
      expect(existsSync(`${live.file}-wal`)).toBe(false);
    });
  });
});
