// Figures for the check in a person's own words, for `npm run bench`: on the 30 dev vignettes'
// `text` and on our own texts (tuning, held out and hostile), per-finding precision and recall and the
// result from the words alone against gold (exact, under, over); and descriptions read per second.
// Needs dist/node (the build makes it). Run alone: `node bench/triage-text.mjs`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TEXT = new URL('../dist/node/core/triage/text/', import.meta.url);
// /work/main and /work/shared are siblings, and CI puts shared/ beside the clone too.
const DEV_CASES = new URL('../../shared/vignettes/dev.json', import.meta.url);

/** The measured sets, each as the reader's figures. */
export async function textReadingFigures() {
  const { measure } = await import(new URL('metrics.js', TEXT).href);
  const { TUNING_TEXTS, HELD_OUT_TEXTS } = await import(new URL('own-texts.js', TEXT).href);
  const { HOSTILE_TEXTS, HOSTILE_TEXTS_3 } = await import(new URL('hostile-texts.js', TEXT).href);
  const dev = JSON.parse(readFileSync(fileURLToPath(DEV_CASES), 'utf8')).map((v) => ({
    id: v.id,
    text: v.text,
    ageYears: v.age,
    sex: v.sex,
    findings: v.findings,
    gold: v.gold,
  }));
  const summary = (f) => ({
    cases: f.cases,
    exact: f.exact,
    under: f.under,
    over: f.over,
    precision: Number(f.precision.toFixed(3)),
    precisionOnStated: Number(f.precisionOnStated.toFixed(3)),
    recall: Number(f.recall.toFixed(3)),
    perKey: f.perKey,
  });
  return {
    dev: summary(measure(dev)),
    tuning: summary(measure(TUNING_TEXTS)),
    heldOut: summary(measure(HELD_OUT_TEXTS)),
    hostile: summary(measure(HOSTILE_TEXTS)),
    hostile3: summary(measure(HOSTILE_TEXTS_3)),
  };
}

/** Descriptions read per second on one core, the dev texts round and round for about `seconds`. */
export async function descriptionsReadPerSecond(seconds = 2) {
  const { readDescription } = await import(new URL('index.js', TEXT).href);
  const texts = JSON.parse(readFileSync(fileURLToPath(DEV_CASES), 'utf8')).map((v) => v.text);
  let count = 0;
  let findings = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const text of texts) findings += readDescription(text).findings.length;
    count += texts.length;
  }
  if (findings === 0) throw new Error('the reader found nothing');
  return Math.round(count / ((performance.now() - started) / 1000));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await textReadingFigures();
  for (const [name, f] of Object.entries(figures)) {
    const { perKey: _perKey, ...rest } = f;
    console.log(name, rest);
  }
  console.log(`Descriptions read/s: ${await descriptionsReadPerSecond()}`);
}
