import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHASES } from '../../core/content/constants.js';
import { CONTENT } from '../../core/content/index.js';
import { toApiExercise } from '../../core/exercises/api.js';
import { ApiExercise } from '../../core/exercises/api.schema.js';
import { fieldsOf, readProblem, startTestServer, type TestServer } from '../test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const get = (path: string) => fetch(`${server.url}${path}`);

const REQUIRED_KEYS = [
  'id',
  'name',
  'otherNames',
  'purpose',
  'steps',
  'holdSeconds',
  'holdRange',
  'reps',
  'repsRange',
  'sets',
  'frequency',
  'phases',
  'cautions',
  'breathing',
  'startingPosition',
  'perSide',
  'continuous',
  'sources',
  'illustration',
];

async function list(query = ''): Promise<ApiExercise[]> {
  const res = await get(`/api/v1/exercises${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return ApiExercise.array().parse(await res.json());
}

describe('GET /api/v1/exercises', () => {
  it('answers at least 14 exercises, each with every key filled', async () => {
    const res = await get('/api/v1/exercises');
    const raw: Record<string, unknown>[] = await res.json();
    expect(raw.length).toBeGreaterThanOrEqual(14);
    for (const exercise of raw) {
      for (const key of REQUIRED_KEYS)
        expect(exercise, `${exercise.id}.${key}`).toHaveProperty(key);
    }
    for (const exercise of ApiExercise.array().parse(raw)) {
      expect(exercise.steps.length, exercise.id).toBeGreaterThan(0);
      expect(exercise.sources.length, exercise.id).toBeGreaterThan(0);
      expect(
        exercise.sources.every((s) => s.label.length > 0),
        exercise.id,
      ).toBe(true);
      expect(exercise.cautions.length, exercise.id).toBeGreaterThan(0);
      expect(exercise.illustration.keyframes.length, exercise.id).toBeGreaterThan(0);
      expect(typeof exercise.holdSeconds).toBe('number');
      expect(typeof exercise.reps).toBe('number');
    }
  });

  it('answers exactly what the mapper makes of the content, in content order', async () => {
    const expected = CONTENT.filter((i) => i.kind === 'exercise').map(toApiExercise);
    expect(await list()).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('lists the knee-to-chest stretch with its steps, dose and figure', async () => {
    const exercise = (await list()).find((e) => e.id === 'knee-to-chest');
    expect(exercise).toMatchObject({
      holdSeconds: 20,
      holdRange: { min: 20, max: 30 },
      reps: 2,
      perSide: true,
      illustration: { id: 'knee-to-chest-single' },
    });
  });

  it.each(PHASES)('keeps only the exercises that suit the %s phase', async (phase) => {
    const all = await list();
    const some = await list(`?phase=${phase}`);
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((e) => e.phases.includes(phase))).toBe(true);
    expect(some.map((e) => e.id)).toEqual(
      all.filter((e) => e.phases.includes(phase)).map((e) => e.id),
    );
  });

  it('never lists Superman for the acute phase, though it lists it for recovery', async () => {
    expect((await list('?phase=acute')).map((e) => e.id)).not.toContain('superman');
    expect((await list('?phase=recovery')).map((e) => e.id)).toContain('superman');
  });

  it.each([
    ['an unknown phase', '?phase=sideways'],
    ['an empty phase', '?phase='],
    ['a phase in capitals', '?phase=ACUTE'],
    ['a repeated phase', '?phase=acute&phase=recovery'],
  ])('answers 400 problem+json naming phase for %s', async (_name, query) => {
    const res = await get(`/api/v1/exercises${query}`);
    expect(res.status).toBe(400);
    const problem = await readProblem(res);
    expect(problem.code).toBe('validation_failed');
    expect(fieldsOf(problem)).toEqual(['phase']);
  });
});

describe('GET /api/v1/exercises/:id', () => {
  it('answers the exercise with that id, as it appears in the list', async () => {
    const res = await get('/api/v1/exercises/cat-cow');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const exercise = ApiExercise.parse(await res.json());
    expect(exercise).toEqual((await list()).find((e) => e.id === 'cat-cow'));
    expect(exercise.illustration.keyframes.length).toBeGreaterThan(1);
  });

  it('answers 404 problem+json naming the id when no exercise has it', async () => {
    const res = await get('/api/v1/exercises/no-such-exercise');
    expect(res.status).toBe(404);
    const problem = await readProblem(res);
    expect(problem).toMatchObject({
      code: 'not_found',
      type: '/api/problems/not_found',
      instance: '/api/v1/exercises/no-such-exercise',
    });
    expect(fieldsOf(problem)).toEqual(['id']);
  });

  it('answers 404 for a content item that is not an exercise', async () => {
    const res = await get('/api/v1/exercises/muscle-strain');
    expect(res.status).toBe(404);
    expect(fieldsOf(await readProblem(res))).toEqual(['id']);
  });
});

describe('the OpenAPI document', () => {
  it('describes the exercise and relief routes with their schemas', async () => {
    const doc = await (await get('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/exercises', '/api/v1/exercises/{id}', '/api/v1/relief']),
    );
    const listOp = doc.paths['/api/v1/exercises'].get;
    expect(listOp.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'phase',
          in: 'query',
          schema: expect.objectContaining({ enum: [...PHASES] }),
        }),
      ]),
    );
    const item = listOp.responses['200'].content['application/json'].schema.items;
    expect(item.required).toEqual(expect.arrayContaining(REQUIRED_KEYS));
    expect(listOp.responses['400'].content).toHaveProperty('application/problem+json');
    expect(doc.paths['/api/v1/exercises/{id}'].get.responses['404'].content).toHaveProperty(
      'application/problem+json',
    );
    const relief = doc.paths['/api/v1/relief'].get.responses['200'].content['application/json'];
    expect(relief.schema.required).toEqual(['steps']);
  });
});
