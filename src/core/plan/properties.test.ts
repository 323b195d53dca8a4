import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLoaded, LIBRARY, libraryExercise } from './catalogue.js';
import { addDays } from './dates.js';
import { generatePlan } from './engine.js';
import { WEEK } from './fixtures.js';
import { painTrend, weekSignals } from './progression.js';
import type { Plan, PlanRequest, Profile } from './types.js';

const RUNS = { numRuns: 300 };
const IDS = LIBRARY.map((e) => e.id);
const NEXT = addDays(WEEK, 7);

const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const profileArb: fc.Arbitrary<Profile> = fc.record({
  work: fc.constantFrom('desk', 'standing', 'lifting', 'mixed'),
  activity: fc.constantFrom('low', 'moderate', 'high'),
  minutesPerDay: fc.constantFrom(5, 10, 20),
  times: fc.uniqueArray(time, { minLength: 1, maxLength: 4 }).map((t) => [...t].sort()),
  painNow0to10: fc.integer({ min: 0, max: 10 }),
  daysSinceOnset: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  exclude: fc.subarray(IDS),
  timeZone: fc.constant('UTC'),
});

const pains = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 0, maxLength: 7 });

/** A request with last week's plan, check-ins and session logs, some stopped for pain. */
const requestArb: fc.Arbitrary<PlanRequest> = fc
  .tuple(
    profileArb,
    profileArb,
    pains,
    fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.boolean(), fc.nat()), { maxLength: 20 }),
  )
  .map(([lastProfile, profile, checkPains, logs]) => {
    const previous = generatePlan({ profile: lastProfile, weekStart: WEEK });
    const ids = previous.sessions[0]?.exercises.map((e) => e.exerciseId) ?? [];
    return {
      profile,
      weekStart: NEXT,
      state: {
        previous,
        checkIns: checkPains.map((pain0to10, i) => ({ date: addDays(WEEK, i), pain0to10 })),
        sessions: logs.map(([day, stopped, at]) => {
          const stopAt = ids.length === 0 ? 0 : at % ids.length;
          return {
            startedAt: `${addDays(WEEK, day)}T09:00:00.000Z`,
            exercises: ids.map((exerciseId, i) => ({
              exerciseId,
              completed: !stopped || i < stopAt,
            })),
            stoppedForPain: stopped,
          };
        }),
      },
    };
  });

const anyRequest = fc.oneof(
  profileArb.map((profile) => ({ profile, weekStart: WEEK })),
  requestArb,
);

const exercisesOf = (plan: Plan) => plan.sessions.flatMap((s) => s.exercises);

describe('plan properties', () => {
  it('never progresses while pain rises', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const week = weekSignals(request.profile, request.state ?? {}, request.weekStart);
        fc.pre(week.painTrend === 'rising');
        const plan = generatePlan(request);
        expect(plan.changes.some((c) => c.kind === 'progress')).toBe(false);
      }),
      RUNS,
    );
  });

  it('never progresses unless pain is steady or falling', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const plan = generatePlan(request);
        const trend = painTrend(
          (request.state?.checkIns ?? []).filter((c) => c.date >= WEEK && c.date < NEXT),
        );
        if (plan.changes.some((c) => c.kind === 'progress')) {
          expect(['steady', 'falling']).toContain(trend);
        }
      }),
      RUNS,
    );
  });

  it('never includes an excluded exercise', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const plan = generatePlan(request);
        for (const e of exercisesOf(plan))
          expect(request.profile.exclude).not.toContain(e.exerciseId);
      }),
      RUNS,
    );
  });

  it('holds no loaded strengthening in an acute plan', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const plan = generatePlan(request);
        if (plan.phase !== 'acute') return;
        for (const e of exercisesOf(plan)) {
          const lib = libraryExercise(e.exerciseId);
          expect(lib === undefined ? true : isLoaded(lib)).toBe(false);
          expect(lib?.dose.phases).toContain('acute');
        }
      }),
      RUNS,
    );
  });

  it('gives the same plan for the same inputs', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        expect(generatePlan(request)).toEqual(generatePlan(structuredClone(request)));
      }),
      RUNS,
    );
  });

  it('has 3 to 5 exercises a session, or every one left, explained', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const plan = generatePlan(request);
        for (const s of plan.sessions) {
          expect(s.exercises.length).toBeLessThanOrEqual(5);
          if (s.exercises.length < 3) {
            expect(plan.explanations.some((x) => x.startsWith('Only '))).toBe(true);
          }
          expect(new Set(s.exercises.map((e) => e.exerciseId)).size).toBe(s.exercises.length);
        }
        expect(plan.sessions.length).toBe(plan.sessionsPerDay);
        expect(plan.sessionsPerDay).toBeLessThanOrEqual(3);
      }),
      RUNS,
    );
  });

  it('keeps every dose within the library’s range', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        for (const e of exercisesOf(generatePlan(request))) {
          const lib = libraryExercise(e.exerciseId);
          expect(lib).toBeDefined();
          if (lib === undefined) return;
          expect(e.holdSeconds).toBeGreaterThanOrEqual(lib.dose.holdSeconds.min);
          expect(e.holdSeconds).toBeLessThanOrEqual(lib.dose.holdSeconds.max);
          expect(e.reps).toBeGreaterThanOrEqual(lib.dose.reps.min);
          expect(e.reps).toBeLessThanOrEqual(lib.dose.reps.max);
        }
      }),
      RUNS,
    );
  });
});
