/**
 * The session player's core in one import for the browser: the state machine, its cues, the
 * summary and the record kept of a session (the dose and its limits are core/exercises/dose.ts).
 * `session.schema.ts` and `log.schema.ts` bring zod; nothing exported here does.
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
  type PlayerPlace,
  type PlayerState,
  type PlayerStatus,
  type PlayerView,
  placeOf,
  reduce,
  resumeAt,
  type UpcomingPhase,
  view,
} from './machine.js';
export { buildSessionRecord, type SessionLogExtras, type SessionRecord } from './record.js';
export { type ExerciseDone, type SessionSummary, summary } from './summary.js';
export { GET_READY_MS, PHASE_KINDS, type PhaseKind, type Side, type Step } from './timeline.js';
