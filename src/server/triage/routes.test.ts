import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ANSWER_KEYS,
  type Answers,
  DISPOSITIONS,
  type Disposition,
  EMERGENCY_NUMBERS,
  evaluate,
  QUESTIONS,
  type Region,
} from '../../core/triage/index.js';
import { TriageResultSchema } from '../../core/triage/result.schema.js';
import { painScore } from '../../core/units.js';
import {
  fieldsOf,
  postJson,
  readProblem,
  startTestServer,
  type TestServer,
} from '../test-server.js';

// /work/main and /work/shared are siblings, and CI puts shared/ beside the clone too.
const DEV_URL = new URL('../../../../shared/vignettes/dev.json', import.meta.url);
const Vignette = z.object({
  id: z.string(),
  findings: z.record(z.string(), z.unknown()),
  gold: z.enum(DISPOSITIONS),
});
const devCases = existsSync(DEV_URL)
  ? z.array(Vignette).parse(JSON.parse(readFileSync(DEV_URL, 'utf8')))
  : [];

/** No worrying findings: a young adult, two days in, getting better. */
const CALM: Answers = {
  ageYears: 30,
  durationDays: 2,
  painNow0to10: painScore(4),
  trend: 'better',
};

/** One set of answers per disposition. */
const ONE_OF_EACH: Record<Disposition, Answers> = {
  emergency: { saddleNumbness: true },
  urgent: { ...CALM, fever: true },
  soon: { ...CALM, painBelowKnee: true },
  self_care: CALM,
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const triage = (body: unknown, query = '', headers?: Record<string, string>) =>
  postJson(`${server.url}/api/v1/triage${query}`, body, headers);

/** What the engine itself answers, as it travels over JSON. */
const direct = (answers: Answers, region?: Region) =>
  JSON.parse(JSON.stringify(evaluate(answers, region === undefined ? {} : { region })));

describe('POST /api/v1/triage', () => {
  it.each(DISPOSITIONS)('answers 200 with the %s result the engine gives', async (disposition) => {
    const answers = ONE_OF_EACH[disposition];
    const res = await triage(answers);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const result = TriageResultSchema.parse(await res.json());
    expect(result.disposition).toBe(disposition);
    expect(result).toEqual(direct(answers));
  });

  it('answers an empty object with the first emergency question', async () => {
    const result = await (await triage({})).json();
    expect(result).toMatchObject({ complete: false, nextQuestion: { group: 'emergency' } });
    expect(result.nextQuestion.id).toBe(QUESTIONS[0]?.id);
  });

  it('treats "unsure" on a red-flag question as the cautious answer and says so', async () => {
    const result = await (await triage({ saddleNumbness: 'unsure' })).json();
    expect(result.disposition).toBe('emergency');
    expect(result.reasons[0].text).toContain('not sure');
  });

  it('keeps the one chest-or-tummy answer older clients send, read the safe way, beside the two new keys', async () => {
    const legacy = await (await triage({ ...CALM, chestOrAbdominalPain: true })).json();
    expect(legacy.disposition).toBe('emergency');
    expect(legacy.reasons[0].finding).toBe('chest-or-tummy-pain');
    const tummy = await (
      await triage({ ...CALM, abdominalPain: true, feelingFaint: false })
    ).json();
    expect(tummy.disposition).toBe('urgent');
    const chest = await (await triage({ ...CALM, chestPain: true })).json();
    expect(chest.disposition).toBe('emergency');
  });

  it('there are 30 dev vignettes beside the repository', () => {
    expect(devCases, `Missing ${fileURLToPath(DEV_URL)}`).toHaveLength(30);
  });

  it.each(devCases)('$id gives its gold disposition ($gold) over HTTP', async (vignette) => {
    const res = await triage(vignette.findings);
    expect(res.status).toBe(200);
    const result = await res.json();
    expect(result.disposition).toBe(vignette.gold);
    expect(result).toEqual(direct(vignette.findings as Answers));
  });

  it.each(Object.entries(EMERGENCY_NUMBERS))(
    'names the emergency number of region %s (%s) when asked',
    async (region, number) => {
      const res = await triage({ saddleNumbness: true }, `?region=${region}`);
      expect(res.status).toBe(200);
      const result = await res.json();
      expect(result.actions[0].text).toContain(`Call ${number} now`);
      expect(result).toEqual(direct({ saddleNumbness: true }, region as Region));
    },
  );

  it.each([
    ['a region we do not know', '?region=XX', 'region'],
    ['a region in lower case', '?region=uk', 'region'],
    ['an unknown query parameter', '?regoin=UK', 'regoin'],
  ])('answers 400 naming the parameter for %s', async (_name, query, field) => {
    const res = await triage(CALM, query);
    expect(res.status).toBe(400);
    const problem = await readProblem(res);
    expect(problem.code).toBe('validation_failed');
    expect(fieldsOf(problem)).toEqual([field]);
  });

  it.each([
    ['an unknown key', { ...CALM, temperature: 39 }, ['temperature']],
    ['a pain score above 10', { painNow0to10: 11 }, ['painNow0to10']],
    ['a negative age', { ageYears: -1 }, ['ageYears']],
    ['an age over 120', { ageYears: 121 }, ['ageYears']],
    ['a number that is not whole', { durationDays: 2.5 }, ['durationDays']],
    ['a number sent as text', { painNow0to10: '4' }, ['painNow0to10']],
    ['yes sent as text', { fever: 'yes' }, ['fever']],
    ['yes sent as 1', { saddleNumbness: 1 }, ['saddleNumbness']],
    ['null for an answer', { fever: null }, ['fever']],
    ['a value outside a choice', { trend: 'improving' }, ['trend']],
    ["'unsure' on the pain score", { painNow0to10: 'unsure' }, ['painNow0to10']],
    ["'unsure' on the age", { ageYears: 'unsure' }, ['ageYears']],
    ["'unsure' on the trend", { trend: 'unsure' }, ['trend']],
    ['a body that is an array', [CALM], ['(body)']],
    ['a body that is a number', 3, ['(body)']],
  ])('answers 422 problem+json naming the field for %s', async (_name, body, fields) => {
    const res = await triage(body);
    expect(res.status).toBe(422);
    const problem = await readProblem(res);
    expect(problem).toMatchObject({
      code: 'validation_failed',
      type: '/api/problems/validation_failed',
      instance: '/api/v1/triage',
    });
    expect(fieldsOf(problem)).toEqual(fields);
    for (const field of fields) expect(problem.detail).toContain(field);
  });

  it('names every bad field at once', async () => {
    const res = await triage({
      painNow0to10: 12,
      fever: 'maybe',
      trend: 'unsure',
      mood: 'low',
      colour: 'red',
    });
    expect(res.status).toBe(422);
    // Unknown keys may come as one entry ("colour, mood") or one each; every name must be there.
    const fields = fieldsOf(await readProblem(res)).flatMap((f) => f.split(', '));
    expect(fields.sort()).toEqual(['colour', 'fever', 'mood', 'painNow0to10', 'trend']);
  });

  it('answers 400 naming the body for malformed JSON', async () => {
    const res = await triage('{"fever": tru');
    expect(res.status).toBe(400);
    expect(fieldsOf(await readProblem(res))).toEqual(['(body)']);
  });

  it('answers 400 naming the body for an empty body', async () => {
    const res = await triage('');
    expect(res.status).toBe(400);
    expect(fieldsOf(await readProblem(res))).toEqual(['(body)']);
  });

  it('answers 415 naming content-type for a body that is not JSON', async () => {
    const res = await triage('fever=true', '', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(fieldsOf(await readProblem(res))).toEqual(['content-type']);
  });
});

describe('GET /api/v1/triage/questions', () => {
  it('answers every question in asking order, emergency questions first', async () => {
    const res = await fetch(`${server.url}/api/v1/triage/questions`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const questions = await res.json();
    expect(questions).toEqual(JSON.parse(JSON.stringify(QUESTIONS)));
    expect(questions[0].group).toBe('emergency');
  });
});

describe('the OpenAPI document', () => {
  it('describes the answers body, the region and the result from the zod schemas', async () => {
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    const post = doc.paths['/api/v1/triage'].post;
    const body = post.requestBody.content['application/json'].schema;
    expect(body.additionalProperties).toBe(false);
    expect(body.required ?? []).toEqual([]);
    expect(body.properties.painNow0to10).toMatchObject({ minimum: 0, maximum: 10 });
    expect(Object.keys(body.properties).sort()).toEqual([...ANSWER_KEYS].sort());
    for (const key of ['chestOrAbdominalPain', 'chestPain', 'abdominalPain']) {
      expect(body.properties[key].description, key).toBeTruthy();
    }
    const region = post.parameters.find((p: { name: string }) => p.name === 'region');
    expect(region).toMatchObject({ in: 'query', required: false });
    expect(region.schema.enum.sort()).toEqual(Object.keys(EMERGENCY_NUMBERS).sort());
    expect(Object.keys(post.responses).sort()).toEqual(['200', '400', '413', '415', '422']);
    expect(post.responses['200'].content['application/json'].schema.required).toContain(
      'disposition',
    );
    expect(post.responses['422'].content['application/problem+json'].schema.required).toContain(
      'errors',
    );
    expect(doc.paths['/api/v1/triage/questions'].get).toBeDefined();
  });
});
