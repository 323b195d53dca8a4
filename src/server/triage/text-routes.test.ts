import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DISPOSITIONS, evaluate } from '../../core/triage/index.js';
import { TextCheckResponse } from '../../core/triage/text/api.schema.js';
import { readDescription, textCheckOf } from '../../core/triage/text/index.js';
import {
  fieldsOf,
  postJson,
  readProblem,
  startTestServer,
  type TestServer,
} from '../test-server.js';

const DEV_URL = new URL('../../../../shared/vignettes/dev.json', import.meta.url);
const devCases = existsSync(DEV_URL)
  ? z
      .array(
        z.object({
          id: z.string(),
          text: z.string(),
          age: z.number(),
          sex: z.enum(['female', 'male']),
          gold: z.enum(DISPOSITIONS),
        }),
      )
      .parse(JSON.parse(readFileSync(DEV_URL, 'utf8')))
  : [];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const read = (body: unknown) => postJson(`${server.url}/api/v1/triage/text`, body);

describe('POST /api/v1/triage/text', () => {
  it('reads a description into findings with their words, what to confirm and what to ask', async () => {
    const text =
      "My back went into spasm lifting a box two days ago, it's an 8, no numbness, the toilet's fine, but my left leg tingles.";
    const res = await read({ text, ageYears: 41 });
    expect(res.status).toBe(200);
    const body = TextCheckResponse.parse(await res.json());
    expect(body.findings).toMatchObject({
      ageYears: 41,
      durationDays: 2,
      painNow0to10: 8,
      legNumbnessOrTingling: true,
      saddleNumbness: false,
      newBladderOrBowelProblem: false,
    });
    expect(body.certainty).toMatchObject({
      legNumbnessOrTingling: 'stated',
      saddleNumbness: 'denied',
    });
    expect(body.toConfirm).toEqual([
      'saddleNumbness',
      'newBladderOrBowelProblem',
      'onsetAfterTrauma',
    ]);
    for (const span of body.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(body.spans.find((s) => s.key === 'legNumbnessOrTingling')?.text).toBe('leg tingles');
    // A tingling leg makes a past cancer the last finding an emergency rule needs: asked first.
    expect(body.toAsk[0]).toBe('historyOfCancer');
    expect(body.toAsk).toContain('bilateralLegSymptoms');
    expect(body.disposition).toBe('soon');
    // The findings are ready for the check: its result agrees with the words' disposition.
    expect(evaluate(body.findings).disposition).toBe(body.disposition);
  });

  it.each(devCases)(
    '$id over HTTP gives the same reading as the app and never less than gold',
    async (c) => {
      // The date is sent, so "since Monday" counts the same on both sides of midnight.
      const today = '2026-12-04';
      const res = await read({ text: c.text, ageYears: c.age, sex: c.sex, today });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toEqual(
        JSON.parse(
          JSON.stringify(
            textCheckOf(readDescription(c.text, { ageYears: c.age, sex: c.sex, today })),
          ),
        ),
      );
      expect(DISPOSITIONS.indexOf(body.disposition)).toBeGreaterThanOrEqual(
        DISPOSITIONS.indexOf(c.gold),
      );
    },
  );

  it('counts "since Monday" from the date the client sends', async () => {
    const body = await (
      await read({ text: 'my back has hurt since Monday', today: '2026-12-04' })
    ).json();
    expect(body.findings.durationDays).toBe(4);
  });

  it.each([
    ['no text', {}, ['text']],
    ['empty text', { text: '   ' }, ['text']],
    ['text that is not a string', { text: 42 }, ['text']],
    ['text longer than 4000 characters', { text: 'a'.repeat(4001) }, ['text']],
    ['an age over 120', { text: 'sore back', ageYears: 130 }, ['ageYears']],
    ['an age that is not whole', { text: 'sore back', ageYears: 40.5 }, ['ageYears']],
    ['a sex we do not take', { text: 'sore back', sex: 'x' }, ['sex']],
    ['a date that is not a date', { text: 'sore back', today: '2026-13-01' }, ['today']],
    ['an unknown field', { text: 'sore back', mood: 'low' }, ['mood']],
    ['a body that is an array', ['sore back'], ['(body)']],
  ])('answers 422 problem+json naming the field for %s', async (_name, body, fields) => {
    const res = await read(body);
    expect(res.status).toBe(422);
    const problem = await readProblem(res);
    expect(problem).toMatchObject({ code: 'validation_failed', instance: '/api/v1/triage/text' });
    expect(fieldsOf(problem)).toEqual(fields);
  });

  it('answers 400 problem+json for a body that is not JSON', async () => {
    const res = await fetch(`${server.url}/api/v1/triage/text`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": "sore',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
