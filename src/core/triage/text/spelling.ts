/**
 * Spelling slips mended before the lexicons look: "numbess", "tingleing", "feaver", "bowles". A
 * word the lexicons do not know is replaced by the one lexicon word within one edit (two for long
 * words; a swap of neighbouring letters counts as one), starting with the same letter, when there
 * is exactly one such word. Real words near those targets ("fiver" near "fever", "seats" near
 * "sweats") are never changed: see spelling-guard.ts.
 */
import { LEXICON } from './lexicon.js';
import { compile, wordsOf } from './patterns.js';
import { REAL_WORDS_NEAR_TARGETS } from './spelling-guard.js';
import type { Token } from './tokens.js';

/** Slips too far for the rule above but common enough to name. */
export const KNOWN_SLIPS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    temprature: 'temperature',
    tempreture: 'temperature',
    temperture: 'temperature',
    tempature: 'temperature',
    feaver: 'fever',
    fevour: 'fever',
    numbnes: 'numbness',
    numbess: 'numbness',
    numbniss: 'numbness',
    tinglin: 'tingling',
    tingleing: 'tingling',
    incontinance: 'incontinence',
    sciatia: 'sciatica',
    siatica: 'sciatica',
    shivvers: 'shivers',
    osteoperosis: 'osteoporosis',
    osteoporsis: 'osteoporosis',
    prednisalone: 'prednisolone',
    prednislone: 'prednisolone',
    cancar: 'cancer',
    tumer: 'tumour',
    stomache: 'stomach',
    tummie: 'tummy',
    bladdar: 'bladder',
    bladda: 'bladder',
    bowles: 'bowels',
    throbing: 'throbbing',
    pregant: 'pregnant',
    pregnent: 'pregnant',
    urin: 'urine',
    nite: 'night',
    paracetemol: 'paracetamol',
    paracetomol: 'paracetamol',
    yestarday: 'yesterday',
    yesturday: 'yesterday',
    yesteday: 'yesterday',
    yesterdy: 'yesterday',
  }),
);

/** Every literal word the lexicons name: a word among them is never "mended". */
const VOCABULARY: ReadonlySet<string> = new Set(
  LEXICON.flatMap((e) => e.patterns.flatMap((p) => wordsOf(compile(p)))).filter((w) =>
    /^[a-z]+$/.test(w),
  ),
);

/**
 * The words a slip is mended towards: the long, telling words of the findings. Everyday words of
 * the lexicons ("better", "around") are left out: too many real words sit one edit from them.
 */
const TARGETS: readonly string[] = [
  'numbness',
  'numb',
  'tingling',
  'tingles',
  'tingly',
  'needles',
  'temperature',
  'fever',
  'feverish',
  'shivers',
  'shivering',
  'shivery',
  'sweats',
  'bladder',
  'bowels',
  'incontinent',
  'incontinence',
  'waterworks',
  'toilet',
  'erection',
  'ejaculation',
  'weakness',
  'weaker',
  'slapping',
  'catching',
  'sciatica',
  'buttock',
  'buttocks',
  'bottom',
  'backside',
  'genitals',
  'saddle',
  'shoulder',
  'blades',
  'osteoporosis',
  'osteopenia',
  'steroids',
  'steroid',
  'prednisolone',
  'prednisone',
  'methotrexate',
  'chemotherapy',
  'radiotherapy',
  'cancer',
  'tumour',
  'tumor',
  'lymphoma',
  'leukaemia',
  'leukemia',
  'myeloma',
  'heroin',
  'injecting',
  'immune',
  'transplant',
  'throbbing',
  'pulsating',
  'abdomen',
  'abdominal',
  'stomach',
  'tummy',
  'faint',
  'fainted',
  'lightheaded',
  'dizzy',
  'chest',
  'tightness',
  'coughing',
  'sneezing',
  'straining',
  'pregnant',
  'pregnancy',
  'accident',
  'motorbike',
  'ladder',
  'slipped',
  'tripped',
  'swelling',
  'weight',
  'improving',
  'getting',
  'worse',
  'worsening',
  'comfortable',
  'position',
  'walking',
  'paper',
  'wiping',
  'feeling',
  'sensation',
];

const BY_FIRST_LETTER: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const word of TARGETS) {
    if (word.length < 5) continue;
    const list = map.get(word[0] as string) ?? [];
    list.push(word);
    map.set(word[0] as string, list);
  }
  return map;
})();

/** Optimal string alignment distance (edits, with a swap of neighbours as one), capped early. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > cap) return cap + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** The lexicon word a slip stands for, or undefined when the word is known or too unlike any. */
export function mendWord(word: string): string | undefined {
  const known = KNOWN_SLIPS.get(word);
  if (known !== undefined) return known;
  if (word.length < 5 || VOCABULARY.has(word) || REAL_WORDS_NEAR_TARGETS.has(word))
    return undefined;
  if (!/^[a-z]+$/.test(word)) return undefined;
  const cap = word.length >= 9 ? 2 : 1;
  const near = (BY_FIRST_LETTER.get(word[0] as string) ?? []).filter(
    (w) => editDistance(word, w, cap) <= cap,
  );
  return near.length === 1 ? near[0] : undefined;
}

export function mendSpelling(tokens: readonly Token[]): Token[] {
  return tokens.map((t) => {
    if (t.kind !== 'word') return t;
    const mended = mendWord(t.norm);
    return mended === undefined ? t : { ...t, norm: mended };
  });
}

export const LEXICON_WORDS = VOCABULARY;
