// Diary figures for `npm run bench`: how many times a second core sums up a year of daily entries
// (episodes, trend and every escalation rule), as the diary page and Today do on each visit.
// Needs dist/node (the build makes it). Run alone: `node bench/diary.mjs`.
import { pathToFileURL } from 'node:url';

const SUMMARY = new URL('../dist/node/core/diary/summary.js', import.meta.url);
const FIXTURES = new URL('../dist/node/core/diary/fixtures.js', import.meta.url);

/** Summaries of 365 daily entries per second, run round and round for about `seconds`. */
export async function diarySummariesPerSecond(seconds = 2) {
  const { diarySummary } = await import(SUMMARY.href);
  const { yearOfEntries } = await import(FIXTURES.href);
  const entries = yearOfEntries();
  const today = '2026-02-28';
  // Warm up, so the figure is the steady state.
  for (let i = 0; i < 20; i++) diarySummary(entries, today, 'Europe/London');
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    diarySummary(entries, today, 'Europe/London');
    runs++;
  }
  return Math.round(runs / ((performance.now() - start) / 1000));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(
    `Diary summaries of a year (365 entries) per second: ${await diarySummariesPerSecond()}`,
  );
}
