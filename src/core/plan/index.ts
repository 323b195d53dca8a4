/**
 * The plan's zod-free API for the browser, the server and the CLI: the types, the engine, the
 * habits and the calendar export. The zod schemas live in `schema.ts` (and `profile.schema.ts`
 * parses with them), so importing this module never loads a validator.
 */
export { type IcsOptions, planToIcs } from '../export/ics.js';
export { LIBRARY } from './catalogue.js';
export { generatePlan, phaseFor, sessionSlug } from './engine.js';
export { HABITS, habitsFor, streak } from './habits.js';
export { describeRules, EXERCISE_RULES } from './progression.js';
export * from './types.js';
