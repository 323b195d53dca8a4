/**
 * The addresses the relief steps link to: the full check and the session player, which other
 * features own, with the query the player reads to run the gentle session.
 */
import type { ExerciseDose } from '../../core/exercises/dose.js';
import { sessionPath } from '../player/path.js';
import { PATHS } from '../routes.js';

export const SPASM_PATH = PATHS.spasm;
export const CHECK_PATH = PATHS.check;

/**
 * The session player, running these exercises at the doses the step shows, told it was opened
 * from the relief steps.
 */
export function gentleSessionPath(exercises: readonly ExerciseDose[]): string {
  return sessionPath(
    exercises.map((e) => e.exerciseId),
    'relief',
    exercises,
  );
}
