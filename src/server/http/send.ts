/**
 * The two ways a route answers besides returning an object for its schema: JSON serialised ahead
 * of time, and a problem. Every route sends through these, so each answer's content type and
 * status come from one place.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from '../../core/errors.js';
import { PROBLEM_CONTENT_TYPE, problemFor } from './problem.js';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * Sends JSON serialised ahead of time (answers that never change while the server runs are
 * serialised once at start): Fastify passes a string with a JSON content type through untouched.
 * It takes the untyped reply, since a route's typed reply expects the object its schema names.
 */
export function sendJson(reply: FastifyReply, json: string, status = 200): void {
  reply.code(status).type(JSON_CONTENT_TYPE).send(json);
}

/** Answers `error` as problem+json with the status the one mapping in problem.ts gives its code. */
export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  error: AppError,
): FastifyReply {
  const { status, problem } = problemFor(error, request.url);
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).send(problem);
}
