/**
 * `POST /api/v1/plan` (profile, state and week → the week's plan) and `POST /api/v1/plan/ics`
 * (the same body → the plan as an iCalendar file with reminders). The body is exactly core's
 * strict PlanRequest schema, so each unknown key, bad time, unknown exercise id or malformed week
 * comes back as a 422 naming that field ("profile.times.1", "profile.exclude.0", "weekStart").
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Plan, PlanRequest } from '../../core/plan/schema.js';
import { errorHandler } from '../http/errors.js';
import { Problem } from '../http/problem.js';
import type { ZodApp } from '../http/zod.js';
import type { PlanService } from './service.js';

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';
export const ICS_FILENAME = 'unknot-plan.ics';

/**
 * A request may carry weeks of check-ins and session logs and last week's plan, far more than
 * the app-wide limit allows; core's STATE_LIMITS bound it, and this bounds the bytes.
 */
export const PLAN_BODY_LIMIT = 512 * 1024;

const LIMITS = { bodyLimit: PLAN_BODY_LIMIT, errorHandler: errorHandler(PLAN_BODY_LIMIT) };

const BODY = PlanRequest.check(
  z.describe(
    'The profile, what happened last week (check-ins, sessions, the previous plan; all optional) and the Monday the week starts on',
  ),
);

const PROBLEMS = {
  400: Problem.describe('The body is not valid JSON'),
  413: Problem.describe('The body is too large'),
  415: Problem.describe('The body is not application/json'),
  422: Problem.describe('A field is missing or not valid; `errors` names each bad field'),
};

export function registerPlanRoutes(app: ZodApp, service: PlanService): void {
  app.post(
    '/api/v1/plan',
    {
      ...LIMITS,
      schema: {
        summary: 'A personal weekly plan: profile and state in, the week\u2019s plan out',
        description:
          'Deterministic: the same request always gives the same plan. The phase (acute, recovery, prevention) comes from the pain and the days since the spasm began; each session holds 3 to 5 exercises from the library, named by id, with hold, reps, sets and why. Send last week\u2019s check-ins, sessions and plan in `state` and the plan progresses, steps back or prompts the triage check. General information, not a substitute for professional care.',
        tags: ['plan'],
        body: BODY,
        response: { 200: Plan, ...PROBLEMS },
      },
    },
    (request) => service.plan(request.body),
  );

  app.post(
    '/api/v1/plan/ics',
    {
      ...LIMITS,
      schema: {
        summary: 'The weekly plan as an iCalendar file with reminders',
        description:
          'RFC 5545: one repeating event per kind of session with an alarm at its start, and hourly desk-break reminders on weekdays when the profile asks for them. Import it into a calendar so the reminders work while the app is closed.',
        tags: ['plan'],
        body: BODY,
        response: {
          200: {
            description: `The calendar, as an attachment named ${ICS_FILENAME}`,
            content: { 'text/calendar': { schema: { type: 'string' } } },
          },
          ...PROBLEMS,
        },
      },
    },
    (request, reply) => {
      const calendar = service.ics(request.body);
      (reply as FastifyReply)
        .type(ICS_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="${ICS_FILENAME}"`)
        .send(calendar);
    },
  );
}
