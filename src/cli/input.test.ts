import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES } from '../core/errors.js';
import {
  describeFields,
  EXIT_CODES,
  EXIT_FAILED,
  EXIT_OK,
  exitCodeFor,
  invalidInput,
  MAX_INPUT_BYTES,
  readJsonInput,
  reportError,
} from './input.js';
import { fakeIo, run } from './test-harness.js';

/** A stream that yields `chunks` one by one and ends. */
function streamOf(...chunks: (string | Buffer)[]): PassThrough {
  const stream = new PassThrough();
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  return stream;
}

const EXPECTS = { expects: 'an answers object as JSON' };

describe('readJsonInput', () => {
  it('reads JSON, keeping a UTF-8 character split across two chunks whole', async () => {
    const bytes = Buffer.from('{"note": "Schmerz ü"}');
    const at = bytes.indexOf(0xc3) + 1;
    const result = await readJsonInput(
      streamOf(bytes.subarray(0, at), bytes.subarray(at)),
      EXPECTS,
    );
    expect(result).toEqual({ ok: true, value: { note: 'Schmerz ü' } });
  });

  it.each([
    ['nothing', [], 'nothing on stdin; send an answers object as JSON'],
    ['only white space', [' \n\t'], 'nothing on stdin; send an answers object as JSON'],
    ['broken JSON', ['{"fever": tru'], 'stdin is not valid JSON: '],
  ])('fails validation_failed on %s', async (_name, chunks, message) => {
    const result = await readJsonInput(streamOf(...chunks), EXPECTS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation_failed');
    expect(result.error.message.startsWith(message)).toBe(true);
  });

  it('fails payload_too_large past the limit, and stops reading there', async () => {
    const stream = new PassThrough();
    stream.write('[1,');
    stream.write('2,3,4,5]');
    // Never ended: reading must stop at the limit instead of waiting for the end.
    const result = await readJsonInput(stream, { ...EXPECTS, maxBytes: 8 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('payload_too_large');
    expect(result.error.message).toContain('at most 8 bytes');
  });

  it('takes input of exactly the limit', async () => {
    expect(await readJsonInput(streamOf('[1,2]'), { ...EXPECTS, maxBytes: 5 })).toEqual({
      ok: true,
      value: [1, 2],
    });
  });
});

describe('field errors', () => {
  it('are one indented line each, the whole input named (stdin)', () => {
    expect(
      describeFields([
        { path: '(body)', message: 'must be an object' },
        { path: '', message: 'must be an object' },
        { path: 'profile.times.1', message: 'must be a time as HH:MM' },
      ]),
    ).toEqual([
      '  (stdin): must be an object',
      '  (stdin): must be an object',
      '  profile.times.1: must be a time as HH:MM',
    ]);
  });

  it('are reported under the command’s name, and the exit code is the error code’s', () => {
    const io = fakeIo();
    const error = invalidInput('the answers are not valid', [
      { path: 'fever', message: 'must be true or false' },
    ]);
    expect(reportError(io, 'unknot triage', error)).toBe(2);
    expect(io.stderr.text).toBe(
      'unknot triage: the answers are not valid:\n  fever: must be true or false\n',
    );
    expect(io.stdout.text).toBe('');
  });

  it('leave out the colon when no field is named', () => {
    const io = fakeIo();
    expect(reportError(io, 'unknot plan', new AppError('not_found', 'no such plan'))).toBe(3);
    expect(io.stderr.text).toBe('unknot plan: no such plan\n');
  });
});

describe('exit codes', () => {
  it('are 0 for done, 1 for a failure and 2 for input or arguments that are not valid', () => {
    expect(EXIT_OK).toBe(0);
    expect(EXIT_FAILED).toBe(1);
    expect(exitCodeFor('internal')).toBe(1);
    expect(exitCodeFor('validation_failed')).toBe(2);
  });

  it('give every error code an exit code of its own, none of them 0', () => {
    const codes = ERROR_CODES.map(exitCodeFor);
    expect(new Set(codes).size).toBe(ERROR_CODES.length);
    expect(codes).not.toContain(EXIT_OK);
    for (const code of codes) expect(code).toBeLessThan(126); // above that the shell has meanings
    expect(Object.keys(EXIT_CODES).sort()).toEqual([...ERROR_CODES].sort());
  });

  it.each([['triage'], ['plan']])('%s exits 5 on input larger than it reads', async (command) => {
    const big = `[${'{},'.repeat(Math.ceil(MAX_INPUT_BYTES / 3))}{}]`;
    const { code, stdout, stderr } = await run([command], big);
    expect(code).toBe(EXIT_CODES.payload_too_large);
    expect(stdout).toBe('');
    expect(stderr).toContain(`unknot ${command}: stdin is too large`);
  });
});
