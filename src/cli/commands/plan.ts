/**
 * `unknot plan`: the weekly plan on the command line. It reads a plan request (profile, optional
 * state and weekStart), or a bare profile, as JSON on stdin and writes the plan as JSON, or with
 * `--ics` the plan as an iCalendar file, and exits 0. For a bare profile the week is the one
 * `--week-start YYYY-MM-DD` names, or else the current week in the profile's time zone. Input that
 * is not valid exits 2 naming each bad field on stderr, with nothing on stdout. It goes through
 * the server's plan service, so the CLI, the API and the browser give the same plan.
 */
import { randomBytes } from 'node:crypto';
import type { FieldError } from '../../core/errors.js';
import { parseProfile } from '../../core/plan/profile.schema.js';
import { PlanRequest } from '../../core/plan/schema.js';
import { weekStartAt } from '../../core/time/index.js';
import { fieldErrors } from '../../core/validation.js';
import { createPlanService } from '../../server/plan/service.js';
import { EXIT_OK, invalidInput, readJsonInput, reportError, STDIN, usageError } from '../input.js';
import { type CliIo, line } from '../io.js';

const NAME = 'unknot plan';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Options = { ics: boolean; weekStart: string | undefined };

/** Reads `--ics` and `--week-start YYYY-MM-DD` (or `--week-start=...`); else an error message. */
function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { ics: false, weekStart: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--ics') {
      options.ics = true;
      continue;
    }
    let value: string | undefined;
    if (arg === '--week-start') {
      value = args[i + 1];
      i += 1;
    } else if (arg.startsWith('--week-start=')) {
      value = arg.slice('--week-start='.length);
    } else {
      return `unexpected argument "${arg}" (the options are --ics and --week-start YYYY-MM-DD)`;
    }
    if (value === undefined || !DATE.test(value)) {
      return `--week-start must be a date as YYYY-MM-DD${value === undefined ? '' : `, not "${value}"`}`;
    }
    options.weekStart = value;
  }
  return options;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The request the input stands for: a plan request as it is (its week replaced by `--week-start`),
 * or a bare profile wrapped with the week to plan. Field errors name the input's own fields.
 */
function requestFrom(
  input: unknown,
  weekStart: string | undefined,
  now: number,
): { ok: true; request: unknown } | { ok: false; errors: FieldError[] } {
  if (!isObject(input)) {
    return {
      ok: false,
      errors: [{ path: STDIN, message: 'must be a profile or a plan request, as a JSON object' }],
    };
  }
  if (Object.hasOwn(input, 'profile')) {
    return { ok: true, request: weekStart === undefined ? input : { ...input, weekStart } };
  }
  const parsed = parseProfile(input);
  if (!parsed.ok) return parsed;
  const week = weekStart ?? weekStartAt(now, parsed.profile.timeZone ?? 'UTC');
  return { ok: true, request: { profile: input, weekStart: week } };
}

const EXPECTS = 'a profile, or a plan request {"profile", "weekStart", "state"}, as JSON';

export async function run(args: string[], io: CliIo): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') return reportError(io, NAME, usageError(options));
  const read = await readJsonInput(io.stdin, { expects: EXPECTS });
  if (!read.ok) return reportError(io, NAME, read.error);

  const now = Date.now();
  const built = requestFrom(read.value, options.weekStart, now);
  const parsed = built.ok ? PlanRequest.safeParse(built.request) : undefined;
  const errors = !built.ok
    ? built.errors
    : parsed?.success === false
      ? fieldErrors(parsed.error)
      : [];
  if (parsed?.success !== true || errors.length > 0) {
    return reportError(io, NAME, invalidInput('the input is not valid', errors));
  }

  const service = createPlanService({ now: () => now, randomBytes: (n) => randomBytes(n) });
  if (options.ics) {
    io.stdout.write(service.ics(parsed.data));
  } else {
    line(io.stdout, JSON.stringify(service.plan(parsed.data), null, 2));
  }
  return EXIT_OK;
}
