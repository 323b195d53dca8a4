/**
 * A way around from every page: on a phone the main places (spasm now, the check, exercises, plan
 * and today, learn, search) sit behind one Menu button that opens them, marks where the person is,
 * closes on a choice or Escape, and hands focus back; on a wide screen they show in a row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN_PLACES } from '../../src/web/components/main-nav.js';
import {
  axeViolations,
  type Browser,
  newPage,
  openBrowser,
  type RunningServer,
  startServer,
} from './harness.js';
import { PAGES } from './pages.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const EXPECTED = [
  ['Spasm now', '/spasm'],
  ['See a doctor?', '/check'],
  ['Exercises', '/exercises'],
  ['Plan and today', '/plan'],
  ['Pain diary', '/diary'],
  ['Learn', '/learn'],
  ['Search', '/search'],
  ['Account', '/account'],
];

describe('the main navigation', () => {
  it('offers the main places from every page, on a phone', async () => {
    const { page, errors } = await newPage(browser.context);
    expect(MAIN_PLACES.map((p) => [p.label, p.href])).toEqual(EXPECTED);
    for (const { name, path } of PAGES) {
      await page.goto(`${server.url}${path}`);
      await page.locator('main h1').waitFor();
      const nav = page.getByRole('navigation', { name: 'Main' });
      const menu = nav.getByRole('button', { name: 'Menu' });
      expect(await menu.getAttribute('aria-expanded'), name).toBe('false');
      await menu.click();
      expect(await menu.getAttribute('aria-expanded'), name).toBe('true');
      const links = nav.getByRole('link');
      const found = await links.evaluateAll((els) =>
        els.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']),
      );
      expect(found, name).toEqual(EXPECTED);
      await menu.click();
      expect(await links.count(), name).toBe(0);
    }
    expect(errors).toEqual([]);
  });

  it('marks the current place, goes there on a tap and closes behind it', async () => {
    const { page } = await newPage(browser.context);
    await page.goto(`${server.url}/topic/muscle-strain`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Menu' }).click();
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe('Learn');
    expect(await axeViolations(page)).toEqual([]);

    await nav.getByRole('link', { name: 'Spasm now' }).click();
    await page.waitForURL(/\/spasm$/);
    await page.locator('.menu-button[aria-expanded="false"]').waitFor();
    await nav.getByRole('button', { name: 'Menu' }).click();
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe('Spasm now');
  });

  it('closes on Escape and gives focus back to the Menu button', async () => {
    const { page } = await newPage(browser.context);
    // Earlier tests' pages stay open in this browser; keys and painting go to the one in front.
    await page.bringToFront();
    await page.goto(`${server.url}/learn`);
    // The page has loaded and taken focus to its heading before the keys are pressed.
    await page.locator('main h1').waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await page.locator('.menu-button[aria-expanded="true"]').waitFor();
    await page.getByRole('link', { name: 'Plan and today' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    // Read the state rather than wait for painting, which a page behind others may not do soon.
    await expect
      .poll(() => page.locator('.menu-button').getAttribute('aria-expanded'))
      .toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Menu');
  });

  it('shows the places in a row on a wide screen, with no Menu button', async () => {
    const { page } = await newPage(browser.context);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/exercises`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Exercises' }).waitFor();
    expect(await nav.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await nav.getByRole('link').count()).toBe(EXPECTED.length);
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe('Exercises');
  });
});
