/**
 * Fuzz support: the requests the fuzzer sends, as one fast-check arbitrary over the operations of
 * the OpenAPI document. Five kinds, by weight: an operation with its parameters, query and body
 * mutated from a valid example; a random path (traversal, bad percent-encodings, long segments);
 * an odd method or HTTP version; hostile headers (oversized, duplicated, cookies, ranges,
 * preconditions); and odd body framing. Every request is either complete or malformed at once, so
 * the server never waits for bytes that will not come.
 *
 * A real session (the fuzzer's own person or clinician) is sent with a state-changing method only
 * on a request no schema accepts (a breaker in the body, or ids that name nothing): the campaign
 * then knows that the records it wrote before fuzzing must read back unchanged.
 */
import fc from 'fast-check';
import { SESSION_COOKIE } from '../../src/server/http/auth.js';
import { type Example, fillPath, queryString } from './examples.js';
import { type JsonNode, type JsonSchema, serialiseTree, toTree } from './json-tree.js';
import {
  applyTreeOp,
  type BodyPlan,
  breaker,
  mutateBody,
  type TreeOp,
  textOp,
  treeOp,
} from './mutations.js';
import type { RawRequest } from './raw-http.js';

/** One operation of the OpenAPI document, with its valid example. */
export interface Operation {
  /** `METHOD /path/{param}` as the document writes it. */
  key: string;
  method: string;
  path: string;
  params: readonly string[];
  /** The names of its query parameters. */
  query: readonly string[];
  body: JsonSchema | undefined;
  example: Example;
}

export interface FuzzContext {
  operations: readonly Operation[];
  /** Session tokens of the fuzzer's own accounts. */
  tokens: { person: string; clinician: string };
  /** Valid changes to build the pushes from (the fuzzer's own records among them). */
  changes: readonly unknown[];
  /** `host:port`, for Origin headers that name this very server. */
  authority: string;
}

export type Category = 'route' | 'path' | 'method' | 'headers' | 'framing';
export type Sender = 'none' | 'bogus' | 'person' | 'clinician';

export interface FuzzRequest {
  category: Category;
  /** The operation aimed at, or what the request plays with. */
  label: string;
  sender: Sender;
  request: RawRequest;
  /** A real session sent a state-changing request: it must not be accepted. */
  mustNotWrite: boolean;
  /** A push whose every change is broken: a 2xx must accept none of them. */
  brokenPush: boolean;
}

const SAFE = new Set(['GET', 'HEAD']);
const JSON_TYPE = 'application/json';

// ---------------------------------------------------------------- values that go into addresses

const HOSTILE_SEGMENTS = [
  '..',
  '.',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2e.',
  '..%2f..%2f..%2fetc%2fpasswd',
  '..%5c..%5cwindows',
  '..\\..\\etc\\passwd',
  '%252e%252e%252f',
  '%c0%ae%c0%ae',
  '%',
  '%z',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%FF',
  '%00',
  'a%00.js',
  '%0a',
  '%0d%0aSet-Cookie:x=1',
  '%20',
  '%2f',
  'etc',
  'passwd',
  'index.html',
  'index.html%00',
  'assets',
  'app.js',
  'sw.js',
  'manifest.webmanifest',
  'api',
  'v1',
  'content',
  'sync',
  'auth',
  'healthz',
  '~',
  '*',
  ';',
  ';jsessionid=x',
  '',
  '__proto__',
  'constructor',
  '.env',
  '.git',
  'node_modules',
];

const longSegment = fc.constantFrom(101, 300, 2000, 9000, 20_000).map((n) => 'a'.repeat(n));

const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
  { weight: 2, arbitrary: fc.webSegment() },
  { weight: 1, arbitrary: longSegment },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }) },
);

/** A value for a path parameter that names nothing the fuzzer's accounts have. */
const hostileParam: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '..',
    '.',
    '%',
    '__proto__',
    'constructor',
    'toString',
    '',
    ' ',
    'null',
    'undefined',
    'NaN',
    '-1',
    '0',
    '1e999',
    '../../etc/passwd',
    '<script>',
    '\u0000',
    '\ud800',
    '\ud83d\ude00',
    'a'.repeat(65),
    'a'.repeat(101),
    'a'.repeat(3000),
    'internal',
    'CONFLICT',
  ),
  fc.uuid(),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** encodeURIComponent, which cannot encode a lone surrogate: those go as a replacement. */
function encode(value: string): string {
  return encodeURIComponent(value.replace(/\p{Cs}/gu, '\ufffd'));
}

/** A value exactly as given, for the request line: only what would end the line is encoded. */
function verbatim(value: string): string {
  return value.replace(/[\r\n ]/g, encodeURIComponent);
}

// ---------------------------------------------------------------- the five kinds of request

interface RoutePlan {
  op: number;
  sender: Sender | 'example';
  params: { hostile: boolean; values: string[]; verbatim: boolean };
  query: {
    mode: 'example' | 'mutated' | 'none';
    values: { how: 'example' | 'hostile' | 'omit' | 'repeat'; value: string }[];
    extra: string[];
  };
  body: 'valid' | 'mutated' | 'push';
  bodyPlan: BodyPlan;
  pushPlan: { base: number; ops: TreeOp[]; field: string; drop: boolean; wrong: JsonNode }[];
  contentType: string | null;
  method: string | null;
  head: boolean;
  headers: [string, string][];
}

const contentType: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 16, arbitrary: fc.constant(JSON_TYPE) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<string | null>(
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'APPLICATION/JSON',
      'application/json;;',
      'application/json; charset="',
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/problem+json',
      'application/vnd.api+json',
      'application/json-patch+json',
      '*/*',
      '',
      ';',
      'application/json, text/html',
      `application/json; x=${'a'.repeat(3000)}`,
      null,
    ),
  },
);

/** Headers a browser or a forger adds: other sites, this site, odd Accept values. */
const routeHeaders = (authority: string): fc.Arbitrary<[string, string][]> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant<[string, string][]>([]) },
    {
      weight: 1,
      arbitrary: fc
        .subarray([
          ['Origin', 'http://evil.example'],
          ['Origin', `http://${authority}`],
          ['Origin', 'null'],
          ['Sec-Fetch-Site', 'cross-site'],
          ['Sec-Fetch-Site', 'same-origin'],
          ['Accept', 'text/html'],
          ['Accept', '*/*;q=abc'],
          ['Accept-Encoding', 'gzip;q=2, br, *'],
          ['X-Forwarded-For', '1.2.3.4, ::1, garbage'],
          ['X-Forwarded-Host', 'evil.example'],
        ] as [string, string][])
        .map((pairs) => pairs.map(([n, v]): [string, string] => [n, v])),
    },
  );

const pushRecord = fc.record({
  base: fc.nat(),
  ops: fc.array(treeOp, { maxLength: 2 }),
  field: fc.constantFrom('id', 'kind', 'hlc', 'deleted'),
  drop: fc.boolean(),
  // Never a valid id, kind, stamp or flag: numbers, null, containers, strings of no such form.
  wrong: fc
    .constantFrom('1', 'null', '[]', '{}', '""', '"not-a-uuid"', '"no-such-kind"', '"1"', '"true"')
    .map((text): JsonNode => ({ kind: 'raw', text })),
});

function routePlan(ctx: FuzzContext): fc.Arbitrary<RoutePlan> {
  return fc.record({
    op: fc.nat(),
    sender: fc.constantFrom<Sender | 'example'>(
      'example',
      'example',
      'example',
      'none',
      'bogus',
      'person',
      'clinician',
    ),
    params: fc.record({
      hostile: fc.constantFrom(false, false, true),
      values: fc.array(hostileParam, { minLength: 2, maxLength: 2 }),
      verbatim: fc.boolean(),
    }),
    query: fc.record({
      mode: fc.constantFrom('example', 'example', 'example', 'mutated', 'none'),
      values: fc.array(
        fc.record({
          how: fc.constantFrom('example', 'hostile', 'omit', 'repeat'),
          value: fc.oneof(
            fc.constantFrom(
              '',
              '0',
              '-1',
              '1.5',
              '1e999',
              'NaN',
              'Infinity',
              '9007199254740993',
              '99999999999999999999',
              '0x10',
              'true',
              '__proto__',
              'a'.repeat(201),
              'a'.repeat(5000),
              'Not/AZone',
              'Europe/London\u0000',
            ),
            fc.string({ unit: 'binary', maxLength: 30 }),
          ),
        }),
        { minLength: 3, maxLength: 3 },
      ),
      extra: fc.oneof(
        { weight: 3, arbitrary: fc.constant([]) },
        {
          weight: 1,
          arbitrary: fc.array(
            fc.constantFrom(
              '__proto__=1',
              '__proto__[x]=1',
              'constructor[prototype][x]=1',
              'unknown=1',
              '%=%',
              'q=%zz',
              'a=%E0%A4%A',
              '&&&',
              '=',
              'limit=1&limit=2',
            ),
            { minLength: 1, maxLength: 2 },
          ),
        },
      ),
    }),
    body: fc.constantFrom('valid', 'mutated', 'mutated', 'mutated', 'push'),
    bodyPlan: fc.record({
      tree: fc.array(treeOp, { maxLength: 3 }),
      text: fc.oneof(
        { weight: 4, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.array(textOp, { minLength: 1, maxLength: 2 }) },
      ),
      breaker: fc.oneof(
        { weight: 3, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: breaker },
      ),
    }),
    pushPlan: fc.array(pushRecord, { minLength: 1, maxLength: 4 }),
    contentType,
    method: fc.oneof(
      { weight: 14, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS') },
    ),
    head: fc.boolean(),
    headers: routeHeaders(ctx.authority),
  }) as fc.Arbitrary<RoutePlan>;
}

const bogusCookie = fc.oneof(
  fc.string({
    unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
    minLength: 43,
    maxLength: 43,
  }),
  fc.constantFrom(
    '',
    'x',
    '%',
    'a'.repeat(44),
    'a'.repeat(4000),
    '"quoted"',
    '; ;',
    '\u00ff\u00fe',
  ),
);

function cookieFor(sender: Sender, ctx: FuzzContext, bogus: string): string | undefined {
  switch (sender) {
    case 'none':
      return undefined;
    case 'bogus':
      return `${SESSION_COOKIE}=${bogus}`;
    case 'person':
      return `${SESSION_COOKIE}=${ctx.tokens.person}`;
    case 'clinician':
      return `${SESSION_COOKIE}=${ctx.tokens.clinician}`;
  }
}

function buildPush(ctx: FuzzContext, plan: RoutePlan['pushPlan']): Buffer {
  const records = plan.map((record) => {
    let root = toTree(ctx.changes[record.base % ctx.changes.length]);
    for (const op of record.ops) root = applyTreeOp(root, undefined, op);
    if (root.kind === 'object') {
      // Last, so no other change can put the field back: every entry of the key goes.
      root.entries = root.entries.filter(([k]) => k !== record.field);
      if (!record.drop) root.entries.push([record.field, record.wrong]);
    }
    return serialiseTree(root);
  });
  return Buffer.from(`{"changes":[${records.join(',')}]}`);
}

function buildRoute(ctx: FuzzContext, plan: RoutePlan, bogus: string): FuzzRequest {
  const operation = ctx.operations[plan.op % ctx.operations.length];
  if (operation === undefined) throw new Error('the OpenAPI document lists no operations');
  const { example } = operation;
  let method = plan.method ?? operation.method;
  if (method === 'GET' && plan.head) method = 'HEAD';
  let sender: Sender = plan.sender === 'example' ? example.sender : plan.sender;
  // Another method on the same path may be another route (GET and DELETE /api/v1/auth/sessions):
  // what it takes is not known here, so nothing it is sent can be called harmless.
  const swapped = method !== operation.method && !(method === 'HEAD' && operation.method === 'GET');

  // Parameters: the example's, or hostile ones (which name nothing the fuzzer's accounts have).
  const hostileParams = plan.params.hostile || operation.params.length === 0;
  const paramValues: Record<string, string> = {};
  operation.params.forEach((name, i) => {
    paramValues[name] = hostileParams
      ? (plan.params.values[i % plan.params.values.length] ?? '')
      : (example.params?.[name] ?? '');
  });
  const path =
    plan.params.verbatim && hostileParams
      ? operation.path.replace(/\{(\w+)\}/g, (_, name: string) => verbatim(paramValues[name] ?? ''))
      : fillPath(
          operation.path,
          Object.fromEntries(
            Object.entries(paramValues).map(([k, v]) => [k, v.replace(/\p{Cs}/gu, '\ufffd')]),
          ),
        );

  // Query: the example's, none, or each parameter kept, changed, left out or repeated.
  let query = '';
  if (plan.query.mode === 'example') query = queryString(example.query);
  else if (plan.query.mode === 'mutated') {
    const pairs: string[] = [];
    operation.query.forEach((parameter, i) => {
      const change = plan.query.values[i % plan.query.values.length];
      const valid = example.query?.[parameter];
      const name = encode(parameter);
      if (change === undefined || change.how === 'omit') return;
      if (change.how === 'example' && valid !== undefined) pairs.push(`${name}=${encode(valid)}`);
      if (change.how === 'hostile') pairs.push(`${name}=${encode(change.value)}`);
      if (change.how === 'repeat') {
        pairs.push(`${name}=${encode(valid ?? change.value)}`, `${name}=${encode(change.value)}`);
      }
    });
    pairs.push(...plan.query.extra);
    query = pairs.length > 0 ? `?${pairs.join('&')}` : '';
  }

  // Body: none for a route that takes none (unless the method was swapped), else valid or mutated.
  const real = sender === 'person' || sender === 'clinician';
  const changesState = !SAFE.has(method);
  let body: Buffer | undefined;
  let broken = false;
  let brokenPush = false;
  if (operation.body !== undefined || plan.method !== null) {
    const valid = example.body ?? {};
    if (plan.body === 'push' && operation.key === 'POST /api/v1/sync' && method === 'POST') {
      body = buildPush(ctx, plan.pushPlan);
      brokenPush = true;
    } else if (plan.body === 'valid' && !(real && changesState)) {
      body = example.body === undefined ? undefined : Buffer.from(JSON.stringify(valid));
    } else {
      const breakerPlan =
        real && changesState
          ? {
              ...plan.bodyPlan,
              breaker: plan.bodyPlan.breaker ?? { op: 'truncate' as const, at: plan.op },
            }
          : plan.bodyPlan;
      body = mutateBody(valid, operation.body, breakerPlan);
      broken = breakerPlan.breaker !== undefined;
    }
  }

  // A real session with a state-changing method only when nothing can be accepted: a broken
  // body, a broken push, or (for routes that take no body) ids that name nothing.
  const harmless =
    !swapped &&
    (operation.body !== undefined
      ? broken || brokenPush
      : operation.params.length > 0 && hostileParams);
  if (real && changesState && !harmless) sender = 'bogus';

  const headers: [string, string][] = [];
  if (body !== undefined && plan.contentType !== null)
    headers.push(['Content-Type', plan.contentType]);
  const cookie = cookieFor(sender, ctx, bogus);
  if (cookie !== undefined) headers.push(['Cookie', cookie]);
  headers.push(...plan.headers);
  return {
    category: 'route',
    label: operation.key,
    sender,
    request: { method, target: `${path}${query}`, headers, body },
    mustNotWrite: (sender === 'person' || sender === 'clinician') && changesState,
    brokenPush: brokenPush && (sender === 'person' || sender === 'clinician'),
  };
}

function pathRequests(): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      prefix: fc.constantFrom(
        '/',
        '/',
        '/api/',
        '/api/v1/',
        '/assets/',
        '//',
        '/./',
        '/api/v1/content/',
      ),
      segments: fc.array(segment, { minLength: 1, maxLength: 6 }),
      query: fc.oneof(
        { weight: 3, arbitrary: fc.constant(null) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('?', '?%', '?a=%zz', '?q=..%2f', `?${'a'.repeat(3000)}`),
        },
      ),
      method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'DELETE'),
      accept: fc.constantFrom('text/html', '*/*', 'application/json', null),
    })
    .map(({ prefix, segments, query, method, accept }) => {
      const headers: [string, string][] = accept === null ? [] : [['Accept', accept]];
      return {
        category: 'path' as const,
        label: 'random path',
        sender: 'none' as const,
        request: {
          method,
          target: `${prefix}${segments.map(verbatim).join('/')}${query ?? ''}`,
          headers,
        },
        mustNotWrite: false,
        brokenPush: false,
      };
    });
}

const ODD_METHODS = [
  'PROPFIND',
  'PROPPATCH',
  'MKCOL',
  'COPY',
  'MOVE',
  'LOCK',
  'UNLOCK',
  'TRACE',
  'OPTIONS',
  'PATCH',
  'CONNECT',
  'SEARCH',
  'PURGE',
  'REPORT',
  'MKCALENDAR',
  'LINK',
  'UNLINK',
  'SOURCE',
  'QUERY',
  'BIND',
  'ACL',
  'M-SEARCH',
  'NOTIFY',
  'SUBSCRIBE',
  'PRI',
  'get',
  'Get',
  'G\tET',
  'GET\u0000',
  '@#$',
  'X'.repeat(100),
  'FOO',
];

function methodRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...ODD_METHODS) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 10 }) },
      ),
      op: fc.nat(),
      target: fc.constantFrom('route', 'route', '*', '/', '/index.html'),
      version: fc.constantFrom(
        'HTTP/1.1',
        'HTTP/1.1',
        'HTTP/1.1',
        'HTTP/1.0',
        'HTTP/2.0',
        'HTTP/9.9',
        'http/1.1',
        'HTTP/1.1 extra',
      ),
    })
    .map(({ method, op, target, version }) => {
      const operation = ctx.operations[op % ctx.operations.length];
      const path =
        target === 'route' && operation !== undefined
          ? `${fillPath(operation.path, operation.example.params ?? {})}${queryString(operation.example.query)}`
          : target;
      // The method goes into the request line as it is (only what would end the line removed).
      const lineMethod = method.replace(/[\r\n ]/g, '');
      return {
        category: 'method' as const,
        label: `method ${JSON.stringify(method.slice(0, 20))} ${version}`,
        sender: 'none' as const,
        request: {
          method: lineMethod === '' ? 'X' : lineMethod,
          target: path,
          version,
          headers: [],
        },
        mustNotWrite: false,
        brokenPush: false,
      };
    });
}

const HOSTILE_HEADERS: [string, (authority: string) => [string, string][]][] = [
  ['huge cookie', () => [['Cookie', `a=${'x'.repeat(20_000)}`]]],
  ['big cookie', () => [['Cookie', `a=${'x'.repeat(8000)}`]]],
  [
    'many cookies',
    () => [['Cookie', Array.from({ length: 600 }, (_, i) => `c${i}=${i}`).join('; ')]],
  ],
  ['cookie odd bytes', () => [['Cookie', `${SESSION_COOKIE}=\u00ff\u00fe; ;;=;=x`]]],
  ['two session cookies', () => [['Cookie', `${SESSION_COOKIE}=a; ${SESSION_COOKIE}=b`]]],
  ['huge header', () => [['X-Big', 'x'.repeat(20_000)]]],
  [
    'many headers',
    () => Array.from({ length: 2100 }, (_, i): [string, string] => [`X-H${i}`, 'v']),
  ],
  ['long header name', () => [[`X-${'n'.repeat(5000)}`, 'v']]],
  ['header odd bytes', () => [['X-Odd', '\u00ff\u00fe\u0080']]],
  ['header control byte', () => [['X-Ctl', 'a\u0001b']]],
  ['header folded', () => [['X-Fold', 'a\r\n b']]],
  ['empty header name', () => [['', 'v']]],
  ['range past the end', () => [['Range', 'bytes=99999999-']]],
  [
    'range many',
    () => [['Range', `bytes=${Array.from({ length: 300 }, (_, i) => `${i}-${i}`).join(',')}`]],
  ],
  ['range odd', () => [['Range', 'bytes=abc']]],
  ['range suffix', () => [['Range', 'bytes=-1']]],
  ['range other unit', () => [['Range', 'items=0-1']]],
  ['if-match', () => [['If-Match', '"nope"']]],
  ['if-match any', () => [['If-Match', '*']]],
  ['if-none-match', () => [['If-None-Match', '*']]],
  ['if-modified-since odd', () => [['If-Modified-Since', 'garbage']]],
  ['if-unmodified-since old', () => [['If-Unmodified-Since', 'Mon, 01 Jan 1990 00:00:00 GMT']]],
  [
    'if-range',
    () => [
      ['If-Range', '"x"'],
      ['Range', 'bytes=0-1'],
    ],
  ],
  ['expect odd', () => [['Expect', 'the-unexpected']]],
  ['expect continue', () => [['Expect', '100-continue']]],
  ['host empty', () => [['Host', '']]],
  ['host other', () => [['Host', 'evil.example']]],
  [
    'host two',
    () => [
      ['Host', 'a'],
      ['Host', 'b'],
    ],
  ],
  ['host long', () => [['Host', 'h'.repeat(5000)]]],
  ['accept odd', () => [['Accept', `text/html;q=${'9'.repeat(400)}`]]],
  ['accept-encoding odd', () => [['Accept-Encoding', 'gzip;q=abc, *;q=-1, br']]],
  ['authorization', () => [['Authorization', 'Basic ####']]],
  ['origin other', () => [['Origin', 'http://evil.example']]],
  ['origin this', (authority) => [['Origin', `http://${authority}`]]],
  ['content-length odd', () => [['Content-Length', 'abc']]],
  ['content-length negative', () => [['Content-Length', '-1']]],
  [
    'content-length two',
    () => [
      ['Content-Length', '0'],
      ['Content-Length', '1'],
    ],
  ],
  ['transfer-encoding odd', () => [['Transfer-Encoding', 'gzip']]],
  ['transfer-encoding twice', () => [['Transfer-Encoding', 'chunked, chunked']]],
  [
    'upgrade',
    () => [
      ['Upgrade', 'websocket'],
      ['Connection', 'Upgrade'],
    ],
  ],
  [
    'upgrade h2c',
    () => [
      ['Upgrade', 'h2c'],
      ['Connection', 'Upgrade, HTTP2-Settings'],
      ['HTTP2-Settings', ''],
    ],
  ],
  ['keep-alive', () => [['Connection', 'keep-alive']]],
];

function headerRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      op: fc.nat(),
      target: fc.constantFrom('route', 'route', '/', '/index.html', '/assets/app.js', '/sw.js'),
      picks: fc.uniqueArray(fc.nat({ max: HOSTILE_HEADERS.length - 1 }), {
        minLength: 1,
        maxLength: 3,
      }),
      signedIn: fc.boolean(),
    })
    .map(({ op, target, picks, signedIn }) => {
      const operation = ctx.operations[op % ctx.operations.length];
      const onRoute = target === 'route' && operation !== undefined;
      const method = onRoute ? operation.method : 'GET';
      const path = onRoute
        ? `${fillPath(operation.path, operation.example.params ?? {})}${queryString(operation.example.query)}`
        : target;
      const headers: [string, string][] = picks.flatMap(
        (i) => HOSTILE_HEADERS[i]?.[1](ctx.authority) ?? [],
      );
      // The example's body is valid, so a real session goes only with reads.
      const sender: Sender = signedIn && SAFE.has(method) ? 'person' : 'none';
      if (sender === 'person') headers.push(['Cookie', `${SESSION_COOKIE}=${ctx.tokens.person}`]);
      const framingGiven = headers.some(([n]) => /^(content-length|transfer-encoding)$/i.test(n));
      const example = onRoute ? operation.example.body : undefined;
      let body: Buffer | undefined;
      if (example !== undefined) {
        headers.push(['Content-Type', JSON_TYPE]);
        body = Buffer.from(JSON.stringify(example));
      }
      return {
        category: 'headers' as const,
        label: picks.map((i) => HOSTILE_HEADERS[i]?.[0]).join(' + '),
        sender,
        request: {
          method,
          target: path,
          headers,
          // With framing headers of its own the body would leave the server waiting: none is sent.
          body: framingGiven ? undefined : body,
          framing: framingGiven ? ('none' as const) : ('length' as const),
        },
        mustNotWrite: false,
        brokenPush: false,
      };
    });
}

/** Bodies whose framing is wrong at once (never a promise of bytes that do not come). */
const FRAMINGS: [string, (body: Buffer) => { headers: [string, string][]; body: Buffer }][] = [
  [
    'chunked',
    (body) => ({
      headers: [['Transfer-Encoding', 'chunked']],
      body: Buffer.concat([
        Buffer.from(`${body.length.toString(16)}\r\n`),
        body,
        Buffer.from('\r\n0\r\n\r\n'),
      ]),
    }),
  ],
  [
    'chunked in pieces',
    (body) => ({
      headers: [['Transfer-Encoding', 'chunked']],
      body: Buffer.concat([
        ...Array.from(body).map((byte) =>
          Buffer.concat([Buffer.from('1\r\n'), Buffer.from([byte]), Buffer.from('\r\n')]),
        ),
        Buffer.from('0\r\n\r\n'),
      ]),
    }),
  ],
  [
    'chunk size not hex',
    () => ({
      headers: [['Transfer-Encoding', 'chunked']],
      body: Buffer.from('zz\r\n{}\r\n0\r\n\r\n'),
    }),
  ],
  [
    'chunk size overflow',
    () => ({
      headers: [['Transfer-Encoding', 'chunked']],
      body: Buffer.from('fffffffffffffffffff\r\n{}\r\n0\r\n\r\n'),
    }),
  ],
  [
    'chunk longer than said',
    () => ({
      headers: [['Transfer-Encoding', 'chunked']],
      body: Buffer.from('1\r\n{}}}}\r\n0\r\n\r\n'),
    }),
  ],
  [
    'chunk extension huge',
    () => ({
      headers: [['Transfer-Encoding', 'chunked']],
      body: Buffer.from(`1;${'e'.repeat(20_000)}\r\n{\r\n0\r\n\r\n`),
    }),
  ],
  [
    'length and chunked',
    (body) => ({
      headers: [
        ['Content-Length', String(body.length)],
        ['Transfer-Encoding', 'chunked'],
      ],
      body,
    }),
  ],
  [
    'length shorter than body',
    (body) => ({ headers: [['Content-Length', String(Math.floor(body.length / 2))]], body }),
  ],
  ['length zero with body', (body) => ({ headers: [['Content-Length', '0']], body })],
  [
    'two lengths',
    (body) => ({
      headers: [
        ['Content-Length', String(body.length)],
        ['Content-Length', String(body.length + 1)],
      ],
      body,
    }),
  ],
  ['length with sign', (body) => ({ headers: [['Content-Length', `+${body.length}`]], body })],
  [
    'length hex',
    (body) => ({ headers: [['Content-Length', `0x${body.length.toString(16)}`]], body }),
  ],
];

function framingRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const withBodies = ctx.operations.filter((o) => o.example.body !== undefined);
  return fc
    .record({ op: fc.nat(), framing: fc.nat({ max: FRAMINGS.length - 1 }) })
    .map(({ op, framing }) => {
      const operation = withBodies[op % withBodies.length];
      if (operation === undefined) throw new Error('no operation takes a body');
      const [name, frame] = FRAMINGS[framing] ??
        FRAMINGS[0] ?? ['none', (body: Buffer) => ({ headers: [], body })];
      const framed = frame(Buffer.from(JSON.stringify(operation.example.body)));
      return {
        category: 'framing' as const,
        label: `${name} to ${operation.key}`,
        // The body is valid: no real session goes with it.
        sender: 'none' as const,
        request: {
          method: operation.method,
          target: `${fillPath(operation.path, operation.example.params ?? {})}${queryString(operation.example.query)}`,
          headers: [['Content-Type', JSON_TYPE], ...framed.headers] as [string, string][],
          body: framed.body,
          framing: 'none' as const,
        },
        mustNotWrite: false,
        brokenPush: false,
      };
    });
}

/** Every request the fuzzer sends, by weight of kind. */
export function fuzzRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const route = fc
    .tuple(routePlan(ctx), bogusCookie)
    .map(([plan, bogus]) => buildRoute(ctx, plan, bogus));
  return fc.oneof(
    { weight: 60, arbitrary: route },
    { weight: 14, arbitrary: pathRequests() },
    { weight: 7, arbitrary: methodRequests(ctx) },
    { weight: 13, arbitrary: headerRequests(ctx) },
    { weight: 6, arbitrary: framingRequests(ctx) },
  );
}
