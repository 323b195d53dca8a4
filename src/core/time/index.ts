/**
 * Time for core, the browser and the CLI alike: calendar days and clock times (calendar.ts) and
 * instants as they read in a person's time zone (zone.ts). One module, so a day, a week or a
 * local date is worked out the same way everywhere.
 */
export * from './calendar.js';
export * from './zone.js';
