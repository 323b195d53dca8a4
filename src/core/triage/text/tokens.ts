/**
 * A person's text as tokens that remember where they came from. Each token keeps its character
 * offsets in the original text, so every finding can point at the words that led to it, and a
 * normalised form the lexicons match on: lower case, one apostrophe, common contractions written
 * out the same way whether or not the apostrophe was typed ("cant", "can't", "can’t", "cannot").
 *
 * Sentence ends (. ! ? ; and line breaks) are tokens of their own kind, so the same words with
 * different spacing, case or repeated punctuation give the same tokens.
 */

export type TokenKind = 'word' | 'number' | 'comma' | 'end' | 'other';

/**
 * A word looked up in a table of words: own entries only, so a person who types "constructor" or
 * "__proto__" gets no inherited property of Object back.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

export interface Token {
  /** Normalised form the lexicons match on. */
  norm: string;
  kind: TokenKind;
  start: number;
  end: number;
}

/** Contractions typed without an apostrophe, and the long forms, written one way. */
const SPELLINGS: Record<string, string> = {
  cant: "can't",
  cannot: "can't",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  aint: "ain't",
  im: "i'm",
  ive: "i've",
  id: "i'd",
  ill: "i'll",
  its: "it's",
  thats: "that's",
  theres: "there's",
  whats: "what's",
};

/** Contractions of "is" and "us" that are read whole. */
const KEPT_WHOLE = new Set(["it's", "that's", "there's", "what's", "he's", "she's", "let's"]);

// Words, decimals ("38.4"), and the punctuation that shapes clauses. A word may carry one inner
// apostrophe ("can't", "toilet's"); hyphens only join words, so "light-headed" reads as
// "light headed" and "52-year-old" as "52 year old".
const TOKEN =
  /([a-z\u00c0-\u024f]+(?:['\u2019\u2018][a-z]+)?)|(\d+(?:\.\d+)?)|(,)|([.!?;\n]+)|([^\s-])/giu;

/**
 * "Between my legs" names the saddle area, not the legs: the last word is read as "groin" so the
 * leg phrases never take it for a leg symptom.
 */
function readSaddleArea(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.norm !== 'legs' && t.norm !== 'thighs') continue;
    const back =
      tokens[i - 1]?.norm === 'between'
        ? 1
        : tokens[i - 2]?.norm === 'between' &&
            /^(my|the|your|his|her)$/.test(tokens[i - 1]?.norm ?? '')
          ? 2
          : 0;
    if (back > 0) tokens[i] = { ...t, norm: 'groin' };
  }
  return tokens;
}

export function tokenize(text: string): Token[] {
  return readSaddleArea(splitTokens(text));
}

function splitTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const raw = match[0];
    const end = start + raw.length;
    if (match[1] !== undefined) {
      const lower = raw.toLowerCase().replace(/[\u2019\u2018]/g, "'");
      // "toilet's" → "toilet" "'s": the "'s" may be "is" ("the toilet's fine") or a possessive
      // ("my son's bike"), so it stays its own word that linking phrases may cross.
      const possessive = /^([a-z\u00c0-\u024f]+)'s$/u.exec(lower);
      if (
        possessive?.[1] !== undefined &&
        lookup(SPELLINGS, lower) === undefined &&
        !KEPT_WHOLE.has(lower)
      ) {
        const stem = possessive[1];
        tokens.push({ norm: stem, kind: 'word', start, end: start + stem.length });
        tokens.push({ norm: "'s", kind: 'word', start: start + stem.length, end });
        continue;
      }
      tokens.push({ norm: lookup(SPELLINGS, lower) ?? lower, kind: 'word', start, end });
    } else if (match[2] !== undefined) {
      tokens.push({ norm: raw, kind: 'number', start, end });
    } else if (match[3] !== undefined) {
      tokens.push({ norm: ',', kind: 'comma', start, end });
    } else if (match[4] !== undefined) {
      // A decimal point inside a number never gets here: the number pattern took it.
      // A question keeps its mark, so "Fever? Nope." reads as an answer (context.ts).
      tokens.push({ norm: raw.includes('?') ? '?' : '.', kind: 'end', start, end });
    } else {
      tokens.push({ norm: raw, kind: 'other', start, end });
    }
  }
  return tokens;
}
