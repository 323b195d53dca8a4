import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT } from '../../core/content/index.js';
import { fieldsOf, readProblem, startTestServer, type TestServer } from '../test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const get = (path: string) => fetch(`${server.url}${path}`);

describe('GET /api/v1/content', () => {
  it('answers every content item as JSON', async () => {
    const res = await get('/api/v1/content');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const items: { id: string }[] = await res.json();
    expect(items.map((i) => i.id)).toEqual(CONTENT.map((i) => i.id));
  });
});

describe('GET /api/v1/content/:id', () => {
  it('answers the item with that id, sources included', async () => {
    const res = await get('/api/v1/content/muscle-strain');
    expect(res.status).toBe(200);
    const item = await res.json();
    expect(item).toEqual(JSON.parse(JSON.stringify(CONTENT.find((i) => i.id === 'muscle-strain'))));
    expect(item.sources.length).toBeGreaterThan(0);
  });

  it('answers 404 problem+json naming the id when no item has it', async () => {
    const res = await get('/api/v1/content/no-such-item');
    expect(res.status).toBe(404);
    const problem = await readProblem(res);
    expect(problem).toMatchObject({
      code: 'not_found',
      type: '/api/problems/not_found',
      instance: '/api/v1/content/no-such-item',
    });
    expect(fieldsOf(problem)).toEqual(['id']);
  });
});

describe('GET /api/v1/search', () => {
  it('ranks the spasm explanation first for a misspelt "spazm"', async () => {
    const res = await get('/api/v1/search?q=spazm');
    expect(res.status).toBe(200);
    const hits: { id: string; kind: string; title: string; snippet: string }[] = await res.json();
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(Object.keys(hit).sort()).toEqual(['id', 'kind', 'snippet', 'title']);
    }
    expect(hits[0]?.title.toLowerCase()).toContain('spasm');
  });

  it('finds the muscle strain page for "strained muscle"', async () => {
    const hits: { id: string }[] = await (await get('/api/v1/search?q=strained%20muscle')).json();
    expect(hits.slice(0, 3).map((h) => h.id)).toContain('muscle-strain');
  });

  it('answers at most `limit` hits', async () => {
    const res = await get('/api/v1/search?q=back&limit=2');
    expect(res.status).toBe(200);
    expect(await res.json()).toHaveLength(2);
  });

  it('answers an empty list when nothing matches', async () => {
    const res = await get('/api/v1/search?q=xylophonequartz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);
  });

  it.each([
    ['a missing q', '', 'q'],
    ['an empty q', '?q=', 'q'],
    ['a q of spaces', '?q=%20%20%20', 'q'],
    ['a q over 200 characters', `?q=${'a'.repeat(201)}`, 'q'],
    ['a repeated q', '?q=a&q=b', 'q'],
    ['a limit that is not a number', '?q=heat&limit=ten', 'limit'],
    ['a limit of 0', '?q=heat&limit=0', 'limit'],
    ['a fractional limit', '?q=heat&limit=2.5', 'limit'],
    ['a limit over 50', '?q=heat&limit=51', 'limit'],
  ])('answers 400 problem+json naming the field for %s', async (_name, query, field) => {
    const res = await get(`/api/v1/search${query}`);
    expect(res.status).toBe(400);
    const problem = await readProblem(res);
    expect(problem.code).toBe('validation_failed');
    expect(fieldsOf(problem)).toEqual([field]);
  });

  it('accepts a q of exactly 200 characters', async () => {
    const res = await get(`/api/v1/search?q=${'a'.repeat(200)}`);
    expect(res.status).toBe(200);
  });
});

describe('sources in the API', () => {
  it('name articles by id and title, never by the file they were read from', async () => {
    for (const path of [
      '/api/v1/content',
      '/api/v1/exercises',
      '/api/v1/relief',
      '/api/openapi.json',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      const text = await res.text();
      expect(text, path).not.toMatch(/\.txt\b|\b\d{3}_[0-9a-f]{8,}/);
    }
    const item = await (await get('/api/v1/content/stretching')).json();
    expect(item.sources).toContainEqual(
      expect.objectContaining({ type: 'article', id: 'does-stretching-help-back-spasms' }),
    );
  });
});

describe('answers a device already holds', () => {
  it('are a 304 with no body when the ETag still matches, and whole when it does not', async () => {
    const first = await get('/api/v1/content/muscle-strain');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await fetch(`${server.url}/api/v1/content/muscle-strain`, {
      headers: { 'if-none-match': `"older", ${etag}` },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await fetch(`${server.url}/api/v1/content/muscle-strain`, {
      headers: { 'if-none-match': '"older"' },
    });
    expect(stale.status).toBe(200);
    expect((await stale.json()).id).toBe('muscle-strain');
    // Each item, and the list, has its own version.
    const list = await get('/api/v1/content');
    expect(list.headers.get('etag')).not.toBe(etag);
  });
});

describe('a search asked again', () => {
  it('answers what the first asking answered, whatever its case and spacing', async () => {
    const first = await (await get('/api/v1/search?q=ice%20or%20heat&limit=5')).json();
    expect(first.length).toBeGreaterThan(0);
    for (const q of ['ICE or heat', '  ice   or heat ', 'ice or heat']) {
      const res = await get(`/api/v1/search?q=${encodeURIComponent(q)}&limit=5`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(first);
    }
    // Another limit is another question.
    expect(await (await get('/api/v1/search?q=ice%20or%20heat&limit=1')).json()).toEqual(
      first.slice(0, 1),
    );
  });
});
