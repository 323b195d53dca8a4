/**
 * The plan use case on the server: the engine in core/plan makes the week and core/export writes
 * the calendar, so the API gives exactly the plan the browser and the CLI give for the same
 * request. Nothing is stored: the profile is health detail the person keeps on their own device.
 * The calendar's creation time and event UIDs come from the server's clock and random bytes,
 * passed in so tests can fix them.
 */
import { planToIcs } from '../../core/export/ics.js';
import { uuidv7 } from '../../core/ids.js';
import { generatePlan } from '../../core/plan/engine.js';
import type { PlanRequest } from '../../core/plan/schema.js';
import type { Plan } from '../../core/plan/types.js';

export interface PlanServiceDeps {
  now: () => number;
  randomBytes: (n: number) => Uint8Array;
}

export interface PlanService {
  plan(request: PlanRequest): Plan;
  /** The plan as an RFC 5545 calendar, one event per kind of session and desk-break reminders. */
  ics(request: PlanRequest): string;
}

/**
 * One random UUIDv7 per calendar, with the event's index after it, so the UIDs of one file are
 * distinct and those of two downloads never collide.
 */
export function calendarUids(now: number, randomBytes: (n: number) => Uint8Array) {
  const base = uuidv7(now, randomBytes);
  return (i: number): string => `${base}-${i}@unknot`;
}

export function createPlanService(deps: PlanServiceDeps): PlanService {
  return {
    plan: (request) => generatePlan(request),
    ics(request) {
      const now = deps.now();
      return planToIcs(generatePlan(request), request.profile, {
        now,
        uid: calendarUids(now, deps.randomBytes),
      });
    },
  };
}
