/**
 * RFC 9457 problem details: the one place where an error code becomes an HTTP status and a
 * `application/problem+json` body naming the fields that were wrong.
 */
import { z } from 'zod';
import {
  AppError,
  ERROR_CODES,
  ERROR_TITLES,
  type ErrorCode,
  type FieldError,
} from '../../core/errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/**
 * Where bad input was found. The request itself being malformed (a bad query, broken JSON) is a
 * 400; well-formed JSON whose fields are wrong is a 422; a body that is not JSON at all is a 415.
 */
export type InputPart = 'body' | 'querystring' | 'params' | 'headers' | 'syntax' | 'media-type';

export class RequestInputError extends AppError {
  readonly part: InputPart;
  constructor(part: InputPart, message: string, fields: readonly FieldError[]) {
    super('validation_failed', message, fields);
    this.name = 'RequestInputError';
    this.part = part;
  }
}

/**
 * A refusal of the HTTP exchange itself, answered with the status HTTP defines for it so that
 * clients and proxies read it as such, under the code from our union that says what to do about it:
 * a request not received in time (408), a file precondition or range that cannot be met (412, 416),
 * headers larger than the server reads (431).
 */
export type ProtocolStatus = 408 | 412 | 416 | 431;

export class ProtocolError extends AppError {
  readonly status: ProtocolStatus;
  constructor(
    code: ErrorCode,
    status: ProtocolStatus,
    message: string,
    fields: readonly FieldError[] = [],
  ) {
    super(code, message, fields);
    this.name = 'ProtocolError';
    this.status = status;
  }
}

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
};

const PART_STATUS: Record<InputPart, number> = {
  body: 422,
  querystring: 400,
  params: 400,
  headers: 400,
  syntax: 400,
  'media-type': 415,
};

export const ProblemField = z.object({
  field: z.string().describe('The bad field as the client wrote it, e.g. "comment" or "q"'),
  message: z.string(),
});

export const Problem = z
  .object({
    type: z.string().describe('A URI reference naming the kind of problem'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().describe('The path of the request that failed'),
    code: z.enum(ERROR_CODES),
    errors: z.array(ProblemField),
  })
  .describe('RFC 9457 problem details');
export type Problem = z.infer<typeof Problem>;

/** The problem type URI for a code; `GET` on it describes the problem. */
export function problemType(code: ErrorCode): string {
  return `/api/problems/${code}`;
}

/** Maps an error to its HTTP status and problem body; `instance` is the request's path. */
export function problemFor(
  error: AppError,
  instance: string,
): { status: number; problem: Problem } {
  const status =
    error instanceof ProtocolError
      ? error.status
      : error instanceof RequestInputError
        ? PART_STATUS[error.part]
        : STATUS[error.code];
  return {
    status,
    problem: {
      type: problemType(error.code),
      title: ERROR_TITLES[error.code],
      status,
      // Never show an internal error's message: it may describe the server's insides.
      detail: error.code === 'internal' ? ERROR_TITLES.internal : error.message,
      instance,
      code: error.code,
      errors: error.fields.map((f) => ({ field: f.path, message: f.message })),
    },
  };
}
