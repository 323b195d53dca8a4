/**
 * How Unknot reads words for search: lower case, accents and apostrophes folded, common words
 * dropped, usual misspellings mended and plural, -ing or -ed endings trimmed, applied the same way
 * to content and to what a person types, so "stretches", "stretching" and "stretch" meet.
 */

const STOP_WORDS = new Set(
  [
    'a an and are as at be but by can do does for from have how i if in is it its me my of on or',
    'so that the this to was what when where which who why will with you your should would could',
    'am im ive id cant dont doesnt wont isnt got get any some just there then than',
  ]
    .join(' ')
    .split(' '),
);

/** Spellings people type that the content does not use. */
const SPELLINGS: Record<string, string> = {
  spazm: 'spasm',
  spazms: 'spasm',
  spasams: 'spasm',
  spasam: 'spasm',
  excercise: 'exercise',
  excercises: 'exercise',
  exersize: 'exercise',
  exersizes: 'exercise',
  stretchs: 'stretch',
  strech: 'stretch',
  streches: 'stretch',
  streching: 'stretch',
  paracetemol: 'paracetamol',
  paracetamal: 'paracetamol',
  acetominophen: 'acetaminophen',
  ibuprophen: 'ibuprofen',
  ibuprofin: 'ibuprofen',
  ibruprofen: 'ibuprofen',
  naproxin: 'naproxen',
  chiropracter: 'chiropractor',
  sciatika: 'sciatica',
  siatica: 'sciatica',
  posure: 'posture',
  numbe: 'numb',
};

export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 6) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 5 && !word.endsWith('eed')) {
    return undouble(word.slice(0, -2));
  }
  if (word.endsWith('es') && /(?:ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** "slipp" (from "slipped") becomes "slip"; "roll" and "press" keep their pair. */
function undouble(word: string): string {
  return /([b-df-hj-km-np-rtv-z])\1$/.test(word) && !/(?:ll|ss|zz)$/.test(word)
    ? word.slice(0, -1)
    : word;
}

/** One token as the index stores it, or null for a word that carries no meaning. */
export function normaliseTerm(term: string): string | null {
  const folded = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (folded.length < 2 || STOP_WORDS.has(folded)) return null;
  return stem(SPELLINGS[folded] ?? folded);
}

/** Splits text into words; apostrophes join ("can't" is one word, "child’s" too). */
export function tokenise(text: string): string[] {
  return text
    .replace(/['’]/g, '')
    .split(/[\s\-–—/.,;:!?()"“”]+/u)
    .filter((t) => t !== '');
}

/** The meaningful words of a text, as the index stores them, in order. */
export function normalisedWords(text: string): string[] {
  return tokenise(text)
    .map(normaliseTerm)
    .filter((t): t is string => t !== null);
}
