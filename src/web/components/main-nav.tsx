/**
 * The way around: the main places (spasm now, the check, exercises, plan and today, the pain
 * diary, learn, search, the optional account) from every page. On a phone, or with large text,
 * they sit behind one Menu button so the header stays one line; on a wide screen they show in a
 * row. The current place is marked for screen readers and by sight.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PATHS } from '../routes.js';

/** Each place with the paths that count as being in it (for aria-current). */
export const MAIN_PLACES: readonly { label: string; href: string; within: readonly string[] }[] = [
  { label: 'Spasm now', href: PATHS.spasm, within: [PATHS.spasm] },
  { label: 'See a doctor?', href: PATHS.check, within: [PATHS.check] },
  { label: 'Exercises', href: PATHS.exercises, within: [PATHS.exercises, PATHS.session] },
  { label: 'Plan and today', href: PATHS.plan, within: [PATHS.plan] },
  { label: 'Pain diary', href: PATHS.diary, within: [PATHS.diary] },
  {
    label: 'Learn',
    href: PATHS.learn,
    within: [PATHS.learn, '/topic', PATHS.compare, PATHS.stretching],
  },
  { label: 'Search', href: PATHS.search, within: [PATHS.search] },
  { label: 'Account', href: PATHS.account, within: [PATHS.account] },
];

export function isWithin(path: string, within: readonly string[]): boolean {
  return within.some((p) => path === p || path.startsWith(`${p}/`));
}

export function MainNav() {
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  // A new page closes the menu, so it never covers the page it opened.
  useEffect(() => setOpen(false), [path]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <nav
      aria-label="Main"
      class={open ? 'main-nav is-open' : 'main-nav'}
      // Escape inside the open menu closes it at once, before the page-wide listener is set up.
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        class="menu-button"
        aria-expanded={open}
        aria-controls="main-places"
        onClick={() => setOpen((o) => !o)}
      >
        <span class="menu-icon" aria-hidden="true" />
        Menu
      </button>
      <ul id="main-places" class="nav-list">
        {MAIN_PLACES.map((place) => (
          <li key={place.href}>
            <a
              href={place.href}
              aria-current={isWithin(path, place.within) ? 'page' : undefined}
              onClick={() => setOpen(false)}
            >
              {place.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
