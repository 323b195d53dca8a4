/**
 * Turns a plan's session into what the session player runs, with the same rests the plan's
 * minutes were estimated with, so "about 5 minutes" on the plan is about 5 minutes in the player.
 */
import type { Session } from '../player/session.js';
import { REST_SECONDS, TRANSITION_SECONDS } from './catalogue.js';
import type { PlanSession } from './types.js';

export function toPlayerSession(session: PlanSession): Session {
  return {
    exercises: session.exercises.map((e) => ({
      exerciseId: e.exerciseId,
      name: e.name,
      holdSeconds: e.holdSeconds,
      reps: e.reps,
      sets: e.sets,
      restSeconds: REST_SECONDS,
      sides: e.perSide ? 'both' : 'one',
      cues: {},
    })),
    transitionSeconds: TRANSITION_SECONDS,
  };
}
