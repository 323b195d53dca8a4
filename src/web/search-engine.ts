/** The search index made at build time, loaded once, and the core's ranking over it. */
import indexJson from 'virtual:unknot-search-index';
import { loadContentIndex, type SearchHit, searchContent } from '../core/search/index.js';

const index = loadContentIndex(indexJson);

export function search(query: string, limit: number): SearchHit[] {
  return searchContent(index, query, limit);
}
