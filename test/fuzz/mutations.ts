/**
 * Fuzz support: the ways a JSON body gets broken, as fast-check arbitraries of plain plans (which
 * node, which value) applied to a tree afterwards, so one seed always gives the same bodies.
 * `breakers` are the mutations no schema of ours accepts: a body carrying one is refused whatever
 * else it holds, which is what lets the fuzzer send it with a real session and still know that
 * nothing it sent was stored.
 */
import fc from 'fast-check';
import {
  cloneTree,
  type JsonNode,
  type JsonSchema,
  locate,
  serialiseTree,
  toTree,
} from './json-tree.js';

const raw = (text: string): JsonNode => ({ kind: 'raw', text });

/** JSON texts that are wrong for nearly every field: edge numbers, look-alikes, odd strings. */
const HOSTILE_TEXTS = [
  '1e308',
  '-1e308',
  '1e999',
  '-1e999',
  '-0',
  '0',
  '-1',
  '0.5',
  '1.0000000000000002',
  '9007199254740993',
  '-9007199254740993',
  '4294967296',
  '1e-400',
  '123456789012345678901234567890',
  'true',
  'false',
  'null',
  '""',
  '" "',
  '"NaN"',
  '"Infinity"',
  '"-Infinity"',
  '"-0"',
  '"1e999"',
  '"0x1F"',
  '"\u0661\u0662"',
  '"\\u0000"',
  '"\\ud800"',
  '"\\udfff\\ud800"',
  '"\\u202e"',
  '"__proto__"',
  '"constructor"',
  '"toString"',
  '"hasOwnProperty"',
  '"../../../etc/passwd"',
  '"%2e%2e%2f%00"',
  '"<script>alert(1)</script>"',
  '"\'; DROP TABLE accounts; --"',
  '"2026-02-30T25:61:61Z"',
  '"9999-12-31T23:59:59.999Z"',
  '"+275760-09-13T00:00:00.000Z"',
  '"0000-00-00"',
  '"Europe/Nowhere"',
  '"\\t\\n\\r"',
  '[]',
  '{}',
  '[null]',
  '{"":null}',
  '[[[]]]',
];

const longString = fc
  .tuple(
    fc.constantFrom('a', '\u00e9', '\ud83d\ude00', ' ', '\\', '"', '\u0000'),
    fc.constantFrom(65, 201, 1001, 4001, 20_000),
  )
  .map(([unit, n]) => raw(JSON.stringify(unit.repeat(n))));

const deepNesting = fc
  .tuple(fc.boolean(), fc.integer({ min: 20, max: 3000 }))
  .map(([arrays, depth]) =>
    raw(
      arrays
        ? '['.repeat(depth) + ']'.repeat(depth)
        : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
    ),
  );

/** A value to put where a field was. */
export const hostileValue: fc.Arbitrary<JsonNode> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_TEXTS).map(raw) },
  { weight: 2, arbitrary: longString },
  { weight: 1, arbitrary: deepNesting },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(toTree) },
  {
    weight: 2,
    arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => raw(JSON.stringify(s))),
  },
  { weight: 1, arbitrary: fc.double().map((n) => raw(JSON.stringify(n))) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 }).map((n) => raw(String(n))),
  },
);

/** Keys to add to an object: prototype names, look-alikes of real keys, odd strings. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    '',
    ' ',
    '\u0000',
    'id',
    'ID',
    'data',
    'deleted',
    'extra',
    'a'.repeat(1000),
  ),
  fc.string({ maxLength: 12 }),
);

/** One change to a tree; `at` picks a node (modulo how many there are). */
export type TreeOp =
  | { op: 'replace'; at: number; value: JsonNode }
  | { op: 'edge'; at: number; pick: number }
  | { op: 'delete'; at: number }
  | { op: 'add-key'; at: number; key: string; value: JsonNode }
  | { op: 'duplicate-key'; at: number; value: JsonNode }
  | { op: 'wrap'; at: number; inArray: boolean }
  | { op: 'grow-array'; at: number; times: number };

const at = fc.nat();

export const treeOp: fc.Arbitrary<TreeOp> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('replace'), at, value: hostileValue }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('edge'), at, pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete'), at }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('add-key'), at, key: hostileKey, value: hostileValue }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('duplicate-key'), at, value: hostileValue }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wrap'), at, inArray: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('grow-array'),
      at,
      times: fc.constantFrom(2, 10, 100, 501),
    }),
  },
) as fc.Arbitrary<TreeOp>;

/** One change to the body's text once serialised. */
export type TextOp =
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'bom' }
  | { op: 'trailing'; text: string }
  | { op: 'invalid-utf8'; at: number }
  | { op: 'bytes'; bytes: Uint8Array }
  | { op: 'pad'; size: number };

export const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('truncate'), at }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('insert'),
      at,
      text: fc.oneof(
        fc.constantFrom(',', '}', ']', '"', '\\', ':', 'NaN', '/*x*/', "'", '\u0000', '\n'),
        fc.string({ maxLength: 8 }),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('trailing'),
      text: fc.constantFrom('x', '{}', ',', '\u0000', ' '.repeat(100)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('invalid-utf8'), at }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('bytes'), bytes: fc.uint8Array({ maxLength: 64 }) }),
  },
  {
    weight: 1,
    // Over the 16 KiB limit most routes have, the 512 KiB of the plan, the 4 MiB of sync and diary.
    arbitrary: fc.record({
      op: fc.constant('pad'),
      size: fc.constantFrom(17_000, 17_000, 17_000, 530_000, 4_300_000),
    }),
  },
) as fc.Arbitrary<TextOp>;

/** A mutation no request schema of ours accepts (every top-level schema is a closed object). */
export type Breaker =
  | { op: 'drop-required'; pick: number }
  | { op: 'unknown-key'; suffix: string; value: JsonNode }
  | { op: 'proto-key'; at: number; constructorForm: boolean }
  | { op: 'not-object'; value: JsonNode }
  | { op: 'truncate'; at: number };

export const breaker: fc.Arbitrary<Breaker> = fc.oneof(
  fc.record({ op: fc.constant('drop-required'), pick: fc.nat() }),
  fc.record({
    op: fc.constant('unknown-key'),
    suffix: fc.string({ maxLength: 6 }),
    value: hostileValue,
  }),
  fc.record({ op: fc.constant('proto-key'), at, constructorForm: fc.boolean() }),
  fc.record({
    op: fc.constant('not-object'),
    value: fc.constantFrom('[]', '[{}]', '1', '"{}"', 'null', 'true').map(raw),
  }),
  fc.record({ op: fc.constant('truncate'), at }),
) as fc.Arbitrary<Breaker>;

/** A value just outside what `schema` allows, or a value of another type. */
function edgeValue(schema: JsonSchema | undefined, node: JsonNode, pick: number): JsonNode {
  const options: JsonNode[] = [];
  const types = schema === undefined ? [] : [schema.type ?? []].flat();
  if (schema?.minimum !== undefined) options.push(raw(String(schema.minimum - 1)));
  if (schema?.maximum !== undefined) {
    options.push(raw(String(schema.maximum + 1)), raw(String(schema.maximum + 0.5)));
  }
  if (types.includes('integer')) options.push(raw('1.5'), raw('"1"'));
  if (schema?.maxLength !== undefined && schema.maxLength < 20_000) {
    options.push(raw(JSON.stringify('x'.repeat(schema.maxLength + 1))));
  }
  if (schema?.minLength !== undefined && schema.minLength > 0) options.push(raw('""'));
  if (schema?.enum !== undefined) {
    const first = schema.enum[0];
    options.push(
      raw(JSON.stringify(`${String(first)}x`)),
      raw(JSON.stringify(String(first).toUpperCase())),
    );
  }
  if (schema?.maxItems !== undefined && schema.maxItems <= 1000 && node.kind === 'array') {
    const item = node.items[0] ?? raw('null');
    options.push({
      kind: 'array',
      items: Array.from({ length: schema.maxItems + 1 }, () => cloneTree(item)),
    });
  }
  if (schema?.minItems !== undefined && schema.minItems > 0)
    options.push({ kind: 'array', items: [] });
  // Another type than the node has.
  if (node.kind === 'object') options.push({ kind: 'array', items: [] }, raw('"{}"'));
  else if (node.kind === 'array') options.push({ kind: 'object', entries: [] }, raw('"[]"'));
  else if (node.text.startsWith('"')) options.push(raw('1'), raw('null'), raw('["x"]'));
  else options.push(raw(JSON.stringify(node.text)), raw('{}'));
  return options[pick % options.length] ?? raw('null');
}

export function applyTreeOp(root: JsonNode, schema: JsonSchema | undefined, op: TreeOp): JsonNode {
  const nodes = locate(root, schema);
  const target = nodes[op.at % nodes.length];
  if (target === undefined) return root;
  const put = (next: JsonNode): JsonNode => {
    if (target.replace === undefined) return next;
    target.replace(next);
    return root;
  };
  switch (op.op) {
    case 'replace':
      return put(op.value);
    case 'edge':
      return put(edgeValue(target.schema, target.node, op.pick));
    case 'delete':
      target.remove?.();
      return root;
    case 'add-key': {
      const objects = nodes.filter((n) => n.node.kind === 'object');
      const object = objects[op.at % Math.max(objects.length, 1)]?.node;
      if (object?.kind === 'object') object.entries.push([op.key, op.value]);
      return root;
    }
    case 'duplicate-key': {
      const keyed = nodes.filter((n) => n.key !== undefined);
      const entry = keyed[op.at % Math.max(keyed.length, 1)];
      const owner = nodes.find(
        (n) => n.node.kind === 'object' && n.node.entries.some(([, v]) => v === entry?.node),
      )?.node;
      if (entry?.key !== undefined && owner?.kind === 'object') {
        owner.entries.push([entry.key, op.value]);
      }
      return root;
    }
    case 'wrap':
      return put(
        op.inArray
          ? { kind: 'array', items: [target.node] }
          : { kind: 'object', entries: [['value', target.node]] },
      );
    case 'grow-array': {
      const arrays = nodes.filter((n) => n.node.kind === 'array');
      const array = arrays[op.at % Math.max(arrays.length, 1)]?.node;
      if (array?.kind === 'array' && array.items.length > 0) {
        const copy = array.items.slice();
        for (let i = 1; i < op.times && array.items.length < 2000; i += 1) {
          array.items.push(...copy.map(cloneTree));
        }
      }
      return root;
    }
  }
}

/** Applies a breaker to the tree, or returns the text-level truncation to apply after the rest. */
export function applyBreaker(
  root: JsonNode,
  schema: JsonSchema | undefined,
  op: Breaker,
): { root: JsonNode; truncateAt?: number } {
  if (op.op === 'truncate') return { root, truncateAt: op.at };
  if (op.op === 'not-object') return { root: op.value };
  if (root.kind !== 'object') return { root };
  if (op.op === 'drop-required' && (schema?.required?.length ?? 0) > 0) {
    const required = schema?.required ?? [];
    const key = required[op.pick % required.length];
    root.entries = root.entries.filter(([k]) => k !== key);
    return { root };
  }
  if (op.op === 'proto-key') {
    const objects = locate(root, schema).filter((n) => n.node.kind === 'object');
    const object = objects[op.at % objects.length]?.node ?? root;
    if (object.kind === 'object') {
      object.entries.push(
        op.constructorForm
          ? [
              'constructor',
              {
                kind: 'object',
                entries: [['prototype', { kind: 'object', entries: [['polluted', raw('true')]] }]],
              },
            ]
          : ['__proto__', { kind: 'object', entries: [['polluted', raw('true')]] }],
      );
    }
    return { root };
  }
  // An unknown top-level key (also what drop-required falls back to without required keys).
  const known = new Set(Object.keys(schema?.properties ?? {}));
  let key = `zz-unknown${op.op === 'unknown-key' ? op.suffix : ''}`;
  while (known.has(key)) key += '_';
  root.entries.push([key, op.op === 'unknown-key' ? op.value : raw('1')]);
  return { root };
}

/** Applies a text mutation to the serialised body. */
export function applyTextOp(body: Buffer, op: TextOp): Buffer {
  const cut = (n: number) => (body.length === 0 ? 0 : n % body.length);
  switch (op.op) {
    case 'truncate':
      return body.subarray(0, cut(op.at));
    case 'insert':
      return Buffer.concat([
        body.subarray(0, cut(op.at)),
        Buffer.from(op.text),
        body.subarray(cut(op.at)),
      ]);
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]);
    case 'trailing':
      return Buffer.concat([body, Buffer.from(op.text)]);
    case 'invalid-utf8':
      return Buffer.concat([
        body.subarray(0, cut(op.at)),
        Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
        body.subarray(cut(op.at)),
      ]);
    case 'bytes':
      return Buffer.from(op.bytes);
    case 'pad':
      // Whitespace keeps the JSON as valid as it was: only the size is wrong.
      return Buffer.concat([body, Buffer.alloc(Math.max(0, op.size - body.length), 0x20)]);
  }
}

export interface BodyPlan {
  tree: TreeOp[];
  text: TextOp[];
  /** Set when the body must be refused whatever else it holds. */
  breaker?: Breaker;
}

/**
 * The mutated body: tree changes, then the breaker, then text changes (only those that cannot
 * undo a breaker, when there is one), then the breaker's truncation.
 */
export function mutateBody(valid: unknown, schema: JsonSchema | undefined, plan: BodyPlan): Buffer {
  let root = toTree(valid);
  for (const op of plan.tree) root = applyTreeOp(root, schema, op);
  let truncateAt: number | undefined;
  if (plan.breaker !== undefined) {
    const broken = applyBreaker(root, schema, plan.breaker);
    root = broken.root;
    truncateAt = broken.truncateAt;
  }
  let body: Buffer = Buffer.from(serialiseTree(root));
  for (const op of plan.text) {
    // Bytes put inside the text could land in the breaker's own key and undo it.
    if (plan.breaker !== undefined && (op.op === 'insert' || op.op === 'invalid-utf8')) continue;
    body = applyTextOp(body, op);
  }
  if (truncateAt !== undefined) {
    // A proper prefix of an object's or array's text is never JSON.
    const whole = Buffer.from(serialiseTree(root));
    if (root.kind !== 'raw')
      body = body.subarray(0, Math.min(body.length, truncateAt % whole.length));
    else body = Buffer.concat([body, Buffer.from('{')]);
  }
  return body;
}
