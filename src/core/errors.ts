/**
 * Error codes shared by every adapter. Core and services fail with a code from this union; the
 * server maps codes to HTTP status and problem+json, the CLI and the web turn them into words.
 */
export const ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One bad field: `path` names it the way a client wrote it ("comment", "answers.fever"). */
export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: readonly FieldError[];
  constructor(code: ErrorCode, message: string, fields: readonly FieldError[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
}

export const ERROR_TITLES: Record<ErrorCode, string> = {
  validation_failed: 'Some of what was sent is not valid',
  unauthorized: 'Sign in first: this needs an account',
  forbidden: 'The signed-in account may not do this',
  not_found: 'Not found',
  conflict: 'This conflicts with what is already stored',
  payload_too_large: 'What was sent is too large',
  rate_limited: 'Too many requests; wait a moment and try again',
  internal: 'Something went wrong on our side',
};
