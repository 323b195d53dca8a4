/**
 * Turns every error Fastify or our code raises into an AppError, so that the one mapping in
 * problem.ts answers each of them as problem+json naming the bad field.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.js';
import { RequestInputError } from './problem.js';
import { sendProblem } from './send.js';

const BODY = '(body)';

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as Partial<FastifyError>).code === 'string';
}

/** The AppError an error stands for; anything unexpected is `internal`. */
export function toAppError(error: unknown, bodyLimit: number): AppError {
  if (error instanceof AppError) return error;
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
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new RequestInputError('syntax', 'The body is not valid JSON', [
        { path: BODY, message: 'is not valid JSON' },
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
