/**
 * Full-text search over content with MiniSearch: one index definition used by the server (built at
 * start) and the browser (built at build time, loaded as JSON), so both rank alike.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { KIND_LABELS } from '../content/constants.js';
import type { Block, ContentItem, ContentKind } from '../content/schema.js';
import { normaliseTerm, tokenise } from './text.js';

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
}

export type ContentIndex = MiniSearch<SearchDoc>;

function blockText(block: Block): string {
  return block.type === 'paragraph' ? block.text : block.items.join(' ');
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
    text: parts.join(' '),
  };
}

const OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'aliases', 'summary', 'text'],
  storeFields: ['kind', 'title', 'summary', 'text'],
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

const SNIPPET_LENGTH = 160;

/** A short passage around the first place a matched word occurs, or the summary. */
function snippetFor(result: SearchResult): string {
  const summary = String(result.summary);
  const text = String(result.text);
  const terms = result.terms.map((t) => t.toLowerCase());
  for (const source of [summary, text]) {
    const lower = source.toLowerCase();
    let at = -1;
    for (const term of terms) {
      const i = lower.search(new RegExp(`\\b${term.replace(/[^a-z0-9]/g, '')}`));
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at < 0) continue;
    if (source === summary || source.length <= SNIPPET_LENGTH) return source;
    const start = Math.max(0, source.lastIndexOf(' ', Math.max(0, at - 40)) + 1);
    const end = Math.min(source.length, start + SNIPPET_LENGTH);
    const cut = source.slice(start, end);
    const tidy = end < source.length ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
    return `${start > 0 ? '…' : ''}${tidy}${end < source.length ? '…' : ''}`;
  }
  return summary;
}

export function searchContent(index: ContentIndex, query: string, limit: number): SearchHit[] {
  return index
    .search(query)
    .slice(0, limit)
    .map((r) => ({
      id: r.id as string,
      kind: r.kind as ContentKind,
      title: String(r.title),
      snippet: snippetFor(r),
    }));
}
