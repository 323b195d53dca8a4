/**
 * Takes a 390×844 screenshot of every page, light and dark, at the usual text size and at 200%, into
 * /tmp/unknot-shots/ so a person can look at what the app shows, and refreshes docs/screenshot-home.png for the README.
 * Run after `npm run build`: `npx tsx test/e2e/screenshots.ts` (UNKNOT_E2E_URL=… uses a running server).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser, ROOT, startServer } from './harness.js';
import { PAGES } from './pages.js';
import { setTextSize } from './reflow.js';

const OUT = '/tmp/unknot-shots';

const pages = PAGES.map((p) => ({ ...p, name: p.name.replace(/[^a-z0-9]+/gi, '-') }));

mkdirSync(OUT, { recursive: true });
const server = await startServer();
const base = server.url;
try {
  for (const scheme of ['light', 'dark'] as const) {
    const browser = await openBrowser({ colorScheme: scheme });
    try {
      const page = await browser.context.newPage();
      for (const { name, path, ready } of pages) {
        await page.goto(`${base}${path}`);
        await page.locator('main h1').waitFor();
        if (ready !== undefined) await page.locator(ready).first().waitFor();
        await page.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
        await page.screenshot({ path: join(OUT, `${name}-${scheme}-full.png`), fullPage: true });
      }
      // Every page again with the phone's text at 200% (WCAG 1.4.4), to look at the reflow.
      const large = await browser.context.newPage();
      await setTextSize(large, 32);
      for (const { name, path, ready } of pages) {
        await large.goto(`${base}${path}`);
        await large.locator('main h1').waitFor();
        if (ready !== undefined) await large.locator(ready).first().waitFor();
        await large.screenshot({ path: join(OUT, `${name}-${scheme}-200.png`) });
      }
      await large.close();
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
