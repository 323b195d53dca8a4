/**
 * The browser's door to search. The index and MiniSearch load as a separate chunk on the first
 * focus or keystroke, so the first page stays small; after that every search is local, instant
 * and works offline, ranked exactly as the server ranks.
 */
import type { SearchHit } from '../core/search/index.js';
import { MAX_QUERY_LENGTH } from '../core/search/query.js';

export type { SearchHit };

type Engine = typeof import('./search-engine.js');
let engine: Promise<Engine> | undefined;

export function preloadSearch(): Promise<Engine> {
  engine ??= import('./search-engine.js').catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

export async function searchLocally(query: string, limit: number): Promise<SearchHit[]> {
  const q = query.trim().slice(0, MAX_QUERY_LENGTH);
  if (q === '') return [];
  const { search } = await preloadSearch();
  return search(q, limit);
}
