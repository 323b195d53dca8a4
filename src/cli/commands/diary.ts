/**
 * `unknot diary summary` and `unknot diary export --format csv|fhir`: the pain diary on the
 * command line. Both read `{entries, today?, timeZone?}` as JSON on stdin (the API's body; `today`
 * defaults to the current date in the time zone, UTC when none is given). `summary` writes the
 * episodes, trend and escalations as JSON; `export` writes the CSV or the FHIR R4 bundle. Input
 * that is not valid exits 2 naming each bad field on stderr, with nothing on stdout. Both go
 * through the server's diary service, so the CLI and the API give the same answer.
 */
import { randomBytes } from 'node:crypto';
import { DiaryRequest } from '../../core/diary/request.schema.js';
import { localDate } from '../../core/time/index.js';
import { fieldErrors } from '../../core/validation.js';
import { DIARY_BODY_LIMIT } from '../../server/diary/routes.js';
import { createDiaryService, DEFAULT_TIME_ZONE } from '../../server/diary/service.js';
import { EXIT_OK, invalidInput, readJsonInput, reportError, STDIN, usageError } from '../input.js';
import { type CliIo, line } from '../io.js';

const NAME = 'unknot diary';
const USAGE = 'use "unknot diary summary" or "unknot diary export --format csv|fhir"';
const EXPECTS = 'a diary {"entries": [...], "today": "YYYY-MM-DD", "timeZone"}, as JSON';

type Args = { action: 'summary' } | { action: 'export'; format: 'csv' | 'fhir' };

function parseArgs(args: readonly string[]): Args | string {
  const [action, ...rest] = args;
  if (action === 'summary') {
    return rest.length === 0 ? { action } : `unexpected argument "${rest[0]}" (${USAGE})`;
  }
  if (action !== 'export')
    return action === undefined ? USAGE : `unknown action "${action}" (${USAGE})`;
  let format: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--format') {
      format = rest[i + 1];
      i += 1;
    } else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else return `unexpected argument "${arg}" (${USAGE})`;
  }
  if (format !== 'csv' && format !== 'fhir') {
    return `--format must be csv or fhir${format === undefined ? '' : `, not "${format}"`}`;
  }
  return { action, format };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export async function run(args: string[], io: CliIo): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') return reportError(io, NAME, usageError(options));
  const read = await readJsonInput(io.stdin, { expects: EXPECTS, maxBytes: DIARY_BODY_LIMIT });
  if (!read.ok) return reportError(io, NAME, read.error);
  if (!isObject(read.value)) {
    return reportError(
      io,
      NAME,
      invalidInput('the input is not valid', [{ path: STDIN, message: `must be ${EXPECTS}` }]),
    );
  }

  const now = Date.now();
  const input = read.value;
  const zone = typeof input.timeZone === 'string' ? input.timeZone : DEFAULT_TIME_ZONE;
  let today: string | undefined;
  try {
    today = localDate(now, zone);
  } catch {
    // An unknown zone: the schema names it below.
  }
  const parsed = DiaryRequest.safeParse(
    input.today === undefined && today !== undefined ? { ...input, today } : input,
  );
  if (!parsed.success) {
    return reportError(io, NAME, invalidInput('the input is not valid', fieldErrors(parsed.error)));
  }

  const service = createDiaryService({ now: () => now, randomBytes: (n) => randomBytes(n) });
  if (options.action === 'summary') {
    line(io.stdout, JSON.stringify(service.summary(parsed.data), null, 2));
  } else if (options.format === 'csv') {
    io.stdout.write(service.csv(parsed.data));
  } else {
    line(io.stdout, JSON.stringify(service.fhir(parsed.data), null, 2));
  }
  return EXIT_OK;
}
