/**
 * The fuzz campaign, shared by the test that `npm test` runs and by `npm run fuzz`: a real server on
 * a free port with a fresh SQLite file; accounts made through the API; records written with valid
 * requests; every operation's valid example tried once; then `count` fuzzed requests over real HTTP,
 * drawn by fast-check from `seed`. It reports every answer with status 5xx, every error answer that
 * is not problem+json, every request left without an answer, every state-changing request a real
 * session had accepted, and any difference between the records read back and those written.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { AT, diaryChange } from '../../src/core/sync/fixtures.js';
import { changeOfEachKind } from '../../src/core/sync/kind-fixtures.js';
import { clinicianSignedIn } from '../../src/server/clinician/clinician-client.test-support.js';
import { SESSION_COOKIE } from '../../src/server/http/auth.js';
import { Problem } from '../../src/server/http/problem.js';
import { SessionClient } from '../../src/server/http/session-client.test-support.js';
import { startTestServer } from '../../src/server/test-server.js';
import {
  EXAMPLES,
  type Example,
  FUZZ_PASSWORD,
  fillPath,
  PROBE_USERNAME,
  queryString,
} from './examples.js';
import type { JsonSchema } from './json-tree.js';
import type { Outcome, RawRequest } from './raw-http.js';
import { sendRaw } from './raw-http.js';
import {
  type Category,
  type FuzzContext,
  type FuzzRequest,
  fuzzRequests,
  type Operation,
} from './requests.js';

/** The server's clock: a minute after the fixtures' stamps, so their pushes are in time. */
const NOW = AT + 60_000;
/** Requests drawn per fast-check sample, each sample from its own seed (see chunkSeed). */
const CHUNK = 500;

/** The seed of a run's n-th sample: mixed, so that runs from nearby seeds share no samples. */
export function chunkSeed(seed: number, chunk: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(chunk + 1, 0xc2b2ae35)) | 0;
}

export interface CampaignOptions {
  seed: number;
  count: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Called after each chunk with how many requests have been answered. */
  onProgress?: (done: number) => void;
}

export interface Finding {
  /** The request's place in the run: rerun with the same seed and count to see it again. */
  index: number;
  why: string;
  request: string;
  answer?: string;
}

export interface CampaignReport {
  seed: number;
  count: number;
  elapsedMs: number;
  byCategory: Record<Category, number>;
  byStatus: Record<string, number>;
  /** Requests that carried a real session. */
  signedIn: number;
  /** The findings of the run (the first 100 in full; `findingCount` counts them all). */
  findings: Finding[];
  findingCount: number;
  /** Operations whose valid example was not answered as expected, or that have none. */
  examples: string[];
  /** Differences between the records written before fuzzing and those read back after. */
  data: string[];
}

// ---------------------------------------------------------------- the OpenAPI document

interface OpenApiParameter {
  in: string;
  name: string;
}
interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

/** Every operation of the document with its example; operations without one are named. */
export function operationsOf(doc: OpenApiDocument): { operations: Operation[]; missing: string[] } {
  const operations: Operation[] = [];
  const missing: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [lower, op] of Object.entries(item)) {
      const method = lower.toUpperCase();
      const key = `${method} ${path}`;
      const example = EXAMPLES[key];
      if (example === undefined) {
        missing.push(`${key}: no example in test/fuzz/examples.ts`);
        continue;
      }
      const parameters = op.parameters ?? [];
      operations.push({
        key,
        method,
        path,
        params: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        body: op.requestBody?.content?.['application/json']?.schema,
        example,
      });
    }
  }
  const listed = new Set(operations.map((o) => o.key));
  for (const key of Object.keys(EXAMPLES)) {
    if (!listed.has(key)) missing.push(`${key}: an example for an operation the document lacks`);
  }
  return { operations, missing };
}

// ---------------------------------------------------------------- set-up through the real API

/** A web root with the files the built app has, so the static files are fuzzed too. */
function makeWebRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'unknot-fuzz-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Unknot</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(root, 'sw.js'), 'self.skipWaiting();');
  writeFileSync(join(root, 'manifest.webmanifest'), '{"name":"Unknot"}');
  return root;
}

async function signUp(base: string, username: string): Promise<SessionClient> {
  const client = new SessionClient(base);
  const made = await client.post('/api/v1/auth/sign-up', { username, password: FUZZ_PASSWORD });
  if (made.status !== 201 || client.cookie === undefined) {
    throw new Error(`signing up ${username} answered ${made.status}`);
  }
  return client;
}

interface Pulled {
  changes: unknown[];
  cursor: number;
  more: boolean;
}

/** Everything an account's devices would pull, page by page. */
async function pullAll(client: SessionClient): Promise<unknown[]> {
  const all: unknown[] = [];
  let after = 0;
  for (;;) {
    const res = await client.get(`/api/v1/sync?after=${after}`);
    if (res.status !== 200) throw new Error(`pulling answered ${res.status}`);
    const page = res.body as Pulled;
    all.push(...page.changes);
    if (!page.more) return all;
    after = page.cursor;
  }
}

async function push(client: SessionClient, changes: readonly { id: string }[]): Promise<void> {
  const res = await client.post('/api/v1/sync', { changes });
  const accepted = (res.body as { accepted?: string[] }).accepted ?? [];
  if (res.status !== 200 || accepted.length !== changes.length) {
    throw new Error(
      `writing the known records answered ${res.status}: ${JSON.stringify(res.body)}`,
    );
  }
}

// ---------------------------------------------------------------- the valid examples, once each

/** Requests that end the probe's session or account: tried last, each after a fresh sign-in. */
const ENDINGS = [
  'POST /api/v1/auth/sign-out',
  'DELETE /api/v1/auth/sessions',
  'DELETE /api/v1/account',
];

async function tryExamples(
  base: string,
  operations: readonly Operation[],
  clinician: SessionClient,
): Promise<string[]> {
  const probe = await signUp(base, PROBE_USERNAME);
  const signIn = async () => {
    const res = await probe.post('/api/v1/auth/sign-in', {
      username: PROBE_USERNAME,
      password: FUZZ_PASSWORD,
    });
    if (res.status !== 200) throw new Error(`the probe's sign-in answered ${res.status}`);
  };
  const confirm = () => probe.post('/api/v1/auth/confirm', { password: FUZZ_PASSWORD });
  const wrong: string[] = [];
  const send = async (operation: Operation) => {
    const example: Example = operation.example;
    const client =
      example.sender === 'person'
        ? probe
        : example.sender === 'clinician'
          ? clinician
          : new SessionClient(base);
    const path = `${fillPath(operation.path, example.params ?? {})}${queryString(example.query)}`;
    // fetch, not the session client: some answers are CSV or a calendar, not JSON.
    const headers: Record<string, string> = {};
    if (client.cookie !== undefined) headers.cookie = `${SESSION_COOKIE}=${client.cookie}`;
    if (example.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${base}${path}`, {
      method: operation.method,
      headers,
      body: example.body === undefined ? undefined : JSON.stringify(example.body),
    });
    const text = await res.text();
    if (res.status !== example.status) {
      wrong.push(
        `${operation.key}: the valid example was answered ${res.status}, not ${example.status}: ${text.slice(0, 300)}`,
      );
    }
  };
  await confirm();
  for (const operation of operations) {
    if (!ENDINGS.includes(operation.key)) await send(operation);
  }
  for (const key of ENDINGS) {
    const operation = operations.find((o) => o.key === key);
    if (operation === undefined) continue;
    await signIn();
    await confirm();
    await send(operation);
  }
  return wrong;
}

// ---------------------------------------------------------------- judging one answer

const SAFE = new Set(['GET', 'HEAD']);
/** Stack frames, the server's files, driver messages: none belongs in an answer. */
const INSIDES = new RegExp(
  [
    String.raw`\bat \S+ \(`,
    String.raw`\.[cm]?[jt]s:\d+:\d+`,
    'node_modules/',
    'SQLITE_',
    'sqlite3',
    'Kysely',
    'FST_',
    process.cwd().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  ].join('|'),
);

/** Whether a problem tells more than the request: its echo of the address is left out. */
function showsInsides(problem: Problem, target: string): boolean {
  const path = target.split('?')[0] ?? target;
  const told = [
    problem.title,
    problem.detail,
    ...problem.errors.flatMap((e) => [e.field, e.message]),
  ]
    .join('\n')
    .split(target)
    .join('')
    .split(path)
    .join('');
  return INSIDES.test(told);
}

/** What is wrong with an answer, if anything. */
export function judge(fuzz: FuzzRequest, outcome: Outcome): string | undefined {
  if (outcome.kind === 'no-answer') return `no answer: ${outcome.reason}`;
  const { status, headers, body } = outcome.response;
  if (status >= 500) return `answered ${status}`;
  if (status >= 400) {
    const type = headers.get('content-type') ?? '';
    if (!type.startsWith('application/problem+json')) {
      return `error ${status} answered as "${type}", not application/problem+json`;
    }
    if (fuzz.request.method !== 'HEAD') {
      const text = body.toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return `error ${status}: the problem is not JSON`;
      }
      const problem = Problem.strict().safeParse(json);
      if (!problem.success)
        return `error ${status}: not a whole problem (${problem.error.message.slice(0, 200)})`;
      if (problem.data.status !== status)
        return `error ${status}: the problem says ${problem.data.status}`;
      if (showsInsides(problem.data, fuzz.request.target)) {
        return `error ${status}: the problem shows the server's insides`;
      }
    }
  }
  if (fuzz.mustNotWrite && !SAFE.has(fuzz.request.method) && status >= 200 && status < 300) {
    if (fuzz.brokenPush) {
      try {
        const accepted = (JSON.parse(body.toString('utf8')) as { accepted?: unknown[] }).accepted;
        if (Array.isArray(accepted) && accepted.length === 0) return undefined;
      } catch {
        // Not the push answer: reported below.
      }
      return `a push of broken changes was accepted in part (${status})`;
    }
    return `a real session's state-changing request that no schema allows was answered ${status}`;
  }
  return undefined;
}

const clip = (text: string, n: number) =>
  text.length <= n ? text : `${text.slice(0, n)}… (${text.length} characters)`;

/** A request as a report prints it: enough to send it again by hand. */
export function describeRequest(request: RawRequest): string {
  const lines = [
    `${JSON.stringify(clip(request.method, 40))} ${JSON.stringify(clip(request.target, 300))} ${request.version ?? 'HTTP/1.1'}`,
  ];
  for (const [name, value] of request.headers) {
    lines.push(
      `  ${clip(name, 60)}: ${JSON.stringify(clip(name.toLowerCase() === 'cookie' ? value.replace(/=[A-Za-z0-9_-]{43}\b/g, '=<session>') : value, 120))}`,
    );
  }
  if (request.body !== undefined) {
    lines.push(
      `  body (${request.body.length} bytes): ${JSON.stringify(clip(request.body.toString('latin1'), 400))}`,
    );
  }
  return lines.join('\n');
}

function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === 'no-answer') return outcome.reason;
  const { status, headers, body } = outcome.response;
  return `${status} ${headers.get('content-type') ?? '(no content type)'} ${JSON.stringify(clip(body.toString('utf8'), 300))}`;
}

// ---------------------------------------------------------------- the run

/** Runs `tasks` with at most `width` in flight, in order of start. */
async function pool<T>(
  items: readonly T[],
  width: number,
  task: (item: T, i: number) => Promise<void>,
) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      const item = items[i];
      if (item !== undefined) await task(item, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

export async function runCampaign(options: CampaignOptions): Promise<CampaignReport> {
  const started = performance.now();
  const webRoot = makeWebRoot();
  const server = await startTestServer({ webRoot, now: () => NOW });
  try {
    const base = server.url;
    const url = new URL(base);
    const port = Number(url.port);

    const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as OpenApiDocument;
    const { operations, missing } = operationsOf(doc);

    // The fuzzer's own person, whose records must read back as written; a bystander, whose
    // session is never used while fuzzing; and a clinician.
    const person = await signUp(base, 'fuzz-person');
    const bystander = await signUp(base, 'fuzz-bystander');
    const clinician = (
      await clinicianSignedIn(
        base,
        server.storage,
        'fuzz-clinician',
        'Sam Patel',
        'physiotherapist',
        () => NOW,
      )
    ).client;
    const personChanges = [
      ...changeOfEachKind(AT),
      diaryChange(1, 4),
      diaryChange(2, 0),
      diaryChange(3, 10),
    ];
    const bystanderChanges = [diaryChange(20, 6), diaryChange(21, 7)];
    await push(person, personChanges);
    await push(bystander, bystanderChanges);
    const before = { person: await pullAll(person), bystander: await pullAll(bystander) };
    const sharingBefore = (await person.get('/api/v1/sharing')).body;

    const examples = [...missing, ...(await tryExamples(base, operations, clinician))];

    const ctx: FuzzContext = {
      operations,
      tokens: { person: person.cookie ?? '', clinician: clinician.cookie ?? '' },
      changes: [...personChanges, ...bystanderChanges, ...changeOfEachKind(AT + 1000)],
      authority: url.host,
    };
    const arbitrary = fuzzRequests(ctx);
    const byCategory: Record<Category, number> = {
      route: 0,
      path: 0,
      method: 0,
      headers: 0,
      framing: 0,
    };
    const byStatus: Record<string, number> = {};
    const findings: Finding[] = [];
    let findingCount = 0;
    let signedIn = 0;
    let done = 0;
    for (let chunk = 0; done < options.count; chunk += 1) {
      const batch = fc.sample(arbitrary, {
        seed: chunkSeed(options.seed, chunk),
        numRuns: Math.min(CHUNK, options.count - done),
      });
      const offset = done;
      await pool(batch, options.concurrency ?? 4, async (fuzz, i) => {
        const outcome = await sendRaw(port, fuzz.request);
        byCategory[fuzz.category] += 1;
        if (fuzz.sender === 'person' || fuzz.sender === 'clinician') signedIn += 1;
        const status = outcome.kind === 'answer' ? String(outcome.response.status) : 'no answer';
        byStatus[status] = (byStatus[status] ?? 0) + 1;
        const why = judge(fuzz, outcome);
        if (why === undefined) return;
        findingCount += 1;
        if (findings.length < 100) {
          findings.push({
            index: offset + i,
            why: `${why} [${fuzz.category}: ${fuzz.label}, sender ${fuzz.sender}]`,
            request: describeRequest(fuzz.request),
            answer: describeOutcome(outcome),
          });
        }
      });
      done += batch.length;
      options.onProgress?.(done);
    }

    // What valid requests wrote must read back unchanged, and the sessions must still hold.
    const data: string[] = [];
    const after = { person: await pullAll(person), bystander: await pullAll(bystander) };
    if (!isDeepStrictEqual(after.person, before.person)) {
      data.push(`the fuzzer's own records changed: ${JSON.stringify(after.person).slice(0, 600)}`);
    }
    if (!isDeepStrictEqual(after.bystander, before.bystander)) {
      data.push(
        `the bystander's records changed: ${JSON.stringify(after.bystander).slice(0, 600)}`,
      );
    }
    const sharingAfter = (await person.get('/api/v1/sharing')).body;
    if (!isDeepStrictEqual(sharingAfter, sharingBefore)) {
      data.push(`the fuzzer's sharing changed: ${JSON.stringify(sharingAfter).slice(0, 300)}`);
    }
    for (const [who, client] of [
      ['person', person],
      ['bystander', bystander],
      ['clinician', clinician],
    ] as const) {
      const session = await client.get('/api/v1/auth/session');
      if (session.status !== 200) data.push(`the ${who}'s session ended (${session.status})`);
    }

    return {
      seed: options.seed,
      count: options.count,
      elapsedMs: Math.round(performance.now() - started),
      byCategory,
      byStatus,
      signedIn,
      findings,
      findingCount,
      examples,
      data,
    };
  } finally {
    await server.close();
    rmSync(webRoot, { recursive: true, force: true });
  }
}

/** The report as lines for a terminal. */
export function formatReport(report: CampaignReport): string {
  const lines = [
    `fuzz: ${report.count} requests from seed ${report.seed} in ${(report.elapsedMs / 1000).toFixed(1)} s (${report.signedIn} with a real session)`,
    `  by kind: ${Object.entries(report.byCategory)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    `  by status: ${Object.entries(report.byStatus)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
    `  5xx answers: ${Object.entries(report.byStatus)
      .filter(([s]) => s.startsWith('5'))
      .reduce((sum, [, n]) => sum + n, 0)}`,
    `  findings (5xx, non-problem errors, no answers, writes a real session had accepted): ${report.findingCount}`,
    `  examples not answered as expected: ${report.examples.length}`,
    `  records changed or sessions lost: ${report.data.length}`,
  ];
  for (const line of report.examples) lines.push(`  example: ${line}`);
  for (const line of report.data) lines.push(`  data: ${line}`);
  for (const finding of report.findings) {
    lines.push(
      `  #${finding.index} ${finding.why}`,
      `    ${finding.request.replace(/\n/g, '\n    ')}`,
      `    → ${finding.answer ?? ''}`,
    );
  }
  return lines.join('\n');
}

/** Whether the run found nothing wrong. */
export const clean = (report: CampaignReport): boolean =>
  report.findingCount === 0 && report.examples.length === 0 && report.data.length === 0;
