import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { NOT_EASING } from '../../core/diary/fixtures.js';
import { summaryOut } from '../../core/diary/summary.js';
import { fhirErrors } from '../../core/export/fhir-validators.test-support.js';
import { run } from '../test-harness.js';

const diary = (args: string[], input: string) => run(['diary', ...args], input);

describe('unknot diary', () => {
  it('summary writes the episodes, trend and escalations the API gives, and exits 0', async () => {
    const { code, stdout, stderr } = await diary(['summary'], JSON.stringify(NOT_EASING));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(
        JSON.stringify(summaryOut(NOT_EASING.entries, NOT_EASING.today, NOT_EASING.timeZone)),
      ),
    );
  });

  it('export --format csv writes the CSV', async () => {
    const { code, stdout } = await diary(['export', '--format', 'csv'], JSON.stringify(NOT_EASING));
    expect(code).toBe(0);
    expect(parse(stdout, { columns: true })).toHaveLength(5);
  });

  it('export --format=fhir writes a valid FHIR R4 bundle', async () => {
    const { code, stdout } = await diary(['export', '--format=fhir'], JSON.stringify(NOT_EASING));
    expect(code).toBe(0);
    expect(fhirErrors(JSON.parse(stdout))).toEqual([]);
  });

  it('takes today in the diary’s time zone when the input leaves it out', async () => {
    const { today: _today, ...rest } = NOT_EASING;
    const { code, stdout } = await diary(['summary'], JSON.stringify(rest));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).episodes[0].start).toBe('2026-03-02');
  });

  it('exits 2 naming each bad field on stderr, with nothing on stdout', async () => {
    const bad = {
      ...NOT_EASING,
      entries: [{ ...NOT_EASING.entries[0], pain0to10: -1 }],
      timeZone: 'Nowhere',
    };
    const { code, stdout, stderr } = await diary(['summary'], JSON.stringify(bad));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('entries.0.pain0to10');
    expect(stderr).toContain('timeZone');
  });

  it('exits 2 on an unknown action or format, saying what it takes', async () => {
    for (const args of [[], ['chart'], ['export'], ['export', '--format', 'pdf']]) {
      const { code, stderr } = await diary(args, JSON.stringify(NOT_EASING));
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/summary|csv or fhir/);
    }
  });

  it('exits 2 when the input is not a diary object', async () => {
    const { code, stderr } = await diary(['summary'], '[1,2]');
    expect(code).toBe(2);
    expect(stderr).toContain('(stdin)');
  });
});
