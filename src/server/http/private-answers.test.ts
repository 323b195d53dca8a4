/**
 * What the server keeps to itself: a request's query never reaches the log (search words can be
 * health data), and no cache may keep what a POST answers (a check's result, a plan, a diary
 * summary). Real HTTP against a real server.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startTestServer, type TestServer } from '../test-server.js';

let server: TestServer;
let log = '';
beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      log += chunk.toString();
      done();
    },
  });
  server = await startTestServer({ logger: { level: 'info', stream } });
});
afterAll(async () => {
  await server?.close();
});

describe('answers about a person', () => {
  it('log a request without its query', async () => {
    const res = await fetch(`${server.url}/api/v1/search?q=numbness%20when%20I%20wipe`);
    expect(res.status).toBe(200);
    expect(log).toContain('/api/v1/search');
    expect(log).not.toContain('numbness');
    expect(log).not.toContain('q=');
  });

  it.each([
    ['/api/v1/triage', { ageYears: 40, saddleNumbness: false }],
    ['/api/v1/triage/text', { text: 'my back went yesterday, about a 6' }],
  ])('are never cached when posted to %s', async (path, body) => {
    const res = await postJson(`${server.url}${path}`, body);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
