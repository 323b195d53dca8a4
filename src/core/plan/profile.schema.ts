/**
 * Reading a profile or a plan request from outside (a form, a request body, stdin): the zod
 * schemas from `schema.ts`, and parse functions that return the checked value or the project's
 * field errors, with paths such as 'times.1' or 'profile.exclude.0'.
 */
import type { FieldError } from '../errors.js';
import { fieldErrors } from '../validation.js';
import { PlanRequest, Profile } from './schema.js';
import type * as T from './types.js';

export { PlanRequest, Profile };

export function parseProfile(
  input: unknown,
): { ok: true; profile: T.Profile } | { ok: false; errors: FieldError[] } {
  const result = Profile.safeParse(input);
  return result.success
    ? { ok: true, profile: result.data }
    : { ok: false, errors: fieldErrors(result.error) };
}

export function parsePlanRequest(
  input: unknown,
): { ok: true; request: T.PlanRequest } | { ok: false; errors: FieldError[] } {
  const result = PlanRequest.safeParse(input);
  return result.success
    ? { ok: true, request: result.data }
    : { ok: false, errors: fieldErrors(result.error) };
}
