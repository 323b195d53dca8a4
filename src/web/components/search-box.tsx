/**
 * The search form with live results: used on Home (a few results and a link to all of them) and
 * on the Search page (all results, the query kept in the address so it can be shared or reloaded).
 * Results are announced through a polite live region.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useId, useRef } from 'preact/hooks';
import { KIND_LABELS } from '../../core/content/constants.js';
import { MAX_QUERY_LENGTH } from '../../core/search/query.js';
import { itemPath, searchPath } from '../routes.js';
import { preloadSearch, type SearchHit, searchLocally } from '../search-client.js';

interface Props {
  initialQuery?: string;
  /** How many results to show under the box. */
  limit: number;
  /** Called with each new query (the Search page mirrors it into the address). */
  onQuery?: (query: string) => void;
  /** Called when the form is submitted (Home goes to the Search page). */
  onSubmit?: (query: string) => void;
  autoFocus?: boolean;
}

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'failed' };

export function SearchBox({ initialQuery = '', limit, onQuery, onSubmit, autoFocus }: Props) {
  const id = useId();
  const query = useSignal(initialQuery);
  const state = useSignal<State>({ status: 'idle' });
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  const run = async (q: string) => {
    const ticket = ++latest.current;
    if (q.trim() === '') {
      state.value = { status: 'idle' };
      return;
    }
    if (state.value.status !== 'done') state.value = { status: 'loading' };
    try {
      const hits = await searchLocally(q, limit);
      if (ticket === latest.current) state.value = { status: 'done', query: q.trim(), hits };
    } catch {
      if (ticket === latest.current) state.value = { status: 'failed' };
    }
  };

  useEffect(() => {
    if (initialQuery !== '') void run(initialQuery);
    if (autoFocus === true) input.current?.focus();
    // Runs once: later changes come from the person typing.
  }, []);

  const onInput = (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    query.value = value;
    onQuery?.(value);
    void run(value);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    input.current?.blur();
    onSubmit?.(query.value.trim());
  };

  const current = state.value;
  return (
    <div class="search">
      <search>
        <form class="search-form" onSubmit={submit} action="/search">
          <label for={`${id}-q`} class="search-label">
            Search what Unknot knows
          </label>
          <div class="search-row">
            <input
              ref={input}
              id={`${id}-q`}
              name="q"
              type="search"
              value={query.value}
              onInput={onInput}
              onFocus={() => void preloadSearch().catch(() => undefined)}
              maxLength={MAX_QUERY_LENGTH}
              autoComplete="off"
              autoCapitalize="none"
              spellcheck={false}
              enterKeyHint="search"
              placeholder="Try: ice or heat"
              aria-describedby={`${id}-status`}
            />
            <button type="submit" class="button">
              Search
            </button>
          </div>
        </form>
      </search>
      <p id={`${id}-status`} class="search-status" role="status" aria-live="polite">
        {statusText(current)}
      </p>
      {current.status === 'done' && current.hits.length > 0 && (
        <ul class="results">
          {current.hits.map((hit) => (
            <li key={hit.id}>
              <a class="result" href={itemPath(hit.id)}>
                <span class="result-kind">{KIND_LABELS[hit.kind].singular}</span>
                <span class="result-title">{hit.title}</span>
                <span class="result-snippet">{hit.snippet}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {onSubmit !== undefined && current.status === 'done' && current.hits.length >= limit && (
        <p>
          <a class="more-link" href={searchPath(current.query)}>
            See all results for “{current.query}”
          </a>
        </p>
      )}
    </div>
  );
}

function statusText(state: State): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'loading':
      return 'Searching…';
    case 'failed':
      return 'Search could not load. Check your connection and try again.';
    case 'done': {
      const n = state.hits.length;
      if (n === 0) {
        return `Nothing found for “${state.query}”. Try other words, like “ice or heat” or “stretch”.`;
      }
      return `${n === 1 ? '1 result' : `${n} results`} for “${state.query}”`;
    }
  }
}
