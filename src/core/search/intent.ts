/**
 * What a worried question is really asking. People rarely type "warning signs": they ask "should I
 * be worried", "do I need A&E", "why does this keep happening". Words alone rank such questions
 * by whatever item shares a word ("hospital" in a page on sport); these intents lift the items
 * that answer them (the signs that need a doctor first for worry, the causes for "why again").
 */
import type { ContentKind } from '../content/schema.js';

interface Intent {
  /** Any one of these words in the question (in indexed form) raises the intent… */
  words: ReadonlySet<string>;
  /** …unless it also needs one of these (for intents that take two words, "why … again"). */
  with?: ReadonlySet<string>;
  kinds: readonly ContentKind[];
  ids: readonly string[];
}

/**
 * The question's words as typed, lower case, apostrophes dropped ("can't" → "cant"). Not the
 * search's indexed form: that drops "why", "cant" and "wont", which are the words that carry these
 * intents.
 */
function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/['’]/g, '')
      .split(/[^a-z0-9&]+/)
      .filter((w) => w !== ''),
  );
}

function terms(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((w) => [...wordsOf(w)]));
}

const INTENTS: readonly Intent[] = [
  {
    words: terms([
      'worried',
      'worry',
      'worrying',
      'serious',
      'dangerous',
      'danger',
      'emergency',
      'hospital',
      'a&e',
      'er',
      '111',
      '999',
      '911',
      'gp',
      'doctor',
      'doctors',
      'ambulance',
      'red',
      'flags',
      'overreacting',
      'concerned',
      'scared',
      'bad',
      'urgent',
      'cancer',
    ]),
    kinds: ['warning_sign'],
    ids: ['when-to-see-a-doctor', 'is-it-serious'],
  },
  {
    words: terms(['walk', 'walking', 'stand', 'standing', 'legs']),
    with: terms(['cant', 'cannot', 'unable', 'wont', 'too', 'barely', 'hardly']),
    kinds: ['warning_sign'],
    ids: ['cannot-walk'],
  },
  {
    words: terms(['why', 'cause', 'causes', 'reason']),
    with: terms([
      'keep',
      'keeps',
      'again',
      'recurring',
      'return',
      'returns',
      'coming',
      'happening',
      'repeat',
      'often',
    ]),
    kinds: ['cause'],
    ids: ['common-causes'],
  },
];

/** How much an item that answers the question's intent rises: a lift, not a replacement. */
const KIND_BOOST = 2;
const ID_BOOST = 4;

/** A per-item boost for the intents a question carries, or undefined when it carries none. */
export function intentBoost(
  query: string,
): ((id: string, kind: ContentKind) => number) | undefined {
  const words = wordsOf(query);
  const hit = (set: ReadonlySet<string>) => [...set].some((t) => words.has(t));
  const active = INTENTS.filter((i) => hit(i.words) && (i.with === undefined || hit(i.with)));
  if (active.length === 0) return undefined;
  return (id, kind) =>
    active.reduce(
      (boost, i) =>
        boost * (i.ids.includes(id) ? ID_BOOST : i.kinds.includes(kind) ? KIND_BOOST : 1),
      1,
    );
}
