/**
 * Fuzz support: HTTP/1.1 spoken over a bare TCP socket, so that a request goes out byte for byte as
 * the fuzzer built it. fetch and node:http would normalise the path (`/%2e%2e/` becomes `/`), refuse
 * odd methods and header bytes, and fix the framing; a hostile client does none of that. Each
 * request has a connection of its own, which the client closes once it has read the answer.
 */
import { connect } from 'node:net';

export interface RawRequest {
  method: string;
  /** The request target exactly as sent: not normalised, not encoded. */
  target: string;
  /** The protocol on the request line; HTTP/1.1 unless given. */
  version?: string;
  /**
   * Sent in order, as latin1 bytes; `Host` is added unless present. No `Connection: close`: like a
   * browser, the client keeps the connection open, so a server that answers before reading the
   * whole body (a refusal) reads the rest and its answer is not lost to a reset.
   */
  headers: readonly (readonly [string, string])[];
  body?: Buffer;
  /**
   * How the body is framed: `length` adds a Content-Length unless the headers carry one, `chunked`
   * sends it as one chunk, `none` sends the body with only the headers given.
   */
  framing?: 'length' | 'chunked' | 'none';
}

export interface RawResponse {
  status: number;
  /** Lower-case names; repeated fields joined with ", ". */
  headers: ReadonlyMap<string, string>;
  body: Buffer;
}

/** Bytes written at a time, so an early answer is noticed before the rest is sent. */
const WRITE_PIECE = 64 * 1024;

/**
 * Bodies over this size wait for an early answer before they are sent: a smaller request reaches
 * the server in one read, so its early answer closes nothing still unread.
 */
const EARLY_ANSWER_SIZE = 32 * 1024;
const EARLY_ANSWER_WAIT_MS = 300;

export type Outcome =
  | { kind: 'answer'; response: RawResponse }
  | { kind: 'no-answer'; reason: string };

const has = (request: RawRequest, name: string) =>
  request.headers.some(([n]) => n.toLowerCase() === name);

/** The request's bytes on the wire. */
export function serialise(request: RawRequest, host: string): Buffer {
  const lines = [`${request.method} ${request.target} ${request.version ?? 'HTTP/1.1'}`];
  if (!has(request, 'host')) lines.push(`Host: ${host}`);
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
  const body = request.body ?? Buffer.alloc(0);
  const framing = request.framing ?? 'length';
  let payload = body;
  if (framing === 'length' && !has(request, 'content-length') && request.body !== undefined) {
    lines.push(`Content-Length: ${body.length}`);
  } else if (framing === 'chunked') {
    if (!has(request, 'transfer-encoding')) lines.push('Transfer-Encoding: chunked');
    payload = Buffer.concat([
      Buffer.from(body.length > 0 ? `${body.length.toString(16)}\r\n` : '', 'latin1'),
      body,
      Buffer.from(body.length > 0 ? '\r\n0\r\n\r\n' : '0\r\n\r\n', 'latin1'),
    ]);
  }
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
}

/** The body of a chunked message, or undefined until its last chunk has arrived. */
function dechunk(data: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = data.indexOf('\r\n', at, 'latin1');
    if (eol === -1) return undefined;
    const size = Number.parseInt(data.subarray(at, eol).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size)) return Buffer.concat(parts);
    if (size === 0) return Buffer.concat(parts);
    if (data.length < eol + 2 + size + 2) return undefined;
    parts.push(data.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

/**
 * The first final (non-1xx) answer in what the server has sent so far: the answer, `undefined`
 * while it is incomplete, or (once the connection has closed) why there is none.
 */
export function parseResponse(
  data: Buffer,
  method: string,
  closed: boolean,
): RawResponse | string | undefined {
  let at = 0;
  for (;;) {
    const end = data.indexOf('\r\n\r\n', at, 'latin1');
    if (end === -1) {
      if (!closed) return undefined;
      return data.length === 0 ? 'the connection closed with no answer' : 'a cut-off answer';
    }
    const [statusLine = '', ...fieldLines] = data
      .subarray(at, end)
      .toString('latin1')
      .split('\r\n');
    const match = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
    if (match === null) return `not an HTTP answer: ${JSON.stringify(statusLine.slice(0, 80))}`;
    const status = Number(match[1]);
    const headers = new Map<string, string>();
    for (const line of fieldLines) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      const before = headers.get(name);
      headers.set(name, before === undefined ? value : `${before}, ${value}`);
    }
    const rest = data.subarray(end + 4);
    if (status >= 100 && status < 200) {
      at = end + 4;
      continue;
    }
    if (method === 'HEAD' || status === 204 || status === 304) {
      return { status, headers, body: Buffer.alloc(0) };
    }
    if ((headers.get('transfer-encoding') ?? '').toLowerCase().includes('chunked')) {
      const body = dechunk(rest);
      if (body !== undefined) return { status, headers, body };
      return closed ? 'a cut-off chunked answer' : undefined;
    }
    const length = Number(headers.get('content-length') ?? Number.NaN);
    if (Number.isInteger(length)) {
      if (rest.length >= length) return { status, headers, body: rest.subarray(0, length) };
      return closed ? 'an answer shorter than its Content-Length' : undefined;
    }
    return closed ? { status, headers, body: rest } : undefined;
  }
}

/** Sends one request to `host:port` and reads its answer. */
export function sendRaw(
  port: number,
  request: RawRequest,
  timeoutMs = 20_000,
  host = '127.0.0.1',
): Promise<Outcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    let ended = false;
    const socket = connect({ port, host });
    const settle = (outcome: Outcome) => {
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const read = (closed: boolean) => {
      if (settled) return;
      const parsed = parseResponse(Buffer.concat(chunks), request.method, closed);
      if (parsed === undefined) return;
      settle(
        typeof parsed === 'string'
          ? { kind: 'no-answer', reason: parsed }
          : { kind: 'answer', response: parsed },
      );
    };
    const timer = setTimeout(() => {
      if (!settled) settle({ kind: 'no-answer', reason: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      read(false);
    });
    // The server may answer and close before it has read all we send (a body over the limit, headers
    // too large): what it sent still counts, so errors end the read rather than fail it.
    socket.on('error', () => read(true));
    socket.on('close', () => read(true));
    // Like a browser, stop sending once the answer has begun: a server that refuses a body early
    // (over its limit, no session) answers and closes, and writing on would reset the connection
    // before the answer is read. Each piece waits for a turn of the event loop, so that an answer
    // is read before the next is written. Never half-close either: Node's server aborts a request
    // whose client has ended its side.
    socket.on('end', () => {
      ended = true;
    });
    socket.on('connect', async () => {
      const bytes = serialise(request, `${host}:${port}`);
      // A large body waits a moment after the headers, as curl's `Expect` does: a server that
      // refuses it by its Content-Length answers and closes, and Node would drop an answer that
      // arrives while a write fails on the closed connection.
      let start = 0;
      if ((request.body?.length ?? 0) > EARLY_ANSWER_SIZE) {
        start = bytes.indexOf('\r\n\r\n', 0, 'latin1') + 4;
        socket.write(bytes.subarray(0, start));
        await new Promise<void>((resume) => {
          const wait = setTimeout(resume, EARLY_ANSWER_WAIT_MS);
          socket.once('data', () => {
            clearTimeout(wait);
            resume();
          });
        });
      }
      for (let sent = start; sent < bytes.length; sent += WRITE_PIECE) {
        if (sent > start) await new Promise((resume) => setImmediate(resume));
        if (settled || ended || chunks.length > 0) return;
        if (!socket.write(bytes.subarray(sent, sent + WRITE_PIECE))) {
          await new Promise((resume) => socket.once('drain', resume));
        }
      }
    });
  });
}
