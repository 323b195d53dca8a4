/** The Search page: the query lives in the address (/search?q=…) so results survive a reload. */
import { useLocation } from 'preact-iso';
import { SearchBox } from '../components/search-box.js';
import { usePageTitle } from '../page.js';
import { searchPath } from '../routes.js';

export function SearchPage() {
  usePageTitle('Search');
  const { query, route } = useLocation();
  const initial = query.q ?? '';
  return (
    <>
      <h1>Search</h1>
      <SearchBox
        initialQuery={initial}
        limit={30}
        autoFocus={initial === ''}
        onQuery={(q) => route(searchPath(q.trim()), true)}
      />
    </>
  );
}
