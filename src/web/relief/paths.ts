/**
 * The addresses the relief steps link to: the full check and the session player, which other
 * features own, with the query the player reads to run the gentle session.
 */
import { PATHS } from '../routes.js';

export const SPASM_PATH = PATHS.spasm;
export const CHECK_PATH = PATHS.check;

/** The session player, running these exercises, told it was opened from the relief steps. */
export function gentleSessionPath(exerciseIds: readonly string[]): string {
  return `${PATHS.session}?exercises=${exerciseIds.map(encodeURIComponent).join(',')}&from=relief`;
}
