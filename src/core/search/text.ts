/**
 * How Unknot reads words for search: lower case, accents folded, common words dropped and plural
 * or -ing endings trimmed, applied the same way to content and to what a person types, so
 * "stretches", "stretching" and "stretch" meet.
 */

const STOP_WORDS = new Set(
  'a an and are as at be but by can do does for from have how i if in is it its me my of on or so that the this to was what when where which who why will with you your should would could am im'.split(
    ' ',
  ),
);

/** Spelling people use that the content does not. */
const SPELLINGS: Record<string, string> = {
  spazm: 'spasm',
  spazms: 'spasm',
  excercise: 'exercise',
  excercises: 'exercise',
  stretchs: 'stretch',
  paracetemol: 'paracetamol',
  ibuprophen: 'ibuprofen',
};

export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('es') && /(?:ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** One token as the index stores it, or null for a word that carries no meaning. */
export function normaliseTerm(term: string): string | null {
  const folded = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (folded === '' || STOP_WORDS.has(folded)) return null;
  return stem(SPELLINGS[folded] ?? folded);
}

export function tokenise(text: string): string[] {
  return text.split(/[\s\-–—/.,;:!?()"“”'’]+/u).filter((t) => t !== '');
}
