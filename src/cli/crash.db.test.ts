/**
 * Acknowledged writes survive kill -9, many times over, on SQLite and PostgreSQL: the real server
 * as a process, three devices pushing diary entries at once, killed with SIGKILL at a moment drawn
 * from a fixed seed while pushes are in flight, restarted, pushed to again; at the end every change
 * the server acknowledged is stored for its own account, exactly as sent, and nothing else is.
 * `npm run crash -- --cycles 50` runs more kills (CRASH_CYCLES); `npm test` runs three per database.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Change } from '../core/sync/change.js';
import { diaryChange } from '../core/sync/fixtures.js';
import { SessionClient, TEST_PASSWORD } from '../server/http/session-client.test-support.js';
import { openStorage } from '../server/storage/database.js';
import { LISTENING, spawnServe } from './test-harness.js';

const CYCLES = Number(process.env.CRASH_CYCLES ?? 3);
const DEVICES = 3;
const BATCH = 20;

/** A small seeded generator (mulberry32), so a failing run can be run again the same way. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Target {
  name: 'SQLite' | 'PostgreSQL';
  env: Record<string, string>;
  config: Parameters<typeof openStorage>[0];
  drop(): Promise<void>;
}

function sqliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-crash-'));
  return {
    name: 'SQLite',
    env: { DATA_DIR: dir },
    config: { kind: 'sqlite', file: join(dir, 'unknot.sqlite') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A database of its own on the test server: the server takes a URL, not a schema. */
async function postgresTarget(adminUrl: string): Promise<Target> {
  const name = `unknot_crash_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await openStorage({ kind: 'postgres', url: adminUrl });
  const { sql } = await import('kysely');
  try {
    await sql.raw(`create database ${name}`).execute(admin.db);
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: url.toString() },
    config: { kind: 'postgres', url: url.toString() },
    async drop() {
      const again = await openStorage({ kind: 'postgres', url: adminUrl });
      try {
        await sql.raw(`drop database if exists ${name} with (force)`).execute(again.db);
      } finally {
        await again.close();
      }
    },
  };
}

const targets: Array<() => Promise<Target>> = [async () => sqliteTarget()];
const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl !== undefined && adminUrl !== '') targets.push(() => postgresTarget(adminUrl));

const made: Target[] = [];
afterAll(async () => {
  await Promise.all(made.map((t) => t.drop()));
});

describe.each(targets.map((make, i) => ({ make, name: i === 0 ? 'SQLite' : 'PostgreSQL' })))(
  'kill -9 while devices push, on $name',
  ({ make }) => {
    it(`loses no acknowledged write over ${CYCLES} kills`, {
      timeout: 60_000 + CYCLES * 20_000,
    }, async () => {
      const target = await make();
      made.push(target);
      const random = seeded(20261204);
      const cookies: Array<string | undefined> = [];
      // What each device sent, by id, and what the server acknowledged.
      const sent = Array.from({ length: DEVICES }, () => new Map<string, Change>());
      const acknowledged = Array.from({ length: DEVICES }, () => new Set<string>());
      let next = 1;
      let cutShort = 0;

      for (let cycle = 0; cycle <= CYCLES; cycle++) {
        const { child, stdout, exited } = spawnServe(target.env);
        try {
          const [, url = ''] = await stdout.waitFor(LISTENING, 40_000);
          const devices = Array.from({ length: DEVICES }, (_, d) => {
            const client = new SessionClient(url);
            client.cookie = cookies[d];
            return client;
          });
          if (cycle === 0) {
            for (const [d, device] of devices.entries()) {
              const res = await device.post('/api/v1/auth/sign-up', {
                username: `crash${d}`,
                password: TEST_PASSWORD,
              });
              expect(res.status).toBe(201);
              cookies[d] = device.cookie;
            }
          }
          // The last cycle is the check after the final restart: the server still serves.
          if (cycle === CYCLES) {
            for (const device of devices)
              expect((await device.get('/api/v1/sync?after=0')).status).toBe(200);
            break;
          }
          let killed = false;
          const push = async (d: number) => {
            const device = devices[d] as SessionClient;
            while (!killed) {
              const changes = Array.from({ length: BATCH }, () => {
                const n = next++;
                return diaryChange(n, n % 11);
              });
              for (const c of changes) sent[d]?.set(c.id, c);
              try {
                const res = await device.post('/api/v1/sync', { changes });
                if (res.status !== 200) throw new Error(`push answered ${res.status}`);
                for (const id of (res.body as { accepted: string[] }).accepted)
                  acknowledged[d]?.add(id);
              } catch (error) {
                // The connection dies with the server: that push was never acknowledged.
                if (killed) {
                  cutShort++;
                  return;
                }
                throw error;
              }
            }
          };
          const pushing = Array.from({ length: DEVICES }, (_, d) => push(d));
          await new Promise((resolve) => setTimeout(resolve, 150 + random() * 1_200));
          killed = true;
          child.kill('SIGKILL');
          await exited;
          await Promise.all(pushing);
        } finally {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        }
      }

      const storage = await openStorage(target.config);
      try {
        const accounts = await storage.db
          .selectFrom('accounts')
          .select(['id', 'username'])
          .execute();
        const total = acknowledged.reduce((sum, s) => sum + s.size, 0);
        expect(total).toBeGreaterThan(CYCLES * DEVICES);
        // The kills fell while pushes were in flight, not between them.
        expect(cutShort).toBeGreaterThanOrEqual(CYCLES);
        console.log(
          `${target.name}: ${CYCLES} kills, ${total} changes acknowledged, ${cutShort} pushes cut short`,
        );
        for (let d = 0; d < DEVICES; d++) {
          const account = accounts.find((a) => a.username === `crash${d}`);
          expect(account).toBeDefined();
          const rows = await storage.db
            .selectFrom('sync_records')
            .select(['id', 'hlc', 'data'])
            .where('account_id', '=', account?.id ?? '')
            .execute();
          const stored = new Map(rows.map((r) => [r.id, r]));
          // Every acknowledged change is there, as sent.
          for (const id of acknowledged[d] ?? []) {
            const change = sent[d]?.get(id);
            expect(stored.get(id), `acknowledged ${id} missing`).toMatchObject({
              hlc: change?.hlc,
              data: JSON.stringify(change?.data),
            });
          }
          // Nothing stored that this device did not send (a push cut short may or may not land).
          for (const id of stored.keys()) expect(sent[d]?.has(id), `${id} never sent`).toBe(true);
        }
      } finally {
        await storage.close();
      }
    });
  },
);
