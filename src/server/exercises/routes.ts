/**
 * `GET /api/v1/exercises` (optionally `?phase=acute|recovery|prevention`) and
 * `GET /api/v1/exercises/:id`: each exercise with its steps, dose, cautions, labelled sources and
 * figure keyframes. The answers never change while the server runs, so each is serialised once,
 * when first asked, and sent as a string, as the content routes do.
 */
import { z } from 'zod';
import { ApiExercise, ExercisesQuery } from '../../core/exercises/api.schema.js';
import { Problem } from '../http/problem.js';
import { sendJson } from '../http/send.js';
import type { ZodApp } from '../http/zod.js';
import type { ExercisesService } from './service.js';

/** The key of the unfiltered list among the per-phase ones. */
const ALL = 'all';

export function registerExerciseRoutes(app: ZodApp, service: ExercisesService): void {
  const listJson = new Map<string, string>();
  const itemJson = new Map<string, string>();

  app.get(
    '/api/v1/exercises',
    {
      schema: {
        summary: 'The exercise library, optionally only the exercises that suit a phase',
        description:
          'Each exercise with its numbered steps, default hold and reps with their ranges, sets, how often, cautions and signs to stop, labelled sources and the keyframes of its animated figure.',
        tags: ['exercises'],
        querystring: ExercisesQuery,
        response: {
          200: z.array(ApiExercise),
          400: Problem.describe('The phase is not one of acute, recovery or prevention'),
        },
      },
    },
    (request, reply) => {
      const { phase } = request.query;
      const key = phase ?? ALL;
      let json = listJson.get(key);
      if (json === undefined) {
        json = JSON.stringify(service.list(phase));
        listJson.set(key, json);
      }
      sendJson(reply, json);
    },
  );

  app.get(
    '/api/v1/exercises/:id',
    {
      schema: {
        summary: 'One exercise by its id',
        tags: ['exercises'],
        params: z.object({ id: z.string().describe('The exercise id, e.g. "cat-cow"') }),
        response: { 200: ApiExercise, 404: Problem.describe('No exercise has this id') },
      },
    },
    (request, reply) => {
      // An unknown id is never kept: the service throws the 404 that names it.
      const { id } = request.params;
      let json = itemJson.get(id);
      if (json === undefined) {
        json = JSON.stringify(service.get(id));
        itemJson.set(id, json);
      }
      sendJson(reply, json);
    },
  );
}
