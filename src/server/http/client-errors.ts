/**
 * Answers for requests that never reach a route, which Fastify would otherwise answer with its own
 * JSON (or Node with an empty body): an address the router cannot decode (Fastify's
 * `frameworkErrors`), bytes Node's HTTP parser cannot read as a request (its `clientError`: headers
 * too large, a method name with odd characters, a malformed request line), CONNECT, and an `Expect`
 * header other than 100-continue. Each is problem+json like every other error, with the security
 * headers.
 */
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.js';
import { toAppError } from './errors.js';
import { ProtocolError, problemFor, RequestInputError } from './problem.js';
import { sendProblem } from './send.js';

/**
 * Fastify's `frameworkErrors`: a bad percent-encoding or an over-long path parameter. These run
 * before any hook, so the security headers are added here.
 */
export function frameworkErrors(headers: Readonly<Record<string, string>>, bodyLimit: number) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    reply.headers(headers);
    sendProblem(reply, request, toAppError(error, bodyLimit));
  };
}

/** The error Node's HTTP parser gives for a request it cannot read. */
export interface ClientError extends Error {
  code?: string;
}

/** What an unreadable request is answered with, by the parser's error code. */
export function clientErrorProblem(error: ClientError): AppError {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new ProtocolError(
        'payload_too_large',
        431,
        'The headers, the address and cookies included, are larger than the server reads',
        [{ path: '(headers)', message: 'must be smaller' }],
      );
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new AppError('payload_too_large', 'The chunk extensions are larger than allowed', [
        { path: '(body)', message: 'must have shorter chunk extensions' },
      ]);
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new ProtocolError('validation_failed', 408, 'The request did not arrive in time');
    default:
      return new RequestInputError('syntax', 'The request is not valid HTTP/1.1', [
        { path: '(request)', message: 'must be a valid HTTP request' },
      ]);
  }
}

/** A problem as raw HTTP/1.1 bytes, for a socket that no reply object owns; the server closes. */
export function rawProblem(
  error: AppError,
  instance: string,
  headers: Readonly<Record<string, string>>,
): string {
  const { status, problem } = problemFor(error, instance);
  const body = JSON.stringify(problem);
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Bad Request'}`,
    'Content-Type: application/problem+json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** Node keeps the answer in flight on a socket here; once its headers are out, we must not write. */
interface ServerSocket extends Socket {
  _httpMessage?: { headersSent?: boolean } | null;
}

/**
 * Fastify's `clientErrorHandler`. Like Node's own handler, it answers only when no answer to an
 * earlier request on the connection has started (so it never corrupts one), then closes.
 */
export function clientErrorHandler(headers: Readonly<Record<string, string>>) {
  return (error: ClientError, socket: Socket): void => {
    // Node calls again as the rest of an unreadable request arrives: the answer is already going.
    if (error.code === 'ECONNRESET' || socket.destroyed || socket.writableEnded) return;
    const inFlight = (socket as ServerSocket)._httpMessage;
    if (socket.writable && inFlight?.headersSent !== true) {
      // There is no request to name as the instance: the parser could not read one.
      socket.write(rawProblem(clientErrorProblem(error), '', headers));
    }
    // Close after the answer and read what the client is still sending: destroying a socket
    // with unread bytes makes the kernel reset it, and the client may lose the answer
    // (RFC 9112, 9.6). A client that never stops sending is cut off after a second.
    socket.end();
    socket.resume();
    setTimeout(() => socket.destroy(), 1_000).unref();
  };
}

/**
 * HTTP/1.1 requires a Host header. Node would refuse a request without one itself, with an empty
 * 400 (its `requireHostHeader`, which app.ts turns off); this hook refuses it as a problem instead.
 */
export function requireHost(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.raw.httpVersion !== '1.1' || request.headers.host !== undefined) return;
    return sendProblem(
      reply,
      request,
      new RequestInputError('headers', 'An HTTP/1.1 request must name its host', [
        { path: 'host', message: 'is required' },
      ]),
    );
  });
}

/**
 * Two requests Node hands to listeners other than Fastify's. CONNECT (a proxy tunnel, which we do
 * not offer): Node closes the connection without a word unless someone listens, so it is answered
 * like any other method no route serves. An `Expect` other than 100-continue: Node answers a bare
 * 417 unless someone listens; RFC 9110 lets a server ignore an expectation it does not know, so the
 * request is routed as usual.
 */
export function answerUnroutedRequests(
  app: FastifyInstance,
  headers: Readonly<Record<string, string>>,
): void {
  app.server.on('connect', (request: IncomingMessage, socket: Duplex) => {
    const target = request.url ?? '';
    const notFound = new AppError('not_found', `Nothing is served at CONNECT ${target}`);
    // The socket is ours now: a client that resets it must not become an uncaught error.
    socket.on('error', () => socket.destroy());
    socket.end(rawProblem(notFound, target, headers));
  });
  app.server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) =>
    app.routing(request, response),
  );
}
