/**
 * The exercise library and the figures in real Chromium: the phase filter (nothing loaded in the
 * acute phase, so never Superman), an exercise's figure moving with the clock, its key positions
 * still when motion is reduced, and no axe violations on the library and an exercise page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT } from '../../src/core/content/index.js';
import {
  axeViolations,
  type Browser,
  newPage,
  openBrowser,
  type RunningServer,
  startServer,
} from './harness.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

const EXERCISES = CONTENT.filter((c) => c.kind === 'exercise');

describe('the exercise library', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('filters by phase: acute shows only gentle exercises, never Superman', async () => {
    const { page, errors } = await newPage(browser.context);
    await page.goto(`${server.url}/exercises`);
    await page.getByRole('heading', { level: 1, name: 'Exercises' }).waitFor();
    const names = page.locator('.exercise-card-name');
    expect(await names.count()).toBe(EXERCISES.length);
    expect(await names.allTextContents()).toContain('Superman');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Acute: gentle relief' }).click();
    const acute = EXERCISES.filter((e) => e.dose?.phases.includes('acute') === true);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.exercise-card-name').length === n,
      acute.length,
    );
    const shown = await names.allTextContents();
    expect(shown).not.toContain('Superman');
    expect(shown.sort()).toEqual(acute.map((e) => e.title).sort());
    expect(new URL(page.url()).search).toBe('?phase=acute');

    await page.getByRole('button', { name: 'Recovery' }).click();
    await page.getByText('Superman', { exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('starts a session with the exercises ticked', async () => {
    const { page } = await newPage(browser.context);
    await page.goto(`${server.url}/exercises?phase=acute`);
    await page.getByRole('checkbox', { name: /Pelvic tilt/ }).check();
    await page.getByRole('checkbox', { name: /Cat-cow/ }).check();
    await page.getByRole('button', { name: 'Start session (2)' }).click();
    await page.waitForURL(/\/session\?exercises=/);
    expect(new URL(page.url()).searchParams.get('exercises')).toBe('cat-cow,pelvic-tilt');
    await page.getByRole('heading', { level: 1, name: 'Guided session' }).waitFor();
    expect(await page.locator('.session-list li').count()).toBe(2);
  });

  it('shows each figure as a thumbnail: a 4:3 tile the body fills, not the small full scene', async () => {
    const { page } = await newPage(browser.context);
    await page.goto(`${server.url}/exercises`);
    const tiles = page.locator('.exercise-card .fig-still');
    await tiles.first().waitFor();
    const shapes = await tiles.evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const [, , width] = (el.querySelector('svg')?.getAttribute('viewBox') ?? '')
          .split(' ')
          .map(Number);
        return { ratio: box.width / box.height, viewWidth: width ?? 0 };
      }),
    );
    expect(shapes).toHaveLength(EXERCISES.length);
    for (const { ratio } of shapes) expect(ratio).toBeCloseTo(4 / 3, 1);
    // Cropped close: most views are well inside the 320-wide scene the player draws.
    expect(shapes.filter((s) => s.viewWidth < 250).length).toBeGreaterThan(EXERCISES.length / 2);
  });

  it('keeps the ticks when the person opens an exercise and comes back', async () => {
    const { page, errors } = await newPage(browser.context);
    await page.goto(`${server.url}/exercises`);
    await page.getByRole('checkbox', { name: /Pelvic tilt/ }).check();
    await page.getByRole('checkbox', { name: /Cat-cow/ }).check();

    // Back from the exercise's page.
    await page.getByRole('link', { name: 'Cat-cow', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cat-cow' }).waitFor();
    await page.goBack();
    await page.getByRole('button', { name: 'Start session (2)' }).waitFor();
    expect(await page.getByRole('checkbox', { name: /Cat-cow/ }).isChecked()).toBe(true);

    // The exercise page's own way back.
    await page.getByRole('link', { name: 'Pelvic tilt', exact: true }).click();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
    await page.waitForURL(/\/exercises$/);
    await page.getByRole('button', { name: 'Start session (2)' }).waitFor();
    expect(await page.getByRole('checkbox', { name: /Pelvic tilt/ }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("is the one Exercises place: Learn's card, an exercise's breadcrumb and the old address lead to it", async () => {
    const { page } = await newPage(browser.context);
    await page.goto(`${server.url}/learn`);
    await page
      .locator('main')
      .getByRole('link', { name: /^Exercises/ })
      .click();
    await page.waitForURL(/\/exercises$/);
    await page.getByRole('checkbox', { name: /Cat-cow/ }).waitFor();

    await page.goto(`${server.url}/topic/cat-cow`);
    const crumb = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    expect(await crumb.getAttribute('href')).toBe('/exercises');

    await page.goto(`${server.url}/learn/exercises`);
    await page.waitForURL(/\/exercises$/);
    await page.getByRole('checkbox', { name: /Cat-cow/ }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Exercises');
  });
});

describe('an exercise page', () => {
  it('shows its figure moving with the clock, named for screen readers', async () => {
    const browser = await openBrowser();
    try {
      const { page, errors } = await newPage(browser.context);
      await page.clock.install({ time: new Date('2025-03-03T09:00:00Z') });
      await page.goto(`${server.url}/topic/cat-cow`);
      const figure = page.locator('.exercise-figure svg[role="img"]');
      await figure.waitFor();
      expect(await figure.getAttribute('aria-label')).toMatch(/\w/);
      await page.clock.runFor(500);
      const before = await figure.innerHTML();
      const cueBefore = await page.locator('.fig-cue').textContent();
      await page.clock.runFor(2500);
      const after = await figure.innerHTML();
      expect(after).not.toBe(before);
      expect(cueBefore).toMatch(/\w/);
      // The page shows the exercise's own fields too.
      await page.getByText('What it is for').waitFor();
      await page.getByRole('heading', { name: 'Breathing' }).waitFor();
      await page.getByRole('heading', { name: 'Stop at once if' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('shows the key positions still, captioned, when motion is reduced', async () => {
    const browser = await openBrowser();
    try {
      const { page } = await newPage(browser.context);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.clock.install({ time: new Date('2025-03-03T09:00:00Z') });
      await page.goto(`${server.url}/topic/knee-to-chest`);
      const keys = page.locator('.fig-keys .fig-key');
      await keys.first().waitFor();
      expect(await keys.count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('.fig-keys .fig-caption').first().textContent()).toMatch(/\w/);
      expect(await page.locator('.fig-motion').count()).toBe(0);
      const still = await page.locator('.fig-keys').innerHTML();
      await page.clock.runFor(3000);
      expect(await page.locator('.fig-keys').innerHTML()).toBe(still);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('shows walking in minutes, not seconds', async () => {
    const browser = await openBrowser();
    try {
      const { page } = await newPage(browser.context);
      await page.goto(`${server.url}/topic/walking`);
      await page.getByRole('heading', { name: 'How long' }).waitFor();
      const length = (await page.locator('#length-heading + .facts').textContent()) ?? '';
      expect(length).toContain('5 min');
      expect(length).not.toMatch(/\d+ seconds/);
    } finally {
      await browser.close();
    }
  });
});
