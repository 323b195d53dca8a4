/**
 * Fuzz support: JSON as a tree that can say what plain objects cannot (a key twice, a `__proto__`
 * key, a number such as `1e999` or `-0` written exactly), with the JSON Schema of each node as the
 * OpenAPI document describes it, so mutations can aim just outside what a field allows.
 */

/** The subset of JSON Schema the OpenAPI document uses that mutations look at. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

export type JsonNode =
  /** A scalar written as this exact JSON text. */
  | { kind: 'raw'; text: string }
  | { kind: 'array'; items: JsonNode[] }
  | { kind: 'object'; entries: [string, JsonNode][] };

export function toTree(value: unknown): JsonNode {
  if (Array.isArray(value)) return { kind: 'array', items: value.map(toTree) };
  if (value !== null && typeof value === 'object') {
    return {
      kind: 'object',
      entries: Object.entries(value).map(([k, v]): [string, JsonNode] => [k, toTree(v)]),
    };
  }
  return { kind: 'raw', text: JSON.stringify(value) ?? 'null' };
}

export function serialiseTree(node: JsonNode): string {
  switch (node.kind) {
    case 'raw':
      return node.text;
    case 'array':
      return `[${node.items.map(serialiseTree).join(',')}]`;
    case 'object':
      return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${serialiseTree(v)}`).join(',')}}`;
  }
}

export function cloneTree(node: JsonNode): JsonNode {
  switch (node.kind) {
    case 'raw':
      return { kind: 'raw', text: node.text };
    case 'array':
      return { kind: 'array', items: node.items.map(cloneTree) };
    case 'object':
      return {
        kind: 'object',
        entries: node.entries.map(([k, v]): [string, JsonNode] => [k, cloneTree(v)]),
      };
  }
}

/** A node in a tree, where it hangs, and the schema that describes it (when known). */
export interface Located {
  node: JsonNode;
  schema: JsonSchema | undefined;
  /** Puts another node in this one's place; undefined for the root. */
  replace?: (next: JsonNode) => void;
  /** Takes this node out of its object or array; undefined for the root. */
  remove?: () => void;
  /** The key this node hangs under in an object. */
  key?: string;
}

/** The sub-schema of a property or item, looking through `anyOf` for one that has it. */
function childSchema(
  schema: JsonSchema | undefined,
  pick: (s: JsonSchema) => JsonSchema | undefined,
): JsonSchema | undefined {
  if (schema === undefined) return undefined;
  const direct = pick(schema);
  if (direct !== undefined) return direct;
  for (const option of schema.anyOf ?? []) {
    const found = pick(option);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Every node of the tree, root first, each with its schema. */
export function locate(root: JsonNode, schema: JsonSchema | undefined): Located[] {
  const out: Located[] = [{ node: root, schema }];
  const walk = (node: JsonNode, nodeSchema: JsonSchema | undefined) => {
    if (node.kind === 'array') {
      const itemSchema = childSchema(nodeSchema, (s) => s.items);
      node.items.forEach((item, i) => {
        out.push({
          node: item,
          schema: itemSchema,
          replace: (next) => {
            node.items[i] = next;
          },
          remove: () => {
            node.items.splice(node.items.indexOf(item), 1);
          },
        });
        walk(item, itemSchema);
      });
    } else if (node.kind === 'object') {
      for (const entry of node.entries) {
        const [key, value] = entry;
        const valueSchema = childSchema(nodeSchema, (s) => s.properties?.[key]);
        out.push({
          node: value,
          schema: valueSchema,
          key,
          replace: (next) => {
            entry[1] = next;
          },
          remove: () => {
            const at = node.entries.indexOf(entry);
            if (at !== -1) node.entries.splice(at, 1);
          },
        });
        walk(value, valueSchema);
      }
    }
  };
  walk(root, schema);
  return out;
}
