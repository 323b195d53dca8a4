import type { Bundle, Observation } from '@medplum/fhirtypes';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureId, NOT_EASING } from '../../core/diary/fixtures.js';
import { summaryOut } from '../../core/diary/summary.js';
import { fhirErrors } from '../../core/export/fhir-validators.test-support.js';
import {
  fieldsOf,
  postJson,
  readProblem,
  startTestServer,
  type TestServer,
} from '../test-server.js';

const NOW = Date.UTC(2026, 2, 6, 9, 0, 0);
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: () => NOW, randomBytes: (n) => new Uint8Array(n).fill(3) });
});
afterAll(async () => {
  await server.close();
});

const summary = (body: unknown) => postJson(`${server.url}/api/v1/diary/summary`, body);
const exportAs = (format: string, body: unknown) =>
  postJson(`${server.url}/api/v1/diary/export?format=${format}`, body);

describe('POST /api/v1/diary/summary', () => {
  it('sums up a week that self-care has not eased, with the escalation and its source', async () => {
    const res = await summary(NOT_EASING);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual(
      JSON.parse(
        JSON.stringify(summaryOut(NOT_EASING.entries, NOT_EASING.today, NOT_EASING.timeZone)),
      ),
    );
    expect(body.episodes).toHaveLength(1);
    expect(body.escalations[0]).toMatchObject({
      rule: 'self-care-not-easing',
      action: 'book',
      source: expect.stringContaining('When to Seek Medical Attention'),
    });
  });

  it('gives an empty diary no episodes and no escalations', async () => {
    const res = await summary({ entries: [], today: '2026-03-06' });
    expect(await res.json()).toEqual({ episodes: [], trend: 'same', escalations: [] });
  });

  it('names each bad field in a 422 problem', async () => {
    const [first, second] = NOT_EASING.entries;
    const res = await summary({
      entries: [
        { ...first, pain0to10: 11 },
        { ...second, id: 'not-a-uuid', at: '6 March', where: ['shoulder'] },
        { ...second, id: first?.id, mood: 'low' },
      ],
      today: '2026-02-30',
      timeZone: 'Mars/Olympus',
    });
    expect(res.status).toBe(422);
    const problem = await readProblem(res);
    expect(fieldsOf(problem).sort()).toEqual(
      [
        'entries.0.pain0to10',
        'entries.1.id',
        'entries.1.at',
        'entries.1.where.0',
        'entries.2.mood',
        'today',
        'timeZone',
      ].sort(),
    );
  });

  it('refuses two entries with one id, naming the second', async () => {
    const [first] = NOT_EASING.entries;
    const res = await summary({ ...NOT_EASING, entries: [first, { ...first, pain0to10: 2 }] });
    expect(res.status).toBe(422);
    expect(fieldsOf(await readProblem(res))).toEqual(['entries.1.id']);
  });
});

describe('POST /api/v1/diary/export', () => {
  it('gives the CSV as an attachment that reads back', async () => {
    const res = await exportAs('csv', NOT_EASING);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toContain('unknot-diary.csv');
    const rows: Record<string, string>[] = parse(await res.text(), { columns: true });
    expect(rows.map((r) => r.pain_0_to_10)).toEqual(['6', '6', '5', '6', '6']);
    expect(rows[0]?.id).toBe(fixtureId(1));
  });

  it('gives a FHIR R4 bundle that two independent validators accept', async () => {
    const res = await exportAs('fhir', NOT_EASING);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const bundle: Bundle<Observation> = await res.json();
    expect(fhirErrors(bundle)).toEqual([]);
    expect(bundle.entry).toHaveLength(5);
    expect(bundle.timestamp).toBe(new Date(NOW).toISOString());
  });

  it('refuses a format it does not make, naming it', async () => {
    const res = await exportAs('pdf', NOT_EASING);
    expect(res.status).toBe(400);
    expect(fieldsOf(await readProblem(res))).toEqual(['format']);
  });

  it('refuses bad entries before making any file', async () => {
    const res = await exportAs('csv', { ...NOT_EASING, entries: [{ id: fixtureId(1) }] });
    expect(res.status).toBe(422);
    expect(fieldsOf(await readProblem(res)).sort()).toEqual([
      'entries.0.at',
      'entries.0.pain0to10',
    ]);
  });
});
