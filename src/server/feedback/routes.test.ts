import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Feedback } from '../../core/feedback.schema.js';
import { uuidv7 } from '../../core/ids.js';
import {
  fieldsOf,
  postJson,
  readProblem,
  startTestServer,
  type TestServer,
} from '../test-server.js';

const NOW = Date.UTC(2026, 8, 21, 10, 0, 0);
let server: TestServer;
let seq = 0;

beforeAll(async () => {
  server = await startTestServer({ now: () => NOW });
});
afterAll(async () => {
  await server.close();
});

const post = (body: unknown, headers?: Record<string, string>) =>
  postJson(`${server.url}/api/v1/feedback`, body, headers);
function freshId(): string {
  seq += 1;
  return uuidv7(NOW + seq, (n) => new Uint8Array(n).fill(seq % 256));
}

describe('POST /api/v1/feedback', () => {
  it('stores feedback and answers 201 with the record, making the id and time', async () => {
    const res = await post({ contentId: 'muscle-strain', helpful: true, comment: '  helped  ' });
    expect(res.status).toBe(201);
    const feedback = Feedback.parse(await res.json());
    expect(feedback).toMatchObject({
      contentId: 'muscle-strain',
      helpful: true,
      comment: 'helped',
      createdAt: new Date(NOW).toISOString(),
    });
  });

  it('keeps the id the client made', async () => {
    const id = freshId();
    const res = await post({ id, contentId: 'muscle-strain', helpful: false });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ id, helpful: false, comment: null });
  });

  it('stores a retry once and answers it 200 with the stored record', async () => {
    const body = { id: freshId(), contentId: 'muscle-strain', helpful: true, comment: 'calm' };
    const first = await post(body);
    const second = await post({ ...body, comment: ' calm ' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual(await first.json());
    const rows = await server.storage.db
      .selectFrom('feedback')
      .select('id')
      .where('id', '=', body.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('answers 409 naming the id when the id is reused for different feedback', async () => {
    const body = { id: freshId(), contentId: 'muscle-strain', helpful: true };
    expect((await post(body)).status).toBe(201);
    const res = await post({ ...body, helpful: false });
    expect(res.status).toBe(409);
    const problem = await readProblem(res);
    expect(problem.code).toBe('conflict');
    expect(fieldsOf(problem)).toEqual(['id']);
  });

  it('records a Yes on its own, then adds the comment sent later under the same id', async () => {
    const tap = { id: freshId(), contentId: 'muscle-strain', helpful: true };
    expect((await post(tap)).status).toBe(201);
    const res = await post({ ...tap, comment: ' Clear steps ' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ...tap, comment: 'Clear steps' });
    // A second, different comment is different feedback, and the first one stays.
    const again = await post({ ...tap, comment: 'Changed my mind' });
    expect(again.status).toBe(409);
    const row = await server.storage.db
      .selectFrom('feedback')
      .select('comment')
      .where('id', '=', tap.id)
      .executeTakeFirst();
    expect(row?.comment).toBe('Clear steps');
  });

  it.each([
    ['an unknown contentId', { contentId: 'no-such-item', helpful: true }, ['contentId']],
    [
      'a contentId that is not a slug',
      { contentId: 'Muscle Strain', helpful: true },
      ['contentId'],
    ],
    ['a missing contentId', { helpful: true }, ['contentId']],
    ['a missing helpful', { contentId: 'muscle-strain' }, ['helpful']],
    ['a helpful that is not boolean', { contentId: 'muscle-strain', helpful: 'yes' }, ['helpful']],
    [
      'a comment over 1000 characters',
      { contentId: 'muscle-strain', helpful: true, comment: 'x'.repeat(1001) },
      ['comment'],
    ],
    [
      'a comment that is not text',
      { contentId: 'muscle-strain', helpful: true, comment: 3 },
      ['comment'],
    ],
    ['an unknown key', { contentId: 'muscle-strain', helpful: true, stars: 5 }, ['stars']],
    [
      'an id that is not a UUIDv7',
      { id: 'abc', contentId: 'muscle-strain', helpful: true },
      ['id'],
    ],
    ['a body that is not an object', [1, 2], ['(body)']],
  ])('answers 422 problem+json naming the field for %s', async (_name, body, fields) => {
    const res = await post(body);
    expect(res.status).toBe(422);
    const problem = await readProblem(res);
    expect(problem).toMatchObject({
      code: 'validation_failed',
      instance: '/api/v1/feedback',
      type: '/api/problems/validation_failed',
    });
    expect(fieldsOf(problem)).toEqual(fields);
  });

  it('names every bad field at once', async () => {
    const res = await post({ contentId: 'Bad Slug', helpful: 1, extra: true });
    expect(fieldsOf(await readProblem(res)).sort()).toEqual(['contentId', 'extra', 'helpful']);
  });

  it('answers 400 naming the body for malformed JSON', async () => {
    const res = await post('{"contentId": "muscle-strain", "helpful": tru');
    expect(res.status).toBe(400);
    const problem = await readProblem(res);
    expect(problem.code).toBe('validation_failed');
    expect(fieldsOf(problem)).toEqual(['(body)']);
  });

  it('answers 400 naming the body for an empty JSON body', async () => {
    const res = await post('');
    expect(res.status).toBe(400);
    expect(fieldsOf(await readProblem(res))).toEqual(['(body)']);
  });

  it('answers 415 naming content-type for a body that is not JSON', async () => {
    const res = await post('helpful=true', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(fieldsOf(await readProblem(res))).toEqual(['content-type']);
    const form = await post('helpful=true', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
  });

  it('answers 413 for a body over the limit, before reading it as JSON', async () => {
    const res = await post({
      contentId: 'muscle-strain',
      helpful: true,
      comment: 'x'.repeat(20_000),
    });
    expect(res.status).toBe(413);
    const problem = await readProblem(res);
    expect(problem.code).toBe('payload_too_large');
    expect(fieldsOf(problem)).toEqual(['(body)']);
  });

  it('stores nothing for a refused body', async () => {
    const id = freshId();
    await post({ id, contentId: 'no-such-item', helpful: true });
    const rows = await server.storage.db
      .selectFrom('feedback')
      .select('id')
      .where('id', '=', id)
      .execute();
    expect(rows).toEqual([]);
  });
});
