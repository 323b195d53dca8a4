/**
 * The browser's one way to call the API: sends and reads JSON, reads an RFC 9457 problem answer,
 * and hands the caller a typed outcome with the problem's error code and a sentence for the
 * person. The sentences live in WORDS, one per error code. They are the person's words, calm and
 * plain, and not the server's titles, which are written for developers.
 */
import { ERROR_CODES, type ErrorCode, type FieldError } from '../core/errors.js';

/** What the person reads when a call fails with each code. */
export const WORDS: Readonly<Record<ErrorCode, string>> = {
  validation_failed: 'Something in what was sent could not be used. Check it and try again.',
  unauthorized: 'Please sign in first, then try again.',
  forbidden: 'Your account cannot open this. If you think it should, ask whoever shared it.',
  not_found: 'We could not find this. It may have moved or been removed.',
  conflict: 'This was changed somewhere else. Reload the page and try again.',
  payload_too_large: 'That is too long to send. Shorten it and try again.',
  rate_limited: 'Too many tries just now. Wait a minute and try again.',
  internal: 'Something went wrong on our side. Please try again later.',
};

/** What the person reads when no answer came at all. */
export const OFFLINE_WORDS = 'We could not reach Unknot. Check your connection and try again.';

export function wordsFor(code: ErrorCode): string {
  return WORDS[code];
}

export type ApiOutcome<T> =
  | { ok: true; status: number; data: T }
  | {
      ok: false;
      /** The server answered with an error. */
      reason: 'problem';
      status: number;
      code: ErrorCode;
      /** The bad fields the problem names, for putting a message beside each. */
      fields: FieldError[];
      words: string;
    }
  /** No answer came from Unknot: offline, or something else (a captive portal) answered instead. */
  | { ok: false; reason: 'network'; words: string };

export type ApiFailure = Exclude<ApiOutcome<unknown>, { ok: true }>;

const isErrorCode = (value: unknown): value is ErrorCode =>
  ERROR_CODES.some((code) => code === value);

/**
 * The code of an error answer. Our server always answers problem+json with a code; anything else
 * (a proxy's page, a captive portal) is read by its status as well as can be.
 */
function codeOf(status: number, body: unknown): ErrorCode {
  const code = (body as { code?: unknown } | null)?.code;
  if (isErrorCode(code)) return code;
  if (status === 429) return 'rate_limited';
  if (status === 413) return 'payload_too_large';
  return 'internal';
}

function fieldsOf(body: unknown): FieldError[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e: { field?: unknown; message?: unknown }) =>
    typeof e?.field === 'string' && typeof e.message === 'string'
      ? [{ path: e.field, message: e.message }]
      : [],
  );
}

function failure(status: number, body: unknown): ApiFailure {
  const code = codeOf(status, body);
  return { ok: false, reason: 'problem', status, code, fields: fieldsOf(body), words: WORDS[code] };
}

const NO_ANSWER = { ok: false, reason: 'network', words: OFFLINE_WORDS } as const;

async function call<T>(url: string, init: RequestInit): Promise<ApiOutcome<T>> {
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, init);
    text = await res.text();
  } catch {
    return NO_ANSWER;
  }
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Our server always answers JSON: a success that is not JSON came from something else.
    return res.ok ? NO_ANSWER : failure(res.status, undefined);
  }
  // The data is the server's answer for this route, trusted as its type.
  return res.ok ? { ok: true, status: res.status, data: body as T } : failure(res.status, body);
}

const ACCEPT = 'application/json, application/problem+json';

export function getJson<T>(url: string): Promise<ApiOutcome<T>> {
  return call<T>(url, { headers: { accept: ACCEPT } });
}

export function postJson<T>(url: string, body: unknown): Promise<ApiOutcome<T>> {
  return call<T>(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: ACCEPT },
    body: JSON.stringify(body),
  });
}

/** A call with any method (DELETE, a POST with no body), for the account's routes. */
export function sendJson<T>(method: string, url: string, body?: unknown): Promise<ApiOutcome<T>> {
  return call<T>(url, {
    method,
    headers:
      body === undefined
        ? { accept: ACCEPT }
        : { 'content-type': 'application/json', accept: ACCEPT },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/**
 * Whether the same call may succeed later unchanged: no answer came, the server was busy or
 * failing, or it timed out. Anything else it will refuse again.
 */
export function isTransient(outcome: ApiFailure): boolean {
  if (outcome.reason === 'network') return true;
  return outcome.status === 408 || outcome.status === 429 || outcome.status >= 500;
}
