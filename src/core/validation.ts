/**
 * Turns zod's issues into the project's field errors, so every adapter names a bad field the same
 * way ("comment: Too big: expected string to have <=1000 characters").
 */
import type { z } from 'zod';
import { AppError, type FieldError } from './errors.js';

/** One entry per bad field: several unknown keys in one object are named one by one. */
export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
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
