/**
 * What a session amounted to: per exercise, the reps and sets actually held to the end (a skipped
 * hold is not a done one), the active time without pauses, and whether it was stopped for pain.
 * The end screen shows it and the session log stores it.
 */
import type { PlayerState } from './machine.js';

export interface ExerciseDone {
  readonly exerciseId: string;
  /** Reps held to the end, over all sets; a two-sided rep counts once both sides are held. */
  readonly repsDone: number;
  /** Sets whose every rep was held to the end. */
  readonly setsDone: number;
  readonly completed: boolean;
}

export interface SessionSummary {
  /** Every exercise of the session, in order, including those not reached. */
  readonly exercisesDone: readonly ExerciseDone[];
  /** Seconds from start to end (or to the last event, if still going), without pauses. */
  readonly totalSeconds: number;
  readonly stoppedForPain: boolean;
  /** Clock times in milliseconds; null before start and, for `endedAt`, until the end. */
  readonly startedAt: number | null;
  readonly endedAt: number | null;
}

export function summary(state: PlayerState): SessionSummary {
  const done = new Set(state.holdsDone);
  // Per exercise, per set, per rep: how many of its holds (one or two sides) ran to the end.
  const held = new Map<string, { held: number; of: number }>();
  state.timeline.steps.forEach((step, index) => {
    if (step.kind !== 'hold') return;
    const key = `${step.exerciseIndex}/${step.set}/${step.rep}`;
    const entry = held.get(key) ?? { held: 0, of: 0 };
    held.set(key, { held: entry.held + (done.has(index) ? 1 : 0), of: entry.of + 1 });
  });

  const exercisesDone = state.session.exercises.map((exercise, e) => {
    let repsDone = 0;
    let setsDone = 0;
    for (let set = 1; set <= exercise.sets; set++) {
      let repsInSet = 0;
      for (let rep = 1; rep <= exercise.reps; rep++) {
        const entry = held.get(`${e}/${set}/${rep}`);
        if (entry !== undefined && entry.held === entry.of) repsInSet++;
      }
      repsDone += repsInSet;
      if (repsInSet === exercise.reps) setsDone++;
    }
    return {
      exerciseId: exercise.exerciseId,
      repsDone,
      setsDone,
      completed: setsDone === exercise.sets,
    };
  });

  let activeMs = 0;
  if (state.startedAt !== null) {
    const until = state.endedAt ?? state.pausedAt ?? state.clock ?? state.startedAt;
    activeMs = Math.max(0, until - state.startedAt - state.pausedTotalMs);
  }
  return {
    exercisesDone,
    totalSeconds: Math.round(activeMs / 1000),
    stoppedForPain: state.stoppedForPain,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
  };
}

/**
 * The exercise a "This hurts" stop happened on: the first not finished (the last one if all were).
 * The plan's progression and the clinician's view both read stops this way.
 */
export function stoppedOn(log: {
  stoppedForPain: boolean;
  exercises: readonly Pick<ExerciseDone, 'exerciseId' | 'completed'>[];
}): string | undefined {
  if (!log.stoppedForPain) return undefined;
  return (log.exercises.find((e) => !e.completed) ?? log.exercises.at(-1))?.exerciseId;
}

/**
 * Whether a logged session counts as one done: an exercise finished, or a "This hurts" stop (the
 * person tried). A session ended at once keeps a log but is not one done. The plan's adherence
 * and a programme's both count this way.
 */
export function countsAsDone(log: {
  stoppedForPain: boolean;
  exercises: readonly Pick<ExerciseDone, 'completed'>[];
}): boolean {
  return log.stoppedForPain || log.exercises.some((e) => e.completed);
}
