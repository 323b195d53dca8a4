// Triage figures for `npm run bench`: how many checks the compiled engine evaluates per second,
// and how `POST /api/v1/triage` holds up under load. Needs dist/node (the build makes it).
// Run alone: `node bench/triage.mjs [http://127.0.0.1:PORT]` prints the figures.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load } from './lib.mjs';

const ENGINE = new URL('../dist/node/core/triage/index.js', import.meta.url);
// The answers' schema lives beside the engine, zod kept out of the engine's own module.
const ANSWERS = new URL('../dist/node/core/triage/answers.schema.js', import.meta.url);
// /work/main and /work/shared are siblings, and CI puts shared/ beside the clone too.
const DEV_CASES = new URL('../../shared/vignettes/dev.json', import.meta.url);

/**
 * A whole calm check, as the browser sends it at the end: every question the engine asks on the
 * way to "look after it at home" answered. It is the longest path, so the costliest to evaluate.
 */
export const CALM_ANSWERS = {
  saddleNumbness: false,
  newBladderOrBowelProblem: false,
  bilateralLegSymptoms: false,
  legWeakness: 'none',
  onsetAfterTrauma: 'none',
  chestPain: false,
  abdominalPain: false,
  pulsatingAbdomen: false,
  fever: false,
  ivDrugUseOrImmunosuppressed: false,
  historyOfCancer: false,
  unexplainedWeightLoss: false,
  nightPainUnrelievedByRest: false,
  painWorseOnCoughOrStrain: false,
  painBetweenShoulderBlades: false,
  backLumpOrShapeChange: false,
  osteoporosisOrLongTermSteroids: false,
  canWalk: true,
  ageYears: 34,
  durationDays: 2,
  trend: 'better',
  painBelowKnee: false,
  legNumbnessOrTingling: false,
  priorEpisodes: 1,
  painNow0to10: 5,
};

/** Evaluations per second of the dev vignettes, run round and round for about `seconds`. */
export async function triageEvaluationsPerSecond(seconds = 2) {
  const { evaluate } = await import(ENGINE.href);
  const { parseAnswers } = await import(ANSWERS.href);
  const cases = JSON.parse(readFileSync(fileURLToPath(DEV_CASES), 'utf8')).map((vignette) => {
    const parsed = parseAnswers(vignette.findings);
    if (!parsed.ok) throw new Error(`${vignette.id}: ${JSON.stringify(parsed.errors)}`);
    return parsed.answers;
  });
  const round = () => {
    // Counting results keeps the work observable, so nothing can be optimised away.
    let emergencies = 0;
    for (const answers of cases) if (evaluate(answers).disposition === 'emergency') emergencies++;
    return emergencies;
  };
  const warmUntil = performance.now() + 200;
  while (performance.now() < warmUntil) round();

  let evaluations = 0;
  let emergencies = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    emergencies += round();
    evaluations += cases.length;
  }
  const elapsed = (performance.now() - started) / 1000;
  if (emergencies === 0)
    throw new Error('no dev case gave an emergency: the engine is not running');
  return Math.round(evaluations / elapsed);
}

/**
 * Loads `POST /api/v1/triage` on a running Unknot at `url` with a whole calm check, 100
 * connections, for `seconds`. Fails first if the route does not answer 200, so errors are never
 * what gets measured.
 */
export async function triageLoad(url, seconds = 10) {
  const target = `${url.replace(/\/$/, '')}/api/v1/triage`;
  const body = JSON.stringify(CALM_ANSWERS);
  const headers = { 'content-type': 'application/json' };
  const probe = await fetch(target, { method: 'POST', headers, body });
  if (probe.status !== 200) {
    throw new Error(`POST ${target} answered ${probe.status}: ${await probe.text()}`);
  }
  const result = await load({ url: target, method: 'POST', body, headers, seconds });
  return {
    requestsPerSecond: result.requestsPerSecond,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    failed: result.non2xx + result.errors,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`Triage evaluations/s: ${await triageEvaluationsPerSecond()}`);
  const url = process.argv[2];
  if (url !== undefined) console.log('POST /api/v1/triage:', await triageLoad(url, 5));
}
