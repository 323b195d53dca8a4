/**
 * Every page, light and dark, at phone size: no axe violations, the disclaimer in the footer, one
 * h1, and no errors in the console (a CSP refusal shows up there).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT } from '../../src/core/content/index.js';
import { kindPath, LEARN_ORDER } from '../../src/web/routes.js';
import {
  axeViolations,
  type Browser,
  DISCLAIMER,
  newPage,
  openBrowser,
  type RunningServer,
  startServer,
} from './harness.js';

const PAGES: { name: string; path: string; ready?: string }[] = [
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
  { name: 'should I see a doctor?', path: '/check', ready: '[data-question]' },
  { name: 'past checks', path: '/check/history', ready: '[data-state="ready"]' },
  { name: 'I have a spasm now', path: '/spasm', ready: '.relief-count' },
  { name: 'plan profile', path: '/plan/profile', ready: 'form[data-state="ready"]' },
  // Without a profile the plan asks for one; the plan itself and Today are checked in plan.test.ts.
  { name: 'plan without a profile', path: '/plan', ready: 'form[data-state="ready"]' },
  { name: 'not found', path: '/no-such-page' },
];

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
        expect(errors).toEqual([]);
        await page.close();
      });
    }
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
