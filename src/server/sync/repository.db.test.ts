import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureId } from '../../core/diary/fixtures.js';
import { AT, diaryChange, NODE_B, stamp, tombstoneChange } from '../../core/sync/fixtures.js';
import { createAccountRepository } from '../account/repository.js';
import { createAccountService } from '../account/service.js';
import type { Storage } from '../storage/database.js';
import { migrateToLatest } from '../storage/migrate.js';
import { type TestDatabase, testDatabases } from '../storage/test-databases.js';
import { createSyncRepository, type SyncRepository } from './repository.js';
import { createSyncService } from './service.js';

const PASSWORD = 'my back and the long walk home';

describe.each(testDatabases())('synced records on $name', (kind) => {
  let database: TestDatabase;
  let storage: Storage;
  let repository: SyncRepository;
  let ana: string;
  let bob: string;

  beforeEach(async () => {
    database = await kind.create();
    storage = await database.open();
    await migrateToLatest(storage);
    repository = createSyncRepository(storage.db);
    const accounts = createAccountService({
      repository: createAccountRepository(storage.db),
      now: () => AT,
      randomBytes: (n) => randomBytes(n),
    });
    const made = async (username: string) => {
      const r = await accounts.signUp({ username, password: PASSWORD, device: 'd', address: 'a' });
      if (!r.ok) throw r.error;
      return r.session.accountId;
    };
    ana = await made('ana');
    bob = await made('bob');
  });
  afterEach(async () => {
    await database.destroy();
  });

  it('keeps a push and answers it to a pull in order, with the cursor to go on from', async () => {
    const kept = await repository.push(ana, [diaryChange(1, 5), diaryChange(2, 6)]);
    expect(kept).toEqual({ accepted: [fixtureId(1), fixtureId(2)], refused: [], stored: 2 });
    const pulled = await repository.changesAfter(ana, 0, 10);
    expect(pulled.map((c) => [c.id, c.seq])).toEqual([
      [fixtureId(1), 1],
      [fixtureId(2), 2],
    ]);
    expect(pulled[0]).toMatchObject(diaryChange(1, 5));
    expect(await repository.changesAfter(ana, 2, 10)).toEqual([]);
  });

  it('stores the same change sent twice once, and gives it no new number', async () => {
    await repository.push(ana, [diaryChange(1, 5)]);
    const again = await repository.push(ana, [diaryChange(1, 5), diaryChange(1, 5)]);
    expect(again).toEqual({ accepted: [fixtureId(1)], refused: [], stored: 0 });
    expect((await repository.changesAfter(ana, 0, 10)).map((c) => c.seq)).toEqual([1]);
  });

  it('keeps the later version by stamp, a deletion too, whatever order they come in', async () => {
    const edit = diaryChange(1, 8, stamp(AT + 10));
    const older = diaryChange(1, 2, stamp(AT + 5, 0, NODE_B));
    const deletion = tombstoneChange(1, stamp(AT + 20, 0, NODE_B));
    await repository.push(ana, [edit]);
    await repository.push(ana, [older]);
    expect((await repository.allOf(ana))[0]).toMatchObject({ data: { pain0to10: 8 } });
    await repository.push(ana, [deletion, edit]);
    const [kept] = await repository.allOf(ana);
    expect(kept).toMatchObject({ deleted: true, data: null, hlc: deletion.hlc });
    expect(kept?.seq).toBeGreaterThan(1);
  });

  it('refuses a change whose id the account keeps as another kind, keeping the rest', async () => {
    await repository.push(ana, [diaryChange(1, 5)]);
    const clash = { ...diaryChange(1, 5, stamp(AT + 99)), kind: 'habit-tick' as const, data: {} };
    const kept = await repository.push(ana, [clash, diaryChange(2, 1)]);
    expect(kept?.refused).toEqual([
      {
        id: fixtureId(1),
        field: 'kind',
        message: 'is not the kind this record is kept as (diary-entry)',
      },
    ]);
    expect(kept?.accepted).toEqual([fixtureId(2)]);
  });

  it("keeps each account's records apart, the same ids included", async () => {
    await repository.push(ana, [diaryChange(1, 5)]);
    await repository.push(bob, [diaryChange(1, 9)]);
    expect(
      (await repository.allOf(ana)).map((c) => (c.data as { pain0to10: number }).pain0to10),
    ).toEqual([5]);
    expect(
      (await repository.allOf(bob)).map((c) => (c.data as { pain0to10: number }).pain0to10),
    ).toEqual([9]);
    expect((await repository.changesAfter(bob, 0, 10)).map((c) => c.seq)).toEqual([1]);
  });

  it('answers undefined for an account that no longer exists, storing nothing', async () => {
    expect(await repository.push('0190a000-0000-7000-8000-00000000dead', [diaryChange(1, 5)])).toBe(
      undefined,
    );
  });

  // Two processes share PostgreSQL (two pools here); SQLite is one process's file and connection.
  it('two server processes on one database behave as one: pushes through both, at once, converge with no number lost', async () => {
    const secondDb = kind.name === 'PostgreSQL' ? (await database.open()).db : storage.db;
    const one = createSyncService({ repository, now: () => AT + 60_000 });
    const two = createSyncService({
      repository: createSyncRepository(secondDb),
      now: () => AT + 60_000,
    });
    const batches = Array.from({ length: 8 }, (_, b) =>
      Array.from({ length: 25 }, (_, i) => diaryChange(b * 25 + i + 1, (b + i) % 11)),
    );
    await Promise.all(batches.map((batch, b) => (b % 2 === 0 ? one : two).push(ana, batch)));
    const seen = new Map<string, number>();
    let cursor = 0;
    for (;;) {
      const page = await (cursor % 2 === 0 ? two : one).pull(ana, cursor, 30);
      for (const c of page.changes) seen.set(c.id, c.seq);
      cursor = page.cursor;
      if (!page.more) break;
    }
    expect(seen.size).toBe(200);
    const seqs = [...seen.values()].sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(200);
    expect((await one.pull(ana, 0, 1000)).changes).toEqual((await two.pull(ana, 0, 1000)).changes);
  });
});
