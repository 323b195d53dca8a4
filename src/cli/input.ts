/**
 * How every `unknot` command takes JSON on stdin and says what went wrong: one reader (empty
 * input, input that is not JSON and input that is too large each fail with an error code), one way
 * to name bad fields, and one map from an error code to an exit code.
 *
 * Exit codes (scripts may rely on them):
 *
 * | exit | error code          | meaning                                                      |
 * | ---- | ------------------- | ------------------------------------------------------------ |
 * | 0    |                     | done                                                         |
 * | 1    | `internal`          | could not finish: configuration, port, database, stdin ended |
 * | 2    | `validation_failed` | arguments or input not valid; stderr names each field        |
 * | 3    | `not_found`         | what was asked for does not exist                            |
 * | 4    | `conflict`          | it conflicts with what is already stored                     |
 * | 5    | `payload_too_large` | stdin is larger than the command reads (MAX_INPUT_BYTES)     |
 * | 6    | `unauthorized`      | this needs an account: sign in first                         |
 * | 7    | `forbidden`         | the account may not do this                                  |
 * | 8    | `rate_limited`      | too many tries; wait and try again                           |
 *
 * A new error code does not compile until EXIT_CODES gives it an exit code of its own.
 */
import { AppError, type ErrorCode, type FieldError } from '../core/errors.js';
import { type CliIo, line } from './io.js';

export const EXIT_OK = 0;

export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  internal: 1,
  validation_failed: 2,
  not_found: 3,
  conflict: 4,
  payload_too_large: 5,
  unauthorized: 6,
  forbidden: 7,
  rate_limited: 8,
};

/** The command could not do its work for a reason that is not the input's fault. */
export const EXIT_FAILED = EXIT_CODES.internal;

export function exitCodeFor(code: ErrorCode): number {
  return EXIT_CODES[code];
}

/** The most stdin a command reads by default: far more than any answers or plan request needs. */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** Where a field error names the whole input: the server says "(body)", the command line stdin. */
export const STDIN = '(stdin)';

/** Each bad field on its own line, indented: `  profile.times.1: must be a time as HH:MM`. */
export function describeFields(fields: readonly FieldError[]): string[] {
  return fields.map(
    (f) => `  ${f.path === '(body)' || f.path === '' ? STDIN : f.path}: ${f.message}`,
  );
}

/**
 * Writes `error` on stderr as every command does, `<command>: <message>` and then each bad field
 * on a line of its own, and answers the exit code for its code.
 */
export function reportError(io: CliIo, command: string, error: AppError): number {
  line(io.stderr, `${command}: ${error.message}${error.fields.length > 0 ? ':' : ''}`);
  for (const text of describeFields(error.fields)) line(io.stderr, text);
  return exitCodeFor(error.code);
}

/**
 * Reports whatever a command's work threw: an AppError as it is, anything else as the command
 * having failed (exit 1) with its message.
 */
export function reportFailure(io: CliIo, command: string, error: unknown): number {
  if (error instanceof AppError) return reportError(io, command, error);
  return reportError(
    io,
    command,
    commandFailed(error instanceof Error ? error.message : String(error)),
  );
}

/** Arguments that are not understood: `message` says which and what is expected. */
export function usageError(message: string): AppError {
  return new AppError('validation_failed', message);
}

/** The command could not do its work (configuration, a port in use, the database): exit 1. */
export function commandFailed(message: string): AppError {
  return new AppError('internal', message);
}

/** Input that parsed as JSON but whose fields are wrong: "the answers are not valid". */
export function invalidInput(message: string, fields: readonly FieldError[]): AppError {
  return new AppError('validation_failed', message, fields);
}

export interface ReadOptions {
  /** What to send, said when stdin is empty: "send <expects>". */
  expects: string;
  maxBytes?: number;
}

export type InputResult = { ok: true; value: unknown } | { ok: false; error: AppError };

/**
 * Reads all of stdin as JSON. Empty input or input that is not JSON is `validation_failed`; more
 * than `maxBytes` is `payload_too_large`, and reading stops there. Decodes once at the end, so a
 * UTF-8 character split across two chunks stays whole.
 */
export async function readJsonInput(
  stream: NodeJS.ReadableStream,
  { expects, maxBytes = MAX_INPUT_BYTES }: ReadOptions,
): Promise<InputResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > maxBytes) {
      return {
        ok: false,
        error: new AppError(
          'payload_too_large',
          `stdin is too large: send at most ${maxBytes} bytes`,
        ),
      };
    }
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') {
    return {
      ok: false,
      error: new AppError('validation_failed', `nothing on stdin; send ${expects}`),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      error: new AppError(
        'validation_failed',
        `stdin is not valid JSON: ${(error as Error).message}`,
      ),
    };
  }
}
