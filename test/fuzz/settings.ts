/** The fuzz run `npm test` makes, which is also what `npm run fuzz` runs unless told otherwise. */

/** Fixed, so every run sends the same requests. */
export const FUZZ_SEED = 20_260_302;
/** Bounded so the suite adds well under a minute to `npm test` on a 2-core machine. */
export const FUZZ_COUNT = 5000;
