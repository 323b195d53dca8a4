/**
 * A small pattern language over tokens, so the lexicons can stay data a clinician can read:
 *
 *   "can't feel ~2 toilet? paper"    words in order; `~2` skips up to two words
 *   "pins and needles"               a phrase
 *   "tingl*"                         any word starting "tingl"
 *   "foot|feet"                      either word
 *   "passed_out|fainted"             an alternative of several words is joined by "_"
 *   "really?"                        an optional word (or alternatives: "a|an?")
 *   "#"                              a number
 *
 * Gaps never cross a sentence end, a comma or a negation, so a pattern finds words that belong
 * together: "knee and there's no tingling" is not tingling in the knee.
 */
import type { Token } from './tokens.js';

/** One word of an alternative: exact, or a prefix when written with a trailing `*`. */
type Word = { text: string; prefix: boolean };

type Element =
  | { kind: 'word'; options: readonly (readonly Word[])[]; optional: boolean }
  | { kind: 'number'; optional: boolean }
  | { kind: 'gap'; max: number };

export type Pattern = readonly Element[];

const GAP_STOPS = new Set([
  'no',
  'not',
  'never',
  'without',
  'nor',
  'neither',
  'but',
  'although',
  'though',
  'however',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "haven't",
  "hasn't",
  "wasn't",
]);

export function compile(source: string): Pattern {
  return source
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      const gap = /^~(\d+)$/.exec(part);
      if (gap?.[1] !== undefined) return { kind: 'gap', max: Number(gap[1]) };
      const optional = part.endsWith('?') && part.length > 1;
      const body = optional ? part.slice(0, -1) : part;
      if (body === '#') return { kind: 'number', optional };
      return {
        kind: 'word',
        options: body.split('|').map((alternative) =>
          alternative.split('_').map((w) => ({
            text: w.endsWith('*') ? w.slice(0, -1) : w,
            prefix: w.endsWith('*'),
          })),
        ),
        optional,
      };
    });
}

/** The literal words a pattern names, for the spelling corrector's vocabulary. */
export function wordsOf(pattern: Pattern): string[] {
  return pattern.flatMap((e) =>
    e.kind === 'word'
      ? e.options.flatMap((o) => o.filter((w) => !w.prefix).map((w) => w.text))
      : [],
  );
}

function wordAccepts(word: Word, token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  return word.prefix ? token.norm.startsWith(word.text) : token.norm === word.text;
}

/** How many tokens each alternative of an element covers when it matches at `at`. */
function lengthsAt(element: Element, tokens: readonly Token[], at: number): number[] {
  if (element.kind === 'number') return tokens[at]?.kind === 'number' ? [1] : [];
  if (element.kind !== 'word') return [];
  return element.options
    .filter((option) => option.every((word, i) => wordAccepts(word, tokens[at + i])))
    .map((option) => option.length);
}

/** The index just past the match when `pattern` matches at `at`, or -1. Shortest match wins. */
export function matchAt(pattern: Pattern, tokens: readonly Token[], at: number, from = 0): number {
  if (from === pattern.length) return at;
  const element = pattern[from];
  if (element === undefined) return at;
  if (element.kind === 'gap') {
    for (let skip = 0; skip <= element.max; skip++) {
      const end = matchAt(pattern, tokens, at + skip, from + 1);
      if (end >= 0) return end;
      const skipped = tokens[at + skip];
      if (skipped === undefined || skipped.kind === 'end' || skipped.kind === 'comma') break;
      if (GAP_STOPS.has(skipped.norm)) break;
    }
    return -1;
  }
  for (const length of lengthsAt(element, tokens, at)) {
    const end = matchAt(pattern, tokens, at + length, from + 1);
    if (end >= 0) return end;
  }
  return element.optional ? matchAt(pattern, tokens, at, from + 1) : -1;
}

/**
 * The words a match can start with, when the pattern's first element is a required word without
 * prefixes: most patterns, so most positions are passed over with one set lookup.
 */
const FIRST_WORDS = new WeakMap<Pattern, ReadonlySet<string> | null>();

function firstWordsOf(pattern: Pattern): ReadonlySet<string> | null {
  let first = FIRST_WORDS.get(pattern);
  if (first === undefined) {
    const element = pattern[0];
    first =
      element?.kind === 'word' &&
      !element.optional &&
      element.options.every((o) => o[0] !== undefined && !o[0].prefix)
        ? new Set(element.options.map((o) => (o[0] as Word).text))
        : null;
    FIRST_WORDS.set(pattern, first);
  }
  return first;
}

/** Every place a pattern matches, as token ranges [start, end). */
export function findAll(pattern: Pattern, tokens: readonly Token[]): Array<[number, number]> {
  const first = firstWordsOf(pattern);
  const found: Array<[number, number]> = [];
  for (let at = 0; at < tokens.length; at++) {
    if (first !== null && !first.has((tokens[at] as Token).norm)) continue;
    const end = matchAt(pattern, tokens, at);
    if (end > at) found.push([at, end]);
  }
  return found;
}
