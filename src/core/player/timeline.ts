/**
 * A session laid out as the flat list of timed phases the player walks through. Laying it out once
 * makes every question the player asks (where am I at this moment, how much is left, what comes
 * next) a lookup instead of a recount, and lets a late clock jump across many phases in one go.
 */
import { GET_READY_SECONDS } from '../exercises/dose.js';
import type { Session } from './session.js';

/** The fixed "3, 2, 1" before the first hold of every exercise. */
export const GET_READY_MS = GET_READY_SECONDS * 1000;

export const PHASE_KINDS = ['get-ready', 'hold', 'rest', 'set-rest', 'next-exercise'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** Side of a two-sided hold: 1 for the first side, 2 for the other; null for a one-sided one. */
export type Side = 1 | 2 | null;

export interface Step {
  readonly kind: PhaseKind;
  readonly exerciseIndex: number;
  /**
   * The set, rep and side of the hold this step is or leads to, so a rest already shows what
   * comes next ("set 2, rep 1"). Counted from 1.
   */
  readonly set: number;
  readonly rep: number;
  readonly side: Side;
  readonly durationMs: number;
  /** Where the step starts on the planned timeline, with no pauses and no added time. */
  readonly offsetMs: number;
}

export interface Timeline {
  readonly steps: readonly Step[];
  readonly totalMs: number;
  /** For each exercise, the index of its get-ready step: where "back" lands. */
  readonly exerciseStarts: readonly number[];
}

export function buildTimeline(session: Session): Timeline {
  const steps: Step[] = [];
  const exerciseStarts: number[] = [];
  let offsetMs = 0;
  const push = (step: Omit<Step, 'offsetMs'>) => {
    // Zero-second rests are left out rather than kept as empty phases the person would never see.
    if (step.durationMs <= 0) return;
    steps.push({ ...step, offsetMs });
    offsetMs += step.durationMs;
  };

  session.exercises.forEach((exercise, exerciseIndex) => {
    const sides: Side[] = exercise.perSide ? [1, 2] : [null];
    const first = { exerciseIndex, set: 1, rep: 1, side: sides[0] ?? null };
    if (exerciseIndex > 0) {
      push({ kind: 'next-exercise', ...first, durationMs: session.transitionSeconds * 1000 });
    }
    exerciseStarts.push(steps.length);
    push({ kind: 'get-ready', ...first, durationMs: GET_READY_MS });
    const setRestMs = (exercise.setRestSeconds ?? exercise.restSeconds) * 1000;
    for (let set = 1; set <= exercise.sets; set++) {
      for (let rep = 1; rep <= exercise.reps; rep++) {
        sides.forEach((side, s) => {
          push({
            kind: 'hold',
            exerciseIndex,
            set,
            rep,
            side,
            durationMs: exercise.holdSeconds * 1000,
          });
          const lastOfSet = rep === exercise.reps && s === sides.length - 1;
          if (!lastOfSet) {
            const next =
              s < sides.length - 1
                ? { set, rep, side: sides[s + 1] ?? null }
                : { set, rep: rep + 1, side: sides[0] ?? null };
            push({
              kind: 'rest',
              exerciseIndex,
              ...next,
              durationMs: exercise.restSeconds * 1000,
            });
          }
        });
      }
      if (set < exercise.sets) {
        push({
          kind: 'set-rest',
          exerciseIndex,
          set: set + 1,
          rep: 1,
          side: sides[0] ?? null,
          durationMs: setRestMs,
        });
      }
    }
  });

  return { steps, totalMs: offsetMs, exerciseStarts };
}
