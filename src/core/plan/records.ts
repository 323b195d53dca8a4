/**
 * The plan's records as a person keeps them (schemas in records.schema.ts): the profile the plan is
 * made from, this week's plan and the habits ticked (pain scores are the diary's, core/diary).
 * Each is the data of one record kind (core/sync/kinds.ts); the record's id, change stamp and
 * deleted flag wrap it.
 */
import type { IsoDate, IsoInstant } from '../units.js';
import type { Plan, Profile } from './types.js';

export interface ProfileRecord {
  profile: Profile;
  /** True when the person skipped the questions and the defaults stand. */
  skipped: boolean;
  savedAt: IsoInstant;
}

export interface PlanRecord {
  plan: Plan;
  /**
   * This week's plan as first made, before this week's check-ins and sessions: "Regenerate"
   * adapts from it, so regenerating twice adapts once.
   */
  base: Plan;
  /** Last week's plan, which this week's first plan adapted from. */
  previous?: Plan;
  generatedAt: IsoInstant;
}

/** A habit ticked off on a local date; unticking leaves a tombstone. */
export interface HabitTick {
  date: IsoDate;
  habitId: string;
}
