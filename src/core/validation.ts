/**
 * Turns zod's issues into the project's field errors, so every adapter names a bad field the same
 * way ("comment: Too big: expected string to have <=1000 characters").
 */
import type { z } from 'zod';
import { AppError, type FieldError } from './errors.js';

export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => {
    const keys =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    const path = keys
      .map((k) => [prefix, ...k.map(String)].filter((s) => s !== '').join('.'))
      .join(', ');
    return { path: path === '' ? '(body)' : path, message: issue.message };
  });
}

/** Parses `input` with `schema` or throws a `validation_failed` AppError naming each bad field. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix = '',
): z.output<S> {
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
