/**
 * Takes a 390×844 screenshot of every page, light and dark, into /tmp/unknot-shots/ so a person can
 * look at what the app shows, and refreshes docs/screenshot-home.png for the README.
 * Run after `npm run build`: `npx tsx test/e2e/screenshots.ts` (UNKNOT_E2E_URL=… uses a running server).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT } from '../../src/core/content/index.js';
import { kindPath, LEARN_ORDER } from '../../src/web/routes.js';
import { openBrowser, ROOT, startServer } from './harness.js';

const OUT = '/tmp/unknot-shots';

function firstOfKind(kind: string): string | undefined {
  return CONTENT.find((item) => item.kind === kind)?.id;
}

const pages: { name: string; path: string; fullPage?: boolean }[] = [
  { name: 'home', path: '/' },
  { name: 'learn', path: '/learn' },
  ...LEARN_ORDER.map((kind) => ({ name: `kind-${kind}`, path: kindPath(kind) })),
  ...LEARN_ORDER.flatMap((kind) => {
    const id = firstOfKind(kind);
    return id === undefined ? [] : [{ name: `item-${kind}`, path: `/topic/${id}` }];
  }),
  { name: 'spasm', path: '/spasm' },
  { name: 'check', path: '/check' },
  { name: 'check-history', path: '/check/history' },
  { name: 'exercises', path: '/exercises' },
  { name: 'session', path: '/session?exercises=cat-cow,childs-pose' },
  { name: 'plan-profile', path: '/plan/profile' },
  { name: 'compare', path: '/compare' },
  { name: 'stretching', path: '/stretching' },
  { name: 'search', path: '/search?q=ice%20or%20heat' },
  { name: 'not-found', path: '/no-such-page' },
];

mkdirSync(OUT, { recursive: true });
const server = await startServer();
const base = server.url;
try {
  for (const scheme of ['light', 'dark'] as const) {
    const browser = await openBrowser({ colorScheme: scheme });
    try {
      const page = await browser.context.newPage();
      for (const { name, path } of pages) {
        await page.goto(`${base}${path}`);
        await page.locator('main h1').waitFor();
        if (name === 'search') await page.locator('.results a').first().waitFor();
        await page.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
        await page.screenshot({ path: join(OUT, `${name}-${scheme}-full.png`), fullPage: true });
      }
      // Home with live results under the search box, as a person sees it while typing.
      await page.goto(`${base}/`);
      await page.getByRole('searchbox').fill('spazm');
      await page.locator('.results a').first().waitFor();
      await page.screenshot({ path: join(OUT, `home-typing-${scheme}.png`) });
    } finally {
      await browser.close();
    }
  }
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  copyFileSync(join(OUT, 'home-light.png'), join(ROOT, 'docs/screenshot-home.png'));
  console.log(`Screenshots in ${OUT}; docs/screenshot-home.png refreshed.`);
} finally {
  await server.stop();
}
