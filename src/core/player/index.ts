/**
 * The session player's core in one import for the browser: the state machine, its cues, the
 * summary and the stored log. `session.ts` and `log.ts` bring zod; the machine itself does not.
 */
export { type Cue, cues } from './cues.js';
export {
  ADD_TIME_MS,
  createPlayer,
  currentStep,
  isActive,
  isFinished,
  MAX_ADDED_MS,
  type PlayerEvent,
  type PlayerState,
  type PlayerStatus,
  type PlayerView,
  reduce,
  type UpcomingPhase,
  view,
} from './machine.js';
export { type ExerciseDone, type SessionSummary, summary } from './summary.js';
export { GET_READY_MS, PHASE_KINDS, type PhaseKind, type Side, type Step } from './timeline.js';
