/**
 * Per-page housekeeping: the document title, and moving focus to the new page's heading after a
 * navigation, so a screen reader announces where the person has arrived.
 */
import { useEffect } from 'preact/hooks';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title === 'Unknot' ? 'Unknot' : `${title} · Unknot`;
  }, [title]);
}

/**
 * Called by the router once a page reached by navigation has rendered (never for the first page
 * load, where focus stays at the top of the document).
 */
export function focusPageHeading(): void {
  const heading = document.querySelector<HTMLElement>('#main h1');
  if (heading === null) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}
