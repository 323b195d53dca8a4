import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProblem, startTestServer, type TestServer } from './test-server.js';

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('the built web app', () => {
  let webRoot: string;
  let server: TestServer;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'unknot-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Unknot shell</title>');
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(webRoot, 'sw.js'), 'self.skipWaiting()');
    writeFileSync(join(webRoot, 'manifest.webmanifest'), '{"name":"Unknot"}');
    server = await startTestServer({ webRoot });
  });
  afterAll(async () => {
    await server.close();
    rmSync(webRoot, { recursive: true, force: true });
  });
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers });

  it('serves index.html at / without long caching', async () => {
    const res = await get('/', HTML);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Unknot shell');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('caches hashed assets for a year', async () => {
    const res = await get('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/sw.js', '/manifest.webmanifest'])('revalidates %s on every visit', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a page path a browser asks for with index.html, for the app router', async () => {
    const res = await get('/learn/treatment/heat', HTML);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('Unknot shell');
  });

  it('answers a missing file that is not a page with a 404 problem', async () => {
    const res = await get('/assets/missing.js', { accept: '*/*' });
    expect(res.status).toBe(404);
    await readProblem(res);
  });

  it('never answers an unknown API path with the page, even for a browser', async () => {
    const res = await get('/api/v1/nothing-here', HTML);
    expect(res.status).toBe(404);
    await readProblem(res);
  });
});

describe('when the web app is not built', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ webRoot: join(tmpdir(), 'unknot-web-never-built') });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers / with a 503 that says to run the build', async () => {
    const res = await fetch(`${server.url}/`, { headers: HTML });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(await res.text()).toContain('npm run build');
  });

  it('answers other pages the same way', async () => {
    const res = await fetch(`${server.url}/learn`, { headers: HTML });
    expect(res.status).toBe(503);
  });

  it('still serves the API', async () => {
    const res = await fetch(`${server.url}/api/v1/content/muscle-strain`);
    expect(res.status).toBe(200);
  });
});
