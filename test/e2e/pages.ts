/**
 * Every page a person can reach, with the selector that says it has finished loading, shared by the
 * browser tests that walk them all (axe, large text and reflow) and by the screenshot script.
 */
import { CONTENT } from '../../src/core/content/index.js';
import { kindPath, LEARN_ORDER } from '../../src/web/routes.js';

export interface PageToVisit {
  name: string;
  path: string;
  /** Shown once the page's data has loaded; `main h1` is always awaited first. */
  ready?: string;
}

export const PAGES: readonly PageToVisit[] = [
  { name: 'home', path: '/' },
  { name: 'learn index', path: '/learn' },
  ...LEARN_ORDER.map((kind) => ({ name: `learn: ${kind}`, path: kindPath(kind) })),
  ...LEARN_ORDER.flatMap((kind) => {
    const item = CONTENT.find((c) => c.kind === kind);
    return item === undefined ? [] : [{ name: `item: ${item.id}`, path: `/topic/${item.id}` }];
  }),
  { name: 'treatment comparison', path: '/compare' },
  { name: 'stretching', path: '/stretching' },
  { name: 'exercises', path: '/exercises' },
  { name: 'session player', path: '/session?exercises=knee-to-chest,cat-cow' },
  { name: 'search results', path: '/search?q=ice%20or%20heat', ready: 'main .results a' },
  // The check opens on its words screen; the screens after it are walked in accessibility.test.ts,
  // reflow.test.ts and check*.test.ts.
  { name: 'should I see a doctor?', path: '/check', ready: '[data-screen="words"]' },
  { name: 'past checks', path: '/check/history', ready: '[data-state="ready"]' },
  { name: 'I have a spasm now', path: '/spasm', ready: '.relief-count' },
  { name: 'plan profile', path: '/plan/profile', ready: 'form[data-state="ready"]' },
  // Without a profile the plan asks for one; the plan itself and Today are checked in plan.test.ts.
  { name: 'plan without a profile', path: '/plan', ready: 'form[data-state="ready"]' },
  { name: 'pain diary', path: '/diary', ready: '.diary-entry-form' },
  { name: 'diary summary to print', path: '/diary/report', ready: '.diary-report h2' },
  // Signed out (no account on a fresh profile); signed in is walked in account.test.ts.
  { name: 'account', path: '/account', ready: '.account-form' },
  // Signed out it explains that sharing needs an account; signed in is walked in sharing.test.ts.
  {
    name: 'share with your clinician',
    path: '/account/sharing',
    ready: '.sharing-page[data-state="signed-out"]',
  },
  // No programme on a fresh profile; a clinician's programme is walked in programme.test.ts.
  {
    name: 'programme handout, not on this device',
    path: '/plan/programme/0195f7a0-8c3e-7a11-8b22-0123456789ab',
    ready: '[data-state="missing"]',
  },
  // Signed out, and a set-up page opened without its link's token; both walked signed in, with a
  // token, in clinician.test.ts.
  { name: 'clinician area, signed out', path: '/clinician', ready: '.clinician-area .callout' },
  {
    name: 'clinician set-up, no link',
    path: '/clinician/setup',
    ready: '.clinician-setup .callout',
  },
  { name: 'not found', path: '/no-such-page' },
];
