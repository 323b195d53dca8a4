import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../app.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { DISCARD_LIMIT } from './errors.js';
import { Problem } from './problem.js';

interface Outcome {
  status?: number;
  type?: string;
  body?: string;
  error?: string;
}

/**
 * Sends `size` bytes as fast as the socket takes them, as an uploading browser does, and reads the
 * answer only as it comes: the outcome is the answer, or the error the client saw instead. The
 * client runs in a process of its own: in the server's process the two share one event loop, and
 * the server never gets ahead of the upload the way it does on a real network.
 */
const UPLOADER = `
const http = require('node:http');
const [url, size, declared] = [process.argv[1], Number(process.argv[2]), process.argv[3] === 'yes'];
const { hostname, port } = new URL(url);
const done = (outcome) => { process.stdout.write(JSON.stringify(outcome)); process.exit(0); };
const req = http.request({ host: hostname, port, method: 'POST', path: '/api/v1/triage', headers: {
  'content-type': 'application/json', ...(declared ? { 'content-length': String(size) } : {}) } });
req.on('response', (res) => {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk) => { body += chunk; });
  res.on('end', () => done({ status: res.statusCode, type: res.headers['content-type'], body }));
  res.on('error', (error) => done({ error: error.code }));
});
req.on('error', (error) => done({ error: error.code }));
const chunk = Buffer.alloc(16 * 1024, 0x20);
let sent = 0;
const write = () => {
  while (sent < size) {
    sent += chunk.length;
    if (!req.write(chunk)) { req.once('drain', write); return; }
  }
  req.end();
};
write();
`;

function upload(url: string, size: number, declareLength: boolean): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', UPLOADER, url, String(size), declareLength ? 'yes' : 'no'],
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout) as Outcome)),
    );
  });
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('a body over the limit', () => {
  it.each([
    ['with its length declared', true],
    ['sent in chunks', false],
  ])('reaches its sender as a 413 naming the limit, not a reset, %s', async (_, declared) => {
    for (let i = 0; i < 5; i++) {
      const outcome = await upload(server.url, 6 * 1024 * 1024, declared);
      expect(outcome.error).toBeUndefined();
      expect(outcome.status).toBe(413);
      expect(outcome.type).toMatch(/^application\/problem\+json/);
      const problem = Problem.parse(JSON.parse(outcome.body ?? ''));
      expect(problem.detail).toContain(String(BODY_LIMIT));
    }
  });

  it('that says it is longer than the server will read through is refused at once', async () => {
    // Not read through, so the sender may see the reset rather than the 413, but never anything else.
    const outcome = await upload(server.url, DISCARD_LIMIT + 1024 * 1024, true);
    expect([413, 'EPIPE', 'ECONNRESET']).toContain(outcome.status ?? outcome.error);
    const after = await fetch(`${server.url}/healthz`);
    expect(after.status).toBe(200);
  });
});
