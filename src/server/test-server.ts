/**
 * Test support: Unknot's real app on a fresh SQLite file, listening on an ephemeral loopback port,
 * so API tests speak real HTTP. Also the small factories the API tests share.
 */
import type { AddressInfo } from 'node:net';
import { type AppDeps, buildApp } from './app.js';
import { Problem } from './http/problem.js';
import type { Storage } from './storage/database.js';
import { migrateToLatest } from './storage/migrate.js';
import { testDatabases } from './storage/test-databases.js';

export interface TestServer {
  url: string;
  storage: Storage;
  close(): Promise<void>;
}

export async function startTestServer(deps: Omit<AppDeps, 'storage'> = {}): Promise<TestServer> {
  const [sqlite] = testDatabases({});
  if (sqlite === undefined) throw new Error('SQLite is always available');
  const database = await sqlite.create();
  const storage = await database.open();
  await migrateToLatest(storage);
  const app = await buildApp({ storage, ...deps });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    storage,
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}

/** Posts JSON (or raw text when `body` is a string) and returns the response. */
export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * Reads a problem+json answer, failing unless the content type is right and the body has every
 * RFC 9457 member plus our `code` and `errors`.
 */
export async function readProblem(res: Response): Promise<Problem> {
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json')) {
    throw new Error(`expected application/problem+json, got "${type}" (${res.status})`);
  }
  const problem = Problem.strict().parse(await res.json());
  if (problem.status !== res.status) {
    throw new Error(`problem.status ${problem.status} differs from HTTP ${res.status}`);
  }
  return problem;
}

/** The fields a problem names, for short assertions. */
export const fieldsOf = (problem: Problem): string[] => problem.errors.map((e) => e.field);
