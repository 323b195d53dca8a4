/**
 * The guided session player in real Chromium with Playwright's clock: a two-exercise session run
 * to its end and kept on the device, a session stopped for pain (the score logged, the check and
 * the relief protocol offered), pause freezing the countdown while the clock runs, +10 s, and no
 * axe violations before, during and after. The clock is installed before the page loads, so the
 * player's Date.now() and timers are the test's.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** A fresh profile per test: the clock belongs to the browser context. */
async function withBrowser(
  run: (page: Page, errors: string[]) => Promise<void>,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<void> {
  const browser: Browser = await openBrowser({ colorScheme });
  try {
    const { page, errors } = await newPage(browser.context);
    await page.clock.install({ time: new Date('2025-03-03T09:00:00Z') });
    await run(page, errors);
  } finally {
    await browser.close();
  }
}

async function countdown(page: Page): Promise<string> {
  return (await page.locator('.ring-time').textContent()) ?? '';
}

/** Advances the clock in steps, so the player's interval runs as it would in a visible tab. */
async function runSeconds(page: Page, seconds: number): Promise<void> {
  for (let left = seconds; left > 0; left -= 10) {
    await page.clock.runFor(Math.min(10, left) * 1000);
  }
}

describe('the session player', () => {
  it('runs a two-exercise session to the end, and lists it under Recent sessions', async () => {
    await withBrowser(async (page, errors) => {
      await page.goto(`${server.url}/session?exercises=pelvic-tilt,cat-cow`);
      await page.getByRole('heading', { level: 1, name: 'Guided session' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: '2', exact: true }).click();
      await page.getByRole('button', { name: 'Start' }).click();

      await page.getByRole('heading', { level: 1, name: 'Pelvic tilt' }).waitFor();
      expect(await page.locator('.ring-label').textContent()).toBe('Get ready');
      await page.clock.runFor(4000);
      expect(await page.locator('.ring-label').textContent()).toBe('Hold');
      expect(await axeViolations(page)).toEqual([]);

      // Both exercises at their starting dose last well under three minutes.
      await runSeconds(page, 180);
      await page.getByRole('heading', { level: 1, name: 'Well done' }).waitFor();
      const done = page.locator('.done-item');
      expect(await done.count()).toBe(2);
      expect(await done.nth(0).textContent()).toContain('Pelvic tilt');
      expect(await done.nth(0).textContent()).toContain('Done');
      expect(await done.nth(1).textContent()).toContain('Cat-cow');
      expect(await done.nth(1).textContent()).toContain('Done');
      expect(await page.locator('.is-done').count()).toBe(2);
      await page.getByText('Saved on this device.').waitFor();
      await page.getByRole('button', { name: '1', exact: true }).click();
      expect(await page.locator('.player-after .facts').textContent()).toContain(
        'Pain now1 out of 10',
      );
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'All exercises and recent sessions' }).click();
      const recent = page.locator('.recent-item').first();
      await recent.waitFor();
      const text = (await recent.textContent()) ?? '';
      expect(text).toContain('Pelvic tilt, Cat-cow');
      expect(text).toContain('Finished');
      expect(text).toContain('pain before 2, after 1');
      expect(errors).toEqual([]);
    });
  });

  it('offers to resume a session after a reload, paused on the exercise it had reached', async () => {
    await withBrowser(async (page, errors) => {
      const path = `${server.url}/session?exercises=pelvic-tilt,cat-cow`;
      await page.goto(path);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('heading', { level: 1, name: 'Pelvic tilt' }).waitFor();
      // Through the first exercise and into the second.
      const title = page.locator('main h1');
      for (let i = 0; i < 30 && (await title.textContent()) !== 'Cat-cow'; i++) {
        await page.clock.runFor(5000);
      }
      expect(await title.textContent()).toBe('Cat-cow');

      await page.reload();
      const offer = page.getByRole('region', { name: 'You were part-way through this session' });
      await offer.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await offer.getByRole('button', { name: 'Resume where I left off' }).click();
      await page.getByRole('heading', { level: 1, name: 'Cat-cow' }).waitFor();
      await page.getByText('Paused. Resume when you are ready.').waitFor();
      await page.getByRole('button', { name: 'Resume', exact: true }).click();
      await runSeconds(page, 120);
      await page.getByRole('heading', { level: 1, name: 'Well done' }).waitFor();
      // The first exercise counts as done: it was finished before the reload.
      expect(await page.locator('.done-item').nth(0).textContent()).toContain('Done');

      // Another reload after the end offers nothing; a different session never resumes this one.
      await page.goto(path);
      await page.getByRole('button', { name: 'Start' }).waitFor();
      expect(await offer.count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it('starts from the beginning when the person chooses to, after a reload', async () => {
    await withBrowser(async (page) => {
      await page.goto(`${server.url}/session?exercises=pelvic-tilt,cat-cow`);
      await page.getByRole('button', { name: 'Start' }).click();
      await runSeconds(page, 20);
      await page.reload();
      await page.getByRole('button', { name: 'Start from the beginning' }).click();
      expect(
        await page.getByRole('region', { name: 'You were part-way through this session' }).count(),
      ).toBe(0);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('heading', { level: 1, name: 'Pelvic tilt' }).waitFor();
    });
  });

  it('stops at once for pain, logs the score given and offers the check and the relief steps', async () => {
    await withBrowser(async (page, errors) => {
      await page.goto(`${server.url}/session?exercises=knee-to-chest,cat-cow`);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.clock.runFor(8000);
      expect(await page.locator('.ring-label').textContent()).toBe('Hold');

      await page.getByRole('button', { name: 'This hurts' }).click();
      await page.getByRole('heading', { level: 1, name: 'Stopped' }).waitFor();
      await page.getByRole('button', { name: '7', exact: true }).click();
      await page.getByText('Noted: pain 7 out of 10.').waitFor();
      expect(
        await page.getByRole('link', { name: 'Should I see a doctor?' }).getAttribute('href'),
      ).toBe('/check');
      expect(
        await page.getByRole('link', { name: 'I have a spasm now' }).getAttribute('href'),
      ).toBe('/spasm');
      expect(await axeViolations(page)).toEqual([]);

      // The clock running on changes nothing: the session stays stopped.
      await page.clock.runFor(60_000);
      expect(await page.locator('main h1').textContent()).toBe('Stopped');

      await page.goto(`${server.url}/exercises`);
      const recent = page.locator('.recent-item').first();
      await recent.waitFor();
      const text = (await recent.textContent()) ?? '';
      expect(text).toContain('Knee-to-chest stretch (one leg), Cat-cow');
      expect(text).toContain('Stopped for pain (7 out of 10)');
      expect(errors).toEqual([]);
    });
  });

  it('freezes the countdown while paused, and +10 s adds ten seconds', async () => {
    await withBrowser(async (page) => {
      await page.goto(`${server.url}/session?exercises=childs-pose`);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.clock.runFor(3000 + 5000);
      expect(await page.locator('.ring-label').textContent()).toBe('Hold');
      expect(await countdown(page)).toBe('15');

      await page.getByRole('button', { name: 'Pause' }).click();
      expect(await page.locator('.ring-label').textContent()).toBe('Paused');
      await page.clock.runFor(30_000);
      expect(await countdown(page)).toBe('15');
      expect(await page.locator('.ring-label').textContent()).toBe('Paused');

      // The installed clock also runs at real speed, so on a slow machine a click can take part
      // of a second: compare with what the ring shows, not with a fixed number.
      await page.getByRole('button', { name: 'Resume' }).click();
      const resumedAt = Number(await countdown(page));
      expect(resumedAt).toBeLessThanOrEqual(15);
      await page.clock.runFor(2000);
      const running = Number(await countdown(page));
      expect(resumedAt - running).toBeGreaterThanOrEqual(1);
      expect(resumedAt - running).toBeLessThanOrEqual(3);

      await page.getByRole('button', { name: '+10 s' }).click();
      const lengthened = Number(await countdown(page));
      expect(lengthened - running).toBeGreaterThanOrEqual(9);
      expect(lengthened - running).toBeLessThanOrEqual(10);
    });
  });

  it('lands in the right place when the clock jumps, as in a throttled background tab', async () => {
    await withBrowser(async (page) => {
      await page.goto(`${server.url}/session?exercises=childs-pose`);
      await page.getByRole('button', { name: 'Start' }).click();
      // Get-ready 3 s, hold 20 s, rest 10 s: 40 s in is 7 s into the second hold.
      await page.clock.fastForward(40_000);
      await page.clock.runFor(300);
      expect(await page.locator('.ring-label').textContent()).toBe('Hold');
      expect(await page.locator('.counters').textContent()).toContain('Rep 2 of 2');
      expect(await countdown(page)).toBe('13');
    });
  });

  it('passes axe during and after a session in the dark scheme', async () => {
    await withBrowser(async (page, errors) => {
      await page.goto(`${server.url}/session?exercises=bird-dog`);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.clock.runFor(5000);
      expect(await page.locator('.ring-label').textContent()).toBe('Hold');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Pause' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'End session' }).click();
      await page.getByRole('heading', { level: 1, name: 'Session ended' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    }, 'dark');
  });
});
