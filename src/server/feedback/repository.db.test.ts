import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feedback } from '../../core/feedback.js';
import { uuidv7 } from '../../core/ids.js';
import { migrateToLatest } from '../storage/migrate.js';
import { type TestDatabase, testDatabases } from '../storage/test-databases.js';
import { createFeedbackRepository } from './repository.js';

let counter = 0;
function feedback(overrides: Partial<Feedback> = {}): Feedback {
  counter += 1;
  return {
    id: uuidv7(1_790_000_000_000 + counter, (n) => new Uint8Array(n).fill(counter % 256)),
    contentId: 'muscle-strain',
    helpful: true,
    comment: 'calm and clear',
    createdAt: '2026-09-21T10:00:00.000Z',
    ...overrides,
  };
}

describe.each(testDatabases())('feedback repository on $name', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await kind.create();
    const storage = await database.open();
    await migrateToLatest(storage);
    await storage.close();
  });
  afterEach(async () => {
    await database.destroy();
  });

  it('stores feedback and reads it back in camelCase, booleans as booleans', async () => {
    const repository = createFeedbackRepository((await database.open()).db);
    const yes = feedback({ helpful: true });
    const no = feedback({ helpful: false, comment: null });
    expect(await repository.insertIfAbsent(yes)).toEqual({ inserted: true, stored: yes });
    await repository.insertIfAbsent(no);
    expect(await repository.findById(yes.id)).toEqual(yes);
    expect(await repository.findById(no.id)).toEqual(no);
  });

  it('answers undefined for an id it does not hold', async () => {
    const repository = createFeedbackRepository((await database.open()).db);
    expect(await repository.findById(feedback().id)).toBeUndefined();
  });

  it('stores an id once and answers the first record to a second insert', async () => {
    const repository = createFeedbackRepository((await database.open()).db);
    const first = feedback();
    await repository.insertIfAbsent(first);
    const again = await repository.insertIfAbsent({ ...first, helpful: false, comment: 'changed' });
    expect(again).toEqual({ inserted: false, stored: first });
  });

  it('adds a first comment to an answer stored without one, and never replaces a comment', async () => {
    const repository = createFeedbackRepository((await database.open()).db);
    const tapped = feedback({ comment: null });
    await repository.insertIfAbsent(tapped);
    expect(await repository.addComment(tapped.id, 'clear')).toEqual({
      ...tapped,
      comment: 'clear',
    });
    expect(await repository.addComment(tapped.id, 'changed')).toEqual({
      ...tapped,
      comment: 'clear',
    });
    expect(await repository.addComment(feedback().id, 'none here')).toBeUndefined();
  });

  it('stores one record when two inserts with one id race', async () => {
    const storage = await database.open();
    const repository = createFeedbackRepository(storage.db);
    const one = feedback();
    const results = await Promise.all([
      repository.insertIfAbsent(one),
      repository.insertIfAbsent(one),
      repository.insertIfAbsent(one),
    ]);
    expect(results.filter((r) => r.inserted)).toHaveLength(1);
    const count = await storage.db
      .selectFrom('feedback')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('keeps a written record after the connection is closed and reopened', async () => {
    const first = await database.open();
    const record = feedback({ comment: 'still here' });
    await createFeedbackRepository(first.db).insertIfAbsent(record);
    await first.close();
    const reopened = await database.open();
    expect(await createFeedbackRepository(reopened.db).findById(record.id)).toEqual(record);
  });

  it('keeps a comment of 1000 characters, including non-ASCII ones, exactly', async () => {
    const repository = createFeedbackRepository((await database.open()).db);
    const record = feedback({ comment: `${'é'.repeat(998)}😀` });
    await repository.insertIfAbsent(record);
    expect((await repository.findById(record.id))?.comment).toBe(record.comment);
  });
});
