/** Shown for an address Unknot does not know. */
import { usePageTitle } from '../page.js';
import { PATHS } from '../routes.js';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved.</p>
      <p>
        <a href={PATHS.home}>Go to the home page</a> or <a href={PATHS.search}>search</a>.
      </p>
    </>
  );
}
