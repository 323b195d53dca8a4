import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../src/server/test-server.js';
import { operationsOf } from './campaign.js';
import type { JsonSchema } from './json-tree.js';
import { breaker, mutateBody, textOp, treeOp } from './mutations.js';
import { parseResponse } from './raw-http.js';
import type { Operation } from './requests.js';

/** Whether a body breaks its top-level schema whatever its fields hold (what breakers promise). */
function refusedAtTopLevel(body: Buffer, schema: JsonSchema): boolean {
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  // Fastify's parser refuses these keys anywhere (secure-json-parse).
  if (/"__proto__"\s*:|"constructor"\s*:\s*\{\s*"prototype"\s*:/.test(text)) return true;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return true;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
  const keys = Object.keys(value);
  const known = new Set(Object.keys(schema.properties ?? {}));
  return (
    (schema.required ?? []).some((key) => !keys.includes(key)) ||
    (schema.additionalProperties === false && keys.some((key) => !known.has(key)))
  );
}

describe('breakers', () => {
  let server: TestServer;
  let withBodies: Operation[];
  beforeAll(async () => {
    server = await startTestServer({ webRoot: '/nonexistent/unknot-web' });
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    withBodies = operationsOf(doc).operations.filter((o) => o.body !== undefined);
  });
  afterAll(() => server.close());

  it('close every request body at the top, so the fuzzer may send them with a real session', () => {
    expect(withBodies.length).toBeGreaterThan(20);
    for (const operation of withBodies) expect(operation.body?.additionalProperties).toBe(false);
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(treeOp, { maxLength: 3 }),
        fc.array(textOp, { maxLength: 2 }),
        breaker,
        (pick, tree, text, broken) => {
          const operation = withBodies[pick % withBodies.length];
          if (operation?.body === undefined) return;
          const body = mutateBody(operation.example.body, operation.body, {
            tree,
            text: text.filter((op) => op.op !== 'pad'),
            breaker: broken,
          });
          expect(refusedAtTopLevel(body, operation.body)).toBe(true);
        },
      ),
      { seed: 1, numRuns: 2000 },
    );
  });
});

describe('reading a raw answer', () => {
  const bytes = (text: string) => Buffer.from(text, 'latin1');

  it('skips interim 1xx answers and reads the body by its Content-Length', () => {
    const answer = parseResponse(
      bytes(
        'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}extra',
      ),
      'POST',
      false,
    );
    expect(answer).toMatchObject({ status: 404 });
    expect(typeof answer === 'object' && answer.body.toString()).toBe('{}');
  });

  it('waits for the rest of a chunked body, then joins its chunks', () => {
    const head = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n';
    expect(parseResponse(bytes(head), 'GET', false)).toBeUndefined();
    const whole = parseResponse(bytes(`${head}1\r\n!\r\n0\r\n\r\n`), 'GET', false);
    expect(typeof whole === 'object' && whole.body.toString()).toBe('{}!');
  });

  it('says why when the connection closed before an answer', () => {
    expect(parseResponse(bytes(''), 'GET', true)).toBe('the connection closed with no answer');
    expect(parseResponse(bytes('HTTP/1.1 200 OK\r\nContent-'), 'GET', true)).toBe(
      'a cut-off answer',
    );
  });
});
