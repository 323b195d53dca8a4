import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPlayer,
  MAX_ADDED_MS,
  type PlayerEvent,
  type PlayerState,
  reduce,
  view,
} from './machine.js';
import type { Session } from './session.js';
import { Session as SessionSchema } from './session.schema.js';
import { summary } from './summary.js';

const T0 = 1_700_000_000_000;

const exerciseArb = fc.record({
  exerciseId: fc.constantFrom('knee-to-chest', 'cat-cow', 'bird-dog', 'pelvic-tilt'),
  name: fc.constantFrom('Knee to chest', 'Cat-cow', 'Bird-dog', 'Pelvic tilt'),
  holdSeconds: fc.integer({ min: 1, max: 300 }),
  reps: fc.integer({ min: 1, max: 30 }),
  sets: fc.integer({ min: 1, max: 10 }),
  restSeconds: fc.integer({ min: 0, max: 300 }),
  setRestSeconds: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
  perSide: fc.boolean(),
});

const sessionArb: fc.Arbitrary<Session> = fc
  .record({
    exercises: fc.array(exerciseArb, { minLength: 1, maxLength: 3 }),
    transitionSeconds: fc.integer({ min: 0, max: 120 }),
  })
  .map((input) => SessionSchema.parse(input));

/**
 * Gaps between ticks, from an animation frame's few milliseconds to a quarter of the whole
 * session, as a tab that is throttled or asleep would see.
 */
function gapsArb(totalMs: number): fc.Arbitrary<number[]> {
  return fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 2_000 }),
      fc.integer({ min: 0, max: Math.ceil(totalMs / 4) }),
    ),
    { maxLength: 60 },
  );
}

const sessionAndGaps = sessionArb.chain((session) =>
  gapsArb(createPlayer(session).timeline.totalMs).map((gaps) => ({ session, gaps })),
);

function times(gaps: number[]): number[] {
  let t = T0;
  return gaps.map((gap) => {
    t += gap;
    return t;
  });
}

describe('the player under any session and any monotone clock', () => {
  it('never shows negative time, and progress only moves forward', () => {
    fc.assert(
      fc.property(sessionAndGaps, ({ session, gaps }) => {
        let state = reduce(createPlayer(session), { type: 'start', now: T0 });
        let progress = 0;
        for (const now of times(gaps)) {
          state = reduce(state, { type: 'tick', now });
          const v = view(state, now);
          expect(v.remainingMs).toBeGreaterThanOrEqual(0);
          expect(v.remainingMs).toBeLessThanOrEqual(v.phaseMs);
          expect(v.sessionRemainingSeconds).toBeGreaterThanOrEqual(0);
          expect(v.phaseProgress).toBeGreaterThanOrEqual(0);
          expect(v.phaseProgress).toBeLessThanOrEqual(1);
          expect(v.sessionProgress).toBeGreaterThanOrEqual(progress);
          expect(v.sessionProgress).toBeLessThanOrEqual(1);
          progress = v.sessionProgress;
        }
      }),
    );
  });

  it('lands in the same place whether ticked often or once', () => {
    fc.assert(
      fc.property(sessionAndGaps, ({ session, gaps }) => {
        const start = reduce(createPlayer(session), { type: 'start', now: T0 });
        const ts = times(gaps);
        const last = ts.at(-1) ?? T0;
        const often = ts.reduce((s, now) => reduce(s, { type: 'tick', now }), start);
        const once = reduce(start, { type: 'tick', now: last });
        expect(often).toEqual(once);
      }),
    );
  });

  it('always reaches done, at the planned end, when ticked past the total duration', () => {
    fc.assert(
      fc.property(sessionAndGaps, fc.nat(10_000_000), ({ session, gaps }, beyond) => {
        let state = reduce(createPlayer(session), { type: 'start', now: T0 });
        const { totalMs } = state.timeline;
        for (const now of times(gaps)) state = reduce(state, { type: 'tick', now });
        const end = Math.max(T0 + totalMs, state.clock ?? T0) + beyond;
        state = reduce(state, { type: 'tick', now: end });
        expect(state.status).toBe('done');
        expect(state.endedAt).toBe(T0 + totalMs);
        expect(view(state, end)).toMatchObject({ sessionProgress: 1, remainingMs: 0 });
        const s = summary(state);
        expect(s.totalSeconds).toBe(Math.round(totalMs / 1000));
        expect(s.exercisesDone.every((e) => e.completed)).toBe(true);
      }),
    );
  });
});

const buttonArb: fc.Arbitrary<(now: number) => PlayerEvent> = fc.oneof(
  { weight: 6, arbitrary: fc.constant((now: number) => ({ type: 'tick' as const, now })) },
  fc.constant((now: number) => ({ type: 'pause' as const, now })),
  fc.constant((now: number) => ({ type: 'resume' as const, now })),
  fc.constant((now: number) => ({ type: 'addTime' as const, now })),
  fc.constant((now: number) => ({ type: 'skip' as const, now })),
  fc.constant((now: number) => ({ type: 'skip' as const, now, to: 'exercise' as const })),
  fc.constant((now: number) => ({ type: 'back' as const, now })),
  { weight: 1, arbitrary: fc.constant((now: number) => ({ type: 'end' as const, now })) },
);

const sessionAndPresses = sessionArb.chain((session) => {
  const totalMs = createPlayer(session).timeline.totalMs;
  return fc
    .array(fc.tuple(buttonArb, fc.integer({ min: 0, max: Math.ceil(totalMs / 8) })), {
      maxLength: 40,
    })
    .map((presses) => ({ session, presses }));
});

describe('the player under any presses of its buttons', () => {
  it('keeps time non-negative, and only back and +10 s move progress backwards', () => {
    fc.assert(
      fc.property(sessionAndPresses, ({ session, presses }) => {
        let state: PlayerState = reduce(createPlayer(session), { type: 'start', now: T0 });
        let now = T0;
        let progress = 0;
        for (const [press, gap] of presses) {
          now += gap;
          const event = press(now);
          state = reduce(state, event);
          const v = view(state, now);
          expect(v.remainingMs).toBeGreaterThanOrEqual(0);
          expect(v.sessionProgress).toBeGreaterThanOrEqual(0);
          expect(v.sessionProgress).toBeLessThanOrEqual(1);
          if (event.type !== 'back' && event.type !== 'addTime') {
            expect(v.sessionProgress).toBeGreaterThanOrEqual(progress);
          }
          progress = v.sessionProgress;
        }
        // Whatever was pressed, a session left running reaches done once its time has passed.
        if (state.status === 'paused') state = reduce(state, { type: 'resume', now });
        if (state.status === 'running') {
          const worstCase = state.timeline.totalMs + MAX_ADDED_MS;
          state = reduce(state, { type: 'tick', now: now + worstCase });
          expect(state.status).toBe('done');
        }
      }),
    );
  });
});
