/**
 * The ranges a session's numbers must fall in, kept apart from the zod schema so the browser can
 * build sessions within them without loading a validator.
 */
export const HOLD_SECONDS = { min: 1, max: 300 } as const;
export const REPS = { min: 1, max: 30 } as const;
export const SETS = { min: 1, max: 10 } as const;
export const REST_SECONDS = { min: 0, max: 300 } as const;
export const TRANSITION_SECONDS = { min: 0, max: 120, default: 10 } as const;
/** Enough for any programme a person would follow in one go, and a bound on the timeline's size. */
export const MAX_EXERCISES = 20;
