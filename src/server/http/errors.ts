/**
 * Turns every error Fastify, a plugin or our code raises into an AppError, so that the one mapping
 * in problem.ts answers each of them as problem+json naming the bad field. Hostile input (a broken
 * address, a file path that climbs out of the web root, a forbidden JSON key) is the client's
 * mistake and is answered as such, never as a 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.js';
import { ProtocolError, RequestInputError } from './problem.js';
import { sendProblem } from './send.js';

const BODY = '(body)';
const ADDRESS = '(url)';

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as Partial<FastifyError>).code === 'string';
}

/**
 * The status of an http-errors error, which is what @fastify/send raises for a file it will not
 * serve (a precondition or range it cannot meet, a path it will not read): a status, no code.
 */
function httpErrorStatus(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined;
  const { status, expose } = error as Error & { status?: unknown; expose?: unknown };
  return typeof status === 'number' && typeof expose === 'boolean' ? status : undefined;
}

/** A file request the static files refused, by its status. */
function fileRefusal(status: number, message: string): AppError {
  switch (status) {
    case 403:
    case 404:
      // A path that leaves the web root names nothing we serve; saying "forbidden" would only
      // confirm that something is there.
      return new AppError('not_found', 'Nothing is served at this address');
    case 412:
      return new ProtocolError('validation_failed', 412, 'The file does not meet the condition', [
        { path: '(headers)', message: 'If-Match or If-Unmodified-Since does not hold for it' },
      ]);
    case 416:
      return new ProtocolError('validation_failed', 416, 'The range is outside the file', [
        { path: 'range', message: 'must lie within the file' },
      ]);
  }
  if (status >= 400 && status < 500) {
    return new RequestInputError('syntax', 'The address is not a valid file path', [
      { path: ADDRESS, message: 'must be a valid file path' },
    ]);
  }
  return new AppError('internal', message);
}

/** The AppError an error stands for; anything unexpected is `internal`. */
export function toAppError(error: unknown, bodyLimit: number): AppError {
  if (error instanceof AppError) return error;
  const fileStatus = httpErrorStatus(error);
  if (fileStatus !== undefined && !isFastifyError(error)) {
    return fileRefusal(fileStatus, (error as Error).message);
  }
  if (!isFastifyError(error)) return new AppError('internal', String(error));
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', `The body must be at most ${bodyLimit} bytes`, [
        { path: BODY, message: `must be at most ${bodyLimit} bytes` },
      ]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new RequestInputError('media-type', 'Send the body as application/json', [
        { path: 'content-type', message: 'must be application/json' },
      ]);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new RequestInputError('syntax', 'The body is empty; send a JSON object', [
        { path: BODY, message: 'must not be empty' },
      ]);
    // Fastify's parser also refuses, under this code, a "__proto__" or "constructor.prototype" key
    // (secure-json-parse), so no body can reach Object.prototype.
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new RequestInputError('syntax', 'The body is not valid JSON', [
        { path: BODY, message: 'is not valid JSON' },
      ]);
    case 'FST_ERR_BAD_URL':
      return new RequestInputError('syntax', 'The address has a bad percent-encoding', [
        { path: ADDRESS, message: 'must be percent-encoded UTF-8' },
      ]);
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new RequestInputError('params', 'A part of the address is too long', [
        { path: ADDRESS, message: 'has a part longer than any id' },
      ]);
  }
  const status = error.statusCode ?? 500;
  if (error instanceof SyntaxError && status === 400) {
    return new RequestInputError('syntax', 'The body is not valid JSON', [
      { path: BODY, message: 'is not valid JSON' },
    ]);
  }
  if (status === 401) return new AppError('unauthorized', error.message);
  if (status === 403) return new AppError('forbidden', error.message);
  if (status === 404) return new AppError('not_found', error.message);
  if (status === 413) {
    return new AppError('payload_too_large', error.message, [
      { path: BODY, message: error.message },
    ]);
  }
  if (status === 429) return new AppError('rate_limited', error.message);
  if (status >= 400 && status < 500) return new RequestInputError('syntax', error.message, []);
  return new AppError('internal', error.message);
}

export function errorHandler(bodyLimit: number) {
  return (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error, bodyLimit);
    if (appError.code === 'internal') request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, request, appError);
  };
}

export function notFoundProblem(request: FastifyRequest): AppError {
  const path = request.url.split('?')[0] ?? request.url;
  return new AppError('not_found', `Nothing is served at ${request.method} ${path}`);
}
