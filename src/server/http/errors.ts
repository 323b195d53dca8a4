/**
 * Turns every error Fastify, a plugin or our code raises into an AppError, so that the one mapping
 * in problem.ts answers each of them as problem+json naming the bad field. Hostile input (a broken
 * address, a file path that climbs out of the web root, a forbidden JSON key) is the client's
 * mistake and is answered as such, never as a 500.
 */
import type { IncomingMessage } from 'node:http';
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

/** How much of a too-large body is read and thrown away so that its sender sees the 413. */
export const DISCARD_LIMIT = 8 * 1024 * 1024;
/** How long the rest of a too-large body may take to arrive before it is answered anyway. */
const DISCARD_MS = 10_000;

/**
 * Reads what is left of a request body and throws it away, up to `limit` bytes or `ms`. A body
 * over the limit is refused before it has all arrived; answering at once closes the connection
 * while the client is still sending, and most clients (browsers, curl) then report a reset instead
 * of the 413 that names the limit. Reading the rest first lets them see the answer. A body that
 * says it is longer than `limit` is not waited for.
 */
export function discardRest(raw: IncomingMessage, limit: number, ms = DISCARD_MS): Promise<void> {
  const declared = Number(raw.headers['content-length']);
  if (raw.complete || raw.destroyed || declared > limit) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const timer = setTimeout(done, ms);
    function onData(chunk: Buffer) {
      seen += chunk.length;
      if (seen > limit) done();
    }
    function done() {
      clearTimeout(timer);
      raw.off('data', onData).off('end', done).off('error', done).off('close', done);
      resolve();
    }
    raw.on('data', onData).on('end', done).on('error', done).on('close', done);
    raw.resume();
  });
}

export function errorHandler(bodyLimit: number) {
  return async (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error, bodyLimit);
    if (appError.code === 'internal') request.log.error({ err: error }, 'request failed');
    if (appError.code === 'payload_too_large') await discardRest(request.raw, DISCARD_LIMIT);
    return sendProblem(reply, request, appError);
  };
}

export function notFoundProblem(request: FastifyRequest): AppError {
  const path = request.url.split('?')[0] ?? request.url;
  return new AppError('not_found', `Nothing is served at ${request.method} ${path}`);
}
