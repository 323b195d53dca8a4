/**
 * What the session player is given: an ordered list of exercises, each a dose (core/exercises/
 * dose.ts) with its rests and spoken cues. The schema that checks a session wherever it is made
 * from outside is in session.schema.ts, so the player itself never meets a zero-second hold or a
 * thousand reps; the browser builds sessions within the same ranges without loading it.
 */
import type { TimedDose } from '../exercises/dose.js';

/** Words spoken at three moments of an exercise; each is optional and spoken after our own words. */
export interface ExerciseCues {
  /** How to get into position, said when the exercise is announced ("Lie on your back…"). */
  start?: string | undefined;
  /** Said as each hold begins, typically the breathing cue ("Breathe slowly…"). */
  hold?: string | undefined;
  /** Said as each hold ends ("Lower your foot back to the floor."). */
  release?: string | undefined;
}

export interface SessionExercise extends TimedDose {
  exerciseId: string;
  name: string;
  cues: ExerciseCues;
}

export interface Session {
  exercises: SessionExercise[];
  /** The "next exercise" pause to change position between two exercises; 0 skips it. */
  transitionSeconds: number;
}
