/**
 * Lets Fastify routes declare zod schemas (full zod, or the zod/mini schemas of core's record
 * kinds, which are the same kind of schema underneath): one schema per route both validates the request (here,
 * with zod, naming each bad field) and describes the route in the OpenAPI document (converted with
 * `z.toJSONSchema` only when the document is asked for, so start-up stays fast).
 */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifySchema,
  FastifySchemaCompiler,
  FastifySerializerCompiler,
  FastifyTypeProvider,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import { z } from 'zod';
import { fieldErrors } from '../../core/validation.js';
import { type InputPart, RequestInputError } from './problem.js';

/** Types `request.body`, `request.query` and `request.params` from the route's zod schemas. */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.core.$ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.core.$ZodType ? z.input<this['schema']> : unknown;
}

const PARTS: Record<string, InputPart> = {
  body: 'body',
  querystring: 'querystring',
  params: 'params',
  headers: 'headers',
};

export const zodValidatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  if (!(schema instanceof z.core.$ZodType)) {
    throw new Error(`Route schemas must be zod schemas (${httpPart ?? 'unknown part'})`);
  }
  const part = PARTS[httpPart ?? ''] ?? 'body';
  return (data: unknown) => {
    const result = z.safeParse(schema, data);
    if (result.success) return { value: result.data };
    const fields = fieldErrors(result.error);
    const detail = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
    return { error: new RequestInputError(part, detail, fields) };
  };
};

/** Responses are built by our own typed code, so plain JSON.stringify is enough. */
export const jsonSerializerCompiler: FastifySerializerCompiler<unknown> = () => (data) =>
  JSON.stringify(data);

type JsonSchema = Record<string, unknown>;

function jsonSchemaOf(schema: unknown, io: 'input' | 'output'): unknown {
  if (!(schema instanceof z.core.$ZodType)) return schema;
  const json: JsonSchema = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  delete json.$schema;
  return json;
}

/**
 * @fastify/swagger's `transform`: zod schemas become JSON Schema, and error responses are declared
 * as `application/problem+json`.
 */
export function zodSwaggerTransform({ schema, url }: { schema: FastifySchema; url: string }): {
  schema: FastifySchema;
  url: string;
} {
  if (schema === undefined || schema === null) return { schema, url };
  const out: Record<string, unknown> = { ...schema };
  for (const part of ['body', 'querystring', 'params', 'headers'] as const) {
    if (schema[part] !== undefined) out[part] = jsonSchemaOf(schema[part], 'input');
  }
  if (schema.response !== undefined && typeof schema.response === 'object') {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(schema.response as Record<string, unknown>)) {
      const json = jsonSchemaOf(response, 'output') as JsonSchema;
      responses[status] =
        Number(status) >= 400
          ? {
              description: json.description ?? 'A problem',
              content: { 'application/problem+json': { schema: json } },
            }
          : json;
    }
    out.response = responses;
  }
  return { schema: out as FastifySchema, url };
}

/** A Fastify instance whose routes are typed from their zod schemas. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
