/**
 * Every page, light and dark, at phone size: no axe violations, every control at least 24 px, the
 * disclaimer in the footer, one h1, and no errors in the console (a CSP refusal shows up there).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT } from '../../src/core/content/index.js';
import {
  axeViolations,
  type Browser,
  DISCLAIMER,
  newPage,
  openBrowser,
  type RunningServer,
  startServer,
} from './harness.js';
import { PAGES } from './pages.js';
import { smallTargets } from './reflow.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`every page in the ${colorScheme} scheme`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ colorScheme });
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const { name, path, ready } of PAGES) {
      it(`${name} (${path}) passes axe and shows the disclaimer`, async () => {
        const { page, errors } = await newPage(browser.context);
        await page.goto(`${server.url}${path}`);
        await page.locator('main h1').waitFor();
        if (ready !== undefined) await page.locator(ready).first().waitFor();
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.locator('footer').textContent()).toContain(DISCLAIMER);
        expect(await axeViolations(page)).toEqual([]);
        // Every control at least 24×24 CSS px (WCAG 2.2 2.5.8), checked beside axe.
        expect(await smallTargets(page)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }

    // The check's screens after its first, reached as a person reaches them: what it understood
    // from their words, the first question still open, and a result.
    it('the check in your own words passes axe on each of its screens', async () => {
      const { page, errors } = await newPage(browser.context);
      const passes = async (screen: string) => {
        expect(await page.locator('h1').count(), screen).toBe(1);
        expect(await axeViolations(page), screen).toEqual([]);
        expect(await smallTargets(page), screen).toEqual([]);
      };
      await page.goto(`${server.url}/check`);
      await page.locator('[data-screen="words"]').waitFor();
      await page
        .getByLabel('Tell us what is happening, in your own words')
        .fill('My back went into spasm yesterday, about a 6 out of 10. No numbness, no fever.');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.locator('[data-screen="understood"]').waitFor();
      await passes('what we understood');
      // The numbness the words denied is an emergency sign: the person answers it themselves.
      const numbness = page.getByRole('group', {
        name: 'Numbness between your legs or around your bottom',
      });
      await numbness.getByLabel('No', { exact: true }).check();
      await page.getByRole('button', { name: "That's right, continue" }).click();
      await page.locator('[data-question]').waitFor();
      await passes('the first question still open');
      await page.getByRole('button', { name: 'Back' }).click();
      await page
        .getByRole('group', { name: 'Numbness between your legs or around your bottom' })
        .getByLabel('Yes', { exact: true })
        .check();
      await page.getByRole('button', { name: "That's right, continue" }).click();
      await page.locator('[data-disposition="emergency"]').waitFor();
      await passes('an emergency result');
      // Start again forgets the check, so the next visit to /check opens on the words.
      await page.getByRole('button', { name: 'Start again' }).click();
      await page.locator('[data-screen="words"]').waitFor();
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}

describe('the feedback control', () => {
  it('passes axe once its comment box is open', async () => {
    const browser = await openBrowser();
    try {
      const { page } = await newPage(browser.context);
      const item = CONTENT[0];
      if (item === undefined) throw new Error('no content');
      await page.goto(`${server.url}/topic/${item.id}`);
      // The tap is recorded at once; then the optional comment box opens.
      await page.getByRole('button', { name: 'No' }).click();
      await page.getByLabel('Anything to add? (optional)').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
