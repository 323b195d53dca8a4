/**
 * The plan's words on screen: phase names and session names from their ids (a planned dose is said
 * with web/format.ts's doseWords, as everywhere).
 */
import type { PlanPhase } from '../../core/plan/types.js';

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
