/**
 * The plan's words on screen: phase names, session names from their ids, and a planned dose in a
 * few words ("Hold 10 s · 5 times each side · 1 set").
 */
import type { PlanExercise, PlanPhase } from '../../core/plan/types.js';
import { duration } from '../exercises/catalogue.js';

export const PHASE_LABELS: Record<PlanPhase, string> = {
  acute: 'Acute phase: gentle relief',
  recovery: 'Recovery phase',
  prevention: 'Prevention phase',
};

/** 'morning' -> 'Morning'; an unknown id is shown as written, first letter raised. */
export function sessionLabel(id: string): string {
  const words = id.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function planDose(e: PlanExercise, continuous: boolean): string {
  if (continuous) return `${duration(e.holdSeconds)} at an easy pace`;
  return [
    `Hold ${duration(e.holdSeconds)}`,
    `${e.reps} ${e.reps === 1 ? 'time' : 'times'}${e.perSide ? ' each side' : ''}`,
    `${e.sets} ${e.sets === 1 ? 'set' : 'sets'}`,
  ].join(' · ');
}
