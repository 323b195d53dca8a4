/**
 * Builds the record of a finished or stopped session from the player's state, without a
 * validator, so the browser can keep it as it is; `log.ts` checks the same record with zod
 * wherever it arrives from outside. Pain scores are whole numbers 0–10 and 0 is a real score, so
 * absence is tested with `=== undefined`, never truthiness.
 */
import type { PainScore } from '../units.js';
import { isFinished, type PlayerState } from './machine.js';
import { type ExerciseDone, summary } from './summary.js';

export interface SessionRecord {
  id: string;
  startedAt: string;
  endedAt: string;
  exercises: ExerciseDone[];
  /** Seconds of the session without pauses. */
  activeSeconds?: number;
  painBefore0to10?: PainScore;
  painAfter0to10?: PainScore;
  stoppedForPain: boolean;
  /** The pain that stopped the session, asked right after "This hurts". */
  stopPain0to10?: PainScore;
  /** The clinician's programme the session ran, when it ran one. */
  programmeId?: string;
}

export interface SessionLogExtras {
  /** A UUIDv7 made by the caller (see ids.ts), so a log saved twice is stored once. */
  id: string;
  painBefore0to10?: PainScore | undefined;
  painAfter0to10?: PainScore | undefined;
  stopPain0to10?: PainScore | undefined;
  programmeId?: string | undefined;
}

export function buildSessionRecord(state: PlayerState, extras: SessionLogExtras): SessionRecord {
  if (!isFinished(state) || state.startedAt === null || state.endedAt === null) {
    throw new RangeError('a session is logged once it is done or stopped');
  }
  const s = summary(state);
  const record: SessionRecord = {
    id: extras.id,
    startedAt: new Date(state.startedAt).toISOString(),
    endedAt: new Date(state.endedAt).toISOString(),
    exercises: s.exercisesDone.map((e) => ({ ...e })),
    activeSeconds: s.totalSeconds,
    stoppedForPain: s.stoppedForPain,
  };
  // Absent scores stay absent rather than becoming `undefined` keys in the stored record.
  if (extras.painBefore0to10 !== undefined) record.painBefore0to10 = extras.painBefore0to10;
  if (extras.painAfter0to10 !== undefined) record.painAfter0to10 = extras.painAfter0to10;
  if (extras.stopPain0to10 !== undefined) record.stopPain0to10 = extras.stopPain0to10;
  if (extras.programmeId !== undefined) record.programmeId = extras.programmeId;
  return record;
}
