/**
 * `unknot backup` and `unknot restore` beside a real server: on SQLite, backups taken while a
 * server process takes pushes are each one consistent moment of the database; restore refuses
 * while that server runs, and after a kill -9 it puts the backup in place of the database and the
 * WAL the server left (which must not be replayed into it). On PostgreSQL, the commands move a
 * whole database through a JSON backup, and a server already running serves the restored data.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diaryChange } from '../../core/sync/fixtures.js';
import type { DatabaseConfig } from '../../server/config.js';
import {
  SessionClient,
  signedUp,
  TEST_PASSWORD,
} from '../../server/http/session-client.test-support.js';
import {
  observe,
  serve,
  signsIn,
  writeWorld,
} from '../../server/storage/backup/restorable-world.test-support.js';
import { openStorage, type Storage } from '../../server/storage/database.js';
import { migrateToLatest } from '../../server/storage/migrate.js';
import { LISTENING, run, spawnServe } from '../test-harness.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unknot-backup-process-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const unknot = (args: string[], env: Record<string, string>) =>
  run(args, '', { env: { LOG_LEVEL: 'silent', ...env }, cwd: dir });

/** Opens, migrates, serves; closing closes both. */
async function served(config: DatabaseConfig) {
  const storage: Storage = await openStorage(config);
  await migrateToLatest(storage);
  const app = await serve(storage);
  return {
    storage,
    url: app.url,
    async close() {
      await app.close();
      await storage.close();
    },
  };
}

const DEVICES = ['device-ana', 'device-bo', 'device-cy'];

describe('on SQLite, beside a server process', () => {
  it('backs up while pushes land, each file one moment; refuses to restore under the server', {
    timeout: 120_000,
  }, async () => {
    const data = join(dir, 'data');
    const server = spawnServe({ DATA_DIR: data });
    const devices: SessionClient[] = [];
    let pushing = true;
    let acknowledged = 0;
    try {
      const [, url = ''] = await server.stdout.waitFor(LISTENING, 40_000);
      for (const name of DEVICES) devices.push((await signedUp(url, name)).client);
      let next = 1;
      const push = async (device: SessionClient) => {
        while (pushing) {
          const changes = Array.from({ length: 20 }, () => {
            const n = next++;
            return diaryChange(n, n % 11);
          });
          const res = await device.post('/api/v1/sync', { changes });
          if (res.status !== 200) throw new Error(`push answered ${res.status}`);
          acknowledged += changes.length;
        }
      };
      const pushes = devices.map(push);

      const files: string[] = [];
      const landedDuring: number[] = [];
      for (let i = 1; i <= 3; i++) {
        const file = join(dir, `during-${i}.db`);
        const from = acknowledged;
        const made = await unknot(['backup', file], { DATA_DIR: data });
        expect(made.stderr).toBe('');
        expect(made.code).toBe(0);
        landedDuring.push(acknowledged - from);
        files.push(file);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }

      // Under a running server, restore refuses before touching anything.
      const refused = await unknot(['restore', files[0] ?? ''], { DATA_DIR: data });
      expect(refused.code).toBe(4);
      expect(refused.stderr).toMatch(/is in use: stop the Unknot server/);
      expect((await devices[0]?.get('/api/v1/sync?after=0'))?.status).toBe(200);

      pushing = false;
      await Promise.all(pushes);
      // Writes went on while the backups ran: they were taken from a serving database.
      expect(landedDuring.some((n) => n > 0)).toBe(true);

      for (const file of files) {
        const copy = new Sqlite(file, { readonly: true });
        try {
          expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
          // Each push reserves its numbers on the account row and stores its records in one
          // transaction: in a consistent copy, the two agree for every account.
          const accounts = copy
            .prepare(
              `select a.sync_seq as reserved, count(r.id) as stored, coalesce(max(r.seq), 0) as top
               from accounts a left join sync_records r on r.account_id = a.id group by a.id`,
            )
            .all() as { reserved: number; stored: number; top: number }[];
          expect(accounts).toHaveLength(3);
          for (const a of accounts) expect([a.stored, a.top]).toEqual([a.reserved, a.reserved]);
        } finally {
          copy.close();
        }
      }
    } finally {
      pushing = false;
      server.child.kill('SIGTERM');
      await server.exited;
    }

    // The last backup, restored elsewhere, serves what it holds to the same people.
    const elsewhere = join(dir, 'elsewhere');
    const last = join(dir, 'during-3.db');
    const restored = await unknot(['restore', last], { DATA_DIR: elsewhere });
    expect(restored.code).toBe(0);
    const copy = new Sqlite(last, { readonly: true });
    const stored = (copy.prepare('select count(*) as n from sync_records').get() as { n: number })
      .n;
    copy.close();
    const app = await served({ kind: 'sqlite', file: join(elsewhere, 'unknot.sqlite') });
    try {
      let pulled = 0;
      for (const name of DEVICES) {
        const client = new SessionClient(app.url);
        const res = await client.post('/api/v1/auth/sign-in', {
          username: name,
          password: TEST_PASSWORD,
        });
        expect(res.status).toBe(200);
        let after = 0;
        for (;;) {
          const page = (await client.get(`/api/v1/sync?after=${after}`)).body as {
            changes: unknown[];
            cursor: number;
            more: boolean;
          };
          pulled += page.changes.length;
          after = page.cursor;
          if (!page.more) break;
        }
      }
      expect(pulled).toBe(stored);
    } finally {
      await app.close();
    }
  });

  it('restores over what a killed server left, its WAL never replayed into the backup', {
    timeout: 120_000,
  }, async () => {
    const source = await served({ kind: 'sqlite', file: join(dir, 'source', 'unknot.sqlite') });
    const world = await writeWorld(source.url, source.storage);
    const seen = await observe(source.url, world, { clinician: false });
    await source.close();
    const file = join(dir, 'backup.db');
    expect((await unknot(['backup', file], { DATA_DIR: join(dir, 'source') })).code).toBe(0);

    const data = join(dir, 'data');
    const server = spawnServe({ DATA_DIR: data });
    try {
      const [, url = ''] = await server.stdout.waitFor(LISTENING, 40_000);
      const { client } = await signedUp(url, 'crashed');
      const changes = Array.from({ length: 50 }, (_, i) => diaryChange(i + 1, 3));
      expect((await client.post('/api/v1/sync', { changes })).status).toBe(200);
    } finally {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    expect(statSync(join(data, 'unknot.sqlite-wal')).size).toBeGreaterThan(0);

    const restored = await unknot(['restore', file], { DATA_DIR: data });
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const app = await served({ kind: 'sqlite', file: join(data, 'unknot.sqlite') });
    try {
      expect(await observe(app.url, world, { clinician: false })).toEqual(seen);
      expect(await signsIn(app.url, { ...world, username: 'crashed' })).toBe(401);
    } finally {
      await app.close();
    }
  });
});

const adminUrl = process.env.TEST_DATABASE_URL;

describe.runIf(adminUrl !== undefined && adminUrl !== '')('on PostgreSQL', () => {
  const made: string[] = [];
  const admin = () => openStorage({ kind: 'postgres', url: adminUrl ?? '' });

  /** A database of its own: the commands take a URL, not a schema. */
  async function database(): Promise<string> {
    const name = `unknot_backup_${process.pid}_${randomBytes(4).toString('hex')}`;
    const storage = await admin();
    try {
      await sql.raw(`create database ${name}`).execute(storage.db);
    } finally {
      await storage.close();
    }
    made.push(name);
    const url = new URL(adminUrl ?? '');
    url.pathname = `/${name}`;
    return url.toString();
  }

  afterEach(async () => {
    const storage = await admin();
    try {
      for (const name of made.splice(0)) {
        await sql.raw(`drop database if exists ${name} with (force)`).execute(storage.db);
      }
    } finally {
      await storage.close();
    }
  });

  it('moves a whole database through a JSON backup; a running server serves it at once', {
    timeout: 60_000,
  }, async () => {
    const from = await database();
    const source = await served({ kind: 'postgres', url: from });
    const world = await writeWorld(source.url, source.storage);
    const file = join(dir, 'unknot.jsonl');
    const backup = await unknot(['backup', file], { DATABASE_URL: from });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`to ${file} (json, schema `);
    expect(backup.stdout).not.toContain(world.username);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const seen = await observe(source.url, world);
    await source.close();

    const to = await database();
    const target = await served({ kind: 'postgres', url: to });
    try {
      await writeWorld(target.url, target.storage, 'bo');
      const restored = await unknot(['restore', file], { DATABASE_URL: to });
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/into PostgreSQL .*: 14 tables, \d+ rows\.\n$/);
      expect(await observe(target.url, world)).toEqual(seen);
      expect(await signsIn(target.url, { ...world, username: 'bo-person' })).toBe(401);
    } finally {
      await target.close();
    }
  });
});
