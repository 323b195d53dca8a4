/**
 * Turns zod's issues into the project's field errors, so every adapter names a bad field the same
 * way ("comment: Too big: expected string to have <=1000 characters").
 */
import type { $ZodError, $ZodType, output } from 'zod/v4/core';
import { AppError, type FieldError } from './errors.js';

/** One entry per bad field: several unknown keys in one object are named one by one. */
export function fieldErrors(error: $ZodError, prefix = ''): FieldError[] {
  return error.issues.flatMap((issue) => {
    const paths =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    return paths.map((keys) => {
      const path = [prefix, ...keys.map(String)].filter((s) => s !== '').join('.');
      const message = issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message;
      return { path: path === '' ? '(body)' : path, message };
    });
  });
}

/** Both zod and zod/mini schemas have this method; the error type is the one they share. */
type SafeParse<S extends $ZodType> = (
  input: unknown,
) => { success: true; data: output<S> } | { success: false; error: $ZodError };

/** Parses `input` with `schema` or throws a `validation_failed` AppError naming each bad field. */
export function parseOrThrow<S extends $ZodType & { safeParse: SafeParse<S> }>(
  schema: S,
  input: unknown,
  prefix = '',
): output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const fields = fieldErrors(result.error, prefix);
    throw new AppError(
      'validation_failed',
      fields.map((f) => `${f.path}: ${f.message}`).join('; '),
      fields,
    );
  }
  return result.data;
}
