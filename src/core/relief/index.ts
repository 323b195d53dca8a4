/**
 * The public API of "I have a spasm now", shared by the browser and the server. Typical use:
 *
 *   const steps = reliefProtocol();           // ordered; every step skippable
 *   // a 'timer' or 'breathing' step: step.durationSeconds within step.timer's limits;
 *   // lengthenTimer(step.timer, seconds) for "+"; breathAt(step.pace, elapsedMs) to animate.
 *
 * `schema.ts` (zod) describes the steps for the API; this index loads no validator.
 */
export { type BreathMoment, type BreathPart, breathAt, breathSeconds } from './breathing.js';
export { RELIEF_QUESTION_IDS, reliefProtocol, reliefStep } from './protocol.js';
export type {
  BreathingPace,
  MedicineClass,
  ReliefAction,
  ReliefStep,
  ReliefStepKind,
  SessionExercise,
  TimerLimits,
} from './schema.js';
export { canLengthen, clampTimerSeconds, lengthenTimer } from './timer.js';
