/**
 * Full-text search over content with MiniSearch: one index definition used by the server (built at
 * start) and the browser (built at build time, loaded as JSON), so both rank alike.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { KIND_LABELS } from '../content/constants.js';
import type { Block, ContentItem, ContentKind } from '../content/schema.js';
import { intentBoost } from './intent.js';
import { normalisedWords, normaliseTerm, tokenise } from './text.js';

export interface SearchHit {
  id: string;
  kind: ContentKind;
  title: string;
  snippet: string;
}

interface SearchDoc {
  id: string;
  kind: ContentKind;
  title: string;
  aliases: string;
  summary: string;
  text: string;
  /** The title and each alias as normalised words, "|"-separated: for phrase matches. */
  phrases: string;
}

export type ContentIndex = MiniSearch<SearchDoc>;

/** Ends a list item with a full stop so joined items read as sentences in a snippet. */
function sentence(text: string): string {
  return /[.!?:…]$/.test(text) ? text : `${text}.`;
}

function blockText(block: Block): string {
  return block.type === 'paragraph' ? block.text : block.items.map(sentence).join(' ');
}

function toDoc(item: ContentItem): SearchDoc {
  const parts = [
    ...item.body.map(blockText),
    ...item.cautions,
    ...(item.benefits ?? []),
    ...(item.pros ?? []),
    ...(item.cons ?? []),
    ...item.guidelineNotes.map((n) => n.text),
  ];
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    aliases: [...item.aliases, KIND_LABELS[item.kind].plural].join(' · '),
    summary: item.summary,
    text: parts.map(sentence).join(' '),
    phrases: [item.title, ...item.aliases].map((p) => normalisedWords(p).join(' ')).join('|'),
  };
}

const OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'aliases', 'summary', 'text'],
  storeFields: ['kind', 'title', 'summary', 'text', 'phrases'],
  tokenize: tokenise,
  processTerm: (term: string) => normaliseTerm(term) ?? null,
  searchOptions: {
    boost: { title: 4, aliases: 3, summary: 1.5, text: 1 },
    prefix: (term: string) => term.length >= 3,
    fuzzy: (term: string) => (term.length >= 5 ? 0.25 : term.length === 4 ? 1 : false),
    combineWith: 'OR',
  },
};

export function buildContentIndex(items: readonly ContentItem[]): ContentIndex {
  const index = new MiniSearch<SearchDoc>(OPTIONS);
  index.addAll(items.map(toDoc));
  return index;
}

/** Serialises the index so the browser can load it without rebuilding. */
export function serialiseIndex(index: ContentIndex): string {
  return JSON.stringify(index);
}

export function loadContentIndex(json: string): ContentIndex {
  return MiniSearch.loadJSON<SearchDoc>(json, OPTIONS);
}

/**
 * A query of two or more words that is a whole title or alias ("hot water bottle", "can't feel
 * my bum") names its item more surely than the same words scattered over other items.
 */
const EXACT_PHRASE_BOOST = 3;
const CONTAINED_PHRASE_BOOST = 1.8;

const phraseCache = new Map<string, readonly string[]>();
function phraseList(joined: string): readonly string[] {
  let list = phraseCache.get(joined);
  if (list === undefined) {
    list = joined.split('|');
    phraseCache.set(joined, list);
  }
  return list;
}

function phraseBooster(query: string) {
  const phrase = normalisedWords(query).join(' ');
  if (!phrase.includes(' ')) return undefined;
  return (_id: unknown, _term: string, stored?: Record<string, unknown>): number => {
    const phrases = phraseList(String(stored?.phrases ?? ''));
    if (phrases.includes(phrase)) return EXACT_PHRASE_BOOST;
    return phrases.some((p) => ` ${p} `.includes(` ${phrase} `)) ? CONTAINED_PHRASE_BOOST : 1;
  };
}

export const SNIPPET_LENGTH = 160;
/** How much text to keep before the matched word, so it is read in context. */
const LEAD = 40;

/**
 * Each stored text's words in indexed form with where they start, worked out once per document
 * and field: snippets are made on every search, and tokenising the text each time was most of a
 * search's cost.
 */
const wordCache = new Map<string, ReadonlyArray<readonly [string, number]>>();

function indexedWords(key: string, source: string): ReadonlyArray<readonly [string, number]> {
  const cached = wordCache.get(key);
  if (cached !== undefined) return cached;
  const words: Array<readonly [string, number]> = [];
  for (const m of source.matchAll(/[\p{L}\p{N}'’]+/gu)) {
    const term = normaliseTerm(m[0].replace(/['’]/g, ''));
    if (term !== null) words.push([term, m.index]);
  }
  wordCache.set(key, words);
  return words;
}

/** Where the first word whose indexed form is one of `terms` starts, or -1. */
function firstMatch(
  words: ReadonlyArray<readonly [string, number]>,
  terms: ReadonlySet<string>,
): number {
  for (const [term, at] of words) {
    if (terms.has(term)) return at;
  }
  return -1;
}

/** At most SNIPPET_LENGTH characters of `source` from about `at`, cut at word boundaries. */
function window(source: string, at: number): string {
  if (source.length <= SNIPPET_LENGTH) return source;
  const from = at <= LEAD ? 0 : source.lastIndexOf(' ', at - LEAD) + 1;
  const start = Math.min(from, at);
  let end = Math.min(source.length, start + SNIPPET_LENGTH);
  if (end < source.length) {
    const space = source.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  const cut = source.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${cut}${end < source.length ? '…' : ''}`;
}

/** A short passage around the first place a matched word occurs, or the start of the summary. */
function snippetFor(result: SearchResult): string {
  const summary = String(result.summary);
  const terms = new Set(result.terms);
  for (const [field, source] of [
    ['summary', summary],
    ['text', String(result.text)],
  ] as const) {
    const at = firstMatch(indexedWords(`${result.id}\u0000${field}`, source), terms);
    if (at >= 0) return window(source, at);
  }
  return window(summary, 0);
}

export function searchContent(index: ContentIndex, query: string, limit: number): SearchHit[] {
  const phrase = phraseBooster(query);
  const intent = intentBoost(query);
  const boostDocument =
    phrase === undefined && intent === undefined
      ? undefined
      : (id: unknown, term: string, stored?: Record<string, unknown>): number =>
          (phrase?.(id, term, stored) ?? 1) *
          (intent?.(String(id), stored?.kind as ContentKind) ?? 1);
  return index
    .search(query, boostDocument === undefined ? {} : { boostDocument })
    .slice(0, limit)
    .map((r) => ({
      id: r.id as string,
      kind: r.kind as ContentKind,
      title: String(r.title),
      snippet: snippetFor(r),
    }));
}
