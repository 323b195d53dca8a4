/**
 * "I have a spasm now" in real Chromium against the real server, with Playwright's clock in charge
 * of time: the walk from the home button, the emergency screen, the cold timer running out (also
 * while the person reads another page, and across a reload), the breathing pacer, skipping every
 * step, and no axe violations on any step.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reliefProtocol } from '../../src/core/relief/protocol.js';
import { MAIN_EMERGENCY_NUMBERS } from '../../src/core/triage/emergency-numbers.js';
import {
  axeViolations,
  type Browser,
  DISCLAIMER,
  newPage,
  openBrowser,
  type RunningServer,
  startServer,
} from './harness.js';

const STEPS = reliefProtocol();
const TOTAL = STEPS.length;
const T0 = new Date('2025-03-03T09:00:00Z');

function stepIndex(id: string): number {
  const i = STEPS.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`no relief step ${id}`);
  return i;
}

function timerStep(id: string) {
  const step = STEPS[stepIndex(id)];
  if (step?.kind !== 'timer') throw new Error(`${id} is not a timer step`);
  return step;
}

let server: RunningServer;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startServer();
});

afterEach(async () => {
  // A fresh profile per test: timers and progress live in storage and must not carry over.
  await browser?.close();
  browser = undefined;
});

afterAll(async () => {
  await server?.stop();
});

async function open(
  options: Parameters<typeof openBrowser>[0] = {},
): Promise<{ page: Page; errors: string[] }> {
  browser = await openBrowser(options);
  return newPage(browser.context);
}

async function heading(page: Page): Promise<string> {
  return (await page.locator('main h1').textContent()) ?? '';
}

async function expectStep(page: Page, index: number): Promise<void> {
  const step = STEPS[index];
  if (step === undefined) throw new Error(`no step ${index}`);
  await page.getByRole('heading', { level: 1, name: step.title, exact: true }).waitFor();
  expect(await page.locator('.relief-count').textContent()).toBe(`Step ${index + 1} of ${TOTAL}`);
}

async function press(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
}

async function goToStep(page: Page, index: number): Promise<void> {
  for (let i = 0; i < index; i++) {
    await press(page, 'Next');
    // Unanswered safety questions are passed only by saying so.
    if (STEPS[i]?.kind === 'questions') await press(page, 'Go on without answering');
  }
  await expectStep(page, index);
}

async function answerAllNo(page: Page): Promise<void> {
  const noButtons = page
    .locator('.relief-question')
    .getByRole('button', { name: 'No', exact: true });
  const count = await noButtons.count();
  expect(count).toBe(3);
  for (let i = 0; i < count; i++) await noButtons.nth(i).click();
}

describe('I have a spasm now', () => {
  it('is the first button on the home page and walks the protocol step by step', async () => {
    const { page, errors } = await open();
    await page.goto(`${server.url}/`);
    const first = page.locator('main a, main button').first();
    expect(await first.textContent()).toBe('I have a spasm now');
    const box = await first.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(56);

    await first.click();
    await page.waitForURL(/\/spasm$/);
    await expectStep(page, 0);
    // The position of ease, drawn by the shared figure renderer.
    expect(await page.locator('.relief-figure svg').count()).toBe(1);

    await press(page, 'Next');
    await expectStep(page, 1);
    await answerAllNo(page);
    await page.getByText('none of these three signs').waitFor();
    expect(await page.getByRole('link', { name: 'Do the full check' }).getAttribute('href')).toBe(
      '/check',
    );
    // One way forward after the answers: Next, not a Continue beside it.
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    await press(page, 'Next');
    await expectStep(page, 2);

    // A reload comes back to the same step.
    await page.reload();
    await expectStep(page, 2);

    for (let i = 3; i < TOTAL; i++) {
      await press(page, 'Next');
      await expectStep(page, i);
      const step = STEPS[i];
      const box = await page.locator('.relief-next').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(56);
      if (step?.kind === 'session') {
        // The player runs the doses the step shows, not each exercise's starting dose.
        const ids = step.exercises.map((e) => e.exerciseId).join(',');
        const doses = step.exercises.map((e) => `${e.holdSeconds}-${e.reps}-${e.sets}`).join(',');
        expect(
          await page.getByRole('link', { name: 'Start gentle session' }).getAttribute('href'),
        ).toBe(`/session?exercises=${ids}&dose=${doses}&from=relief`);
      }
      if (step?.kind === 'medicine') {
        expect(await page.locator('.relief-sources[open] ol.sources li').count()).toBe(
          step.sources.length,
        );
        expect(await page.locator('main').textContent()).not.toMatch(/\b\d+\s?mg\b/i);
      }
    }
    await press(page, 'Finish');
    await page.getByRole('heading', { level: 1, name: 'That is every step' }).waitFor();
    expect(await page.locator('footer').textContent()).toContain(DISCLAIMER);
    expect(errors).toEqual([]);
  });

  it('shows the emergency screen with a call button at the first "yes"', async () => {
    // A phone in the UK with its language left at US English: the time zone says where it is.
    const { page, errors } = await open({ locale: 'en-US', timezoneId: 'Europe/London' });
    await page.goto(`${server.url}/spasm`);
    await goToStep(page, stepIndex('safety-questions'));
    await page
      .locator('.relief-question')
      .nth(1)
      .getByRole('button', { name: 'Yes', exact: true })
      .click();

    await page.getByRole('heading', { level: 1, name: 'Get medical help now' }).waitFor();
    const call = page.getByRole('link', { name: 'Call 999', exact: true });
    expect(await call.getAttribute('href')).toBe('tel:999');
    expect(await page.locator('a[href^="tel:"]').count()).toBe(1);
    expect((await call.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(56);
    expect(
      await page.getByRole('link', { name: 'Go through the full check' }).getAttribute('href'),
    ).toBe('/check');
    expect(await axeViolations(page)).toEqual([]);

    // It stays after a reload: the answer has not changed.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Get medical help now' }).waitFor();

    await press(page, 'I tapped the wrong answer');
    await expectStep(page, stepIndex('safety-questions'));
    expect(errors).toEqual([]);
  });

  it('calls the number of the region chosen in settings', async () => {
    const { page } = await open();
    await page.goto(`${server.url}/spasm`);
    await expectStep(page, 0);
    // The settings store as the device store declares it, once the page has opened the database.
    await page.waitForFunction(async () => {
      const names = await indexedDB.databases();
      return names.some((d) => d.name === 'unknot');
    });
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('unknot');
          req.onsuccess = () => {
            const tx = req.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put({ id: 'region', value: 'AU' });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await page.reload();
    await goToStep(page, stepIndex('safety-questions'));
    await page.locator('.relief-question').first().getByRole('button', { name: 'Yes' }).click();
    expect(await page.getByRole('link', { name: 'Call 000' }).getAttribute('href')).toBe('tel:000');
  });

  it('offers the main numbers side by side where the region is unknown, never 112 alone', async () => {
    // Tokyo is outside Unknot's regions, and "en-US" must not make it dial 911 there.
    const { page, errors } = await open({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
    await page.goto(`${server.url}/spasm`);
    await goToStep(page, stepIndex('safety-questions'));
    await page.locator('.relief-question').first().getByRole('button', { name: 'Yes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Get medical help now' }).waitFor();
    const hrefs = await page
      .locator('a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(MAIN_EMERGENCY_NUMBERS.map((n) => `tel:${n.number}`));
    for (const link of await page.locator('a[href^="tel:"]').all()) {
      expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(56);
    }
    expect(await axeViolations(page)).toEqual([]);

    // Choosing where you are narrows it to one number, and the choice is kept.
    await page.locator('#relief-region').selectOption('US');
    await page.getByRole('link', { name: 'Call 911' }).waitFor();
    expect(await page.locator('a[href^="tel:"]').count()).toBe(1);
    await page.reload();
    await page.getByRole('link', { name: 'Call 911' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('treats "not sure" as a reason for the emergency screen too', async () => {
    const { page } = await open();
    await page.goto(`${server.url}/spasm`);
    await goToStep(page, stepIndex('safety-questions'));
    await page
      .locator('.relief-question')
      .nth(2)
      .getByRole('button', { name: 'Not sure', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Get medical help now' }).waitFor();
    expect(await page.locator('a[href^="tel:"]').count()).toBe(1);
  });

  it('says when the cold pack should come off, from the clock', async () => {
    const cold = timerStep('cold');
    const { page, errors } = await open();
    await page.clock.install({ time: T0 });
    await page.goto(`${server.url}/spasm`);
    await press(page, 'Next');
    await answerAllNo(page);
    await press(page, 'Next');
    await press(page, 'Next');
    await expectStep(page, stepIndex('cold'));
    await page.clock.pauseAt(new Date(T0.getTime() + 60_000));

    const clock = page.getByRole('timer');
    expect(await clock.textContent()).toContain('10:00');
    await press(page, 'Start');
    await page.clock.runFor(2_000);
    expect(await clock.textContent()).toContain('9:58');

    await page.clock.fastForward(cold.durationSeconds * 1000);
    await page.getByRole('status').filter({ hasText: cold.doneMessage }).waitFor();
    expect(cold.doneMessage).toMatch(/^Time to take the cold pack off\./);
    expect(await clock.textContent()).toContain('0:00');
    expect(await heading(page)).toBe(cold.title);
    expect(errors).toEqual([]);
  });

  it('keeps the timer running while the person reads another page, and after a reload', async () => {
    const cold = timerStep('cold');
    const { page, errors } = await open();
    await page.clock.install({ time: T0 });
    await page.goto(`${server.url}/spasm`);
    await goToStep(page, stepIndex('cold'));
    await page.clock.pauseAt(new Date(T0.getTime() + 60_000));
    await press(page, 'Start');
    await press(page, '+1 min');
    expect(await page.getByRole('timer').textContent()).toContain('11:00');

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Learn' }).click();
    await page.waitForURL(/\/learn$/);
    await page.clock.runFor(3 * 60_000);
    // The banner on another page tells how long is left.
    await page
      .locator('.relief-banner')
      .filter({ hasText: 'Cold pack timer: 8:00 left' })
      .waitFor();

    await page.locator('.relief-banner').getByRole('link', { name: 'Back to the steps' }).click();
    await expectStep(page, stepIndex('cold'));
    expect(await page.getByRole('timer').textContent()).toContain('8:00');

    await page.reload();
    await expectStep(page, stepIndex('cold'));
    await page.clock.runFor(60_000);
    expect(await page.getByRole('timer').textContent()).toContain('7:00');

    // Finished while elsewhere: the banner says so on any page.
    await nav.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Learn' }).click();
    await page.waitForURL(/\/learn$/);
    await page.clock.fastForward(7 * 60_000);
    const banner = page.locator('.relief-banner.is-done');
    await banner.filter({ hasText: cold.doneMessage }).waitFor();
    await banner.getByRole('button', { name: 'OK' }).click();
    await banner.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('paces the breathing from the clock, and starts and stops', async () => {
    const { page, errors } = await open();
    await page.clock.install({ time: T0 });
    await page.goto(`${server.url}/spasm`);
    await goToStep(page, stepIndex('breathing'));
    await page.clock.pauseAt(new Date(T0.getTime() + 60_000));

    await press(page, 'Start');
    await page.clock.runFor(1_000);
    const words = page.locator('.breath-words');
    expect(await words.textContent()).toBe('Breathe in');
    const scaleAt = () =>
      page.locator('.breath-circle').evaluate((el) => (el as HTMLElement).style.transform);
    const early = await scaleAt();
    await page.clock.runFor(2_500);
    const later = await scaleAt();
    expect(later).not.toBe(early);
    await page.clock.runFor(1_000);
    expect(await words.textContent()).toBe('Breathe out');

    await press(page, 'Stop');
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    expect(await words.textContent()).toBe('Ready');
    expect(errors).toEqual([]);
  });

  it('counts the breath in words, without motion, for people who prefer reduced motion', async () => {
    const { page } = await open({ reducedMotion: 'reduce' });
    await page.clock.install({ time: T0 });
    await page.goto(`${server.url}/spasm`);
    await goToStep(page, stepIndex('breathing'));
    await page.clock.pauseAt(new Date(T0.getTime() + 60_000));
    await press(page, 'Start');
    await page.clock.runFor(2_500);
    expect(await page.locator('.breath-words').textContent()).toBe('Breathe in… 2… 3…');
    expect(
      await page.locator('.breath-circle').evaluate((el) => (el as HTMLElement).style.transform),
    ).toBe('scale(1)');
  });

  it('goes through every step with Next alone, with no Skip beside it', async () => {
    const { page } = await open();
    await page.goto(`${server.url}/spasm`);
    for (let i = 0; i < TOTAL; i++) {
      await expectStep(page, i);
      expect(await page.getByRole('button', { name: 'Skip', exact: true }).count()).toBe(0);
      await press(page, i === TOTAL - 1 ? 'Finish' : 'Next');
      if (STEPS[i]?.kind === 'questions') await press(page, 'Go on without answering');
    }
    await page.getByRole('heading', { level: 1, name: 'That is every step' }).waitFor();
    await press(page, 'Back to the last step');
    await expectStep(page, TOTAL - 1);
  });

  it('does not pass the safety questions silently: Next asks first while one is unanswered', async () => {
    const { page, errors } = await open();
    await page.goto(`${server.url}/spasm`);
    const questions = stepIndex('safety-questions');
    await goToStep(page, questions);
    const no = page.locator('.relief-question').getByRole('button', { name: 'No', exact: true });
    await no.nth(0).click();

    await press(page, 'Next');
    const prompt = page.getByRole('alert');
    await prompt.getByText('Two questions have no answer yet.').waitFor();
    await expectStep(page, questions);
    expect(await axeViolations(page)).toEqual([]);

    // "Answer the questions" closes the prompt and puts the person at the first one unanswered.
    await press(page, 'Answer the questions');
    expect(await prompt.count()).toBe(0);
    const focused = await page.evaluate(
      () => document.activeElement?.closest('fieldset')?.querySelector('legend')?.id,
    );
    const step = STEPS[questions];
    const second = step?.kind === 'questions' ? step.questionIds[1] : undefined;
    expect(focused).toBe(`relief-q-${second}`);

    // Answered in full, Next goes on at once.
    await no.nth(1).click();
    await no.nth(2).click();
    await press(page, 'Next');
    await expectStep(page, questions + 1);

    // Coming back finds the answers kept and nothing to ask.
    await press(page, 'Back');
    await expectStep(page, questions);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("keeps the steps' progress on the device for the day, and starts afresh the next day", async () => {
    const { page } = await open();
    await page.goto(`${server.url}/spasm`);
    await goToStep(page, 3);

    // A new tab, as after closing the first one, returns to the same step.
    const other = await page.context().newPage();
    await other.goto(`${server.url}/spasm`);
    await expectStep(other, 3);
    await other.close();

    // Progress stamped with another day is not today's: the steps start at the beginning.
    await page.evaluate(() => {
      const key = 'unknot.relief.progress';
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      localStorage.setItem(key, JSON.stringify({ ...stored, day: '2020-01-01' }));
    });
    await page.reload();
    await expectStep(page, 0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on any step (${colorScheme})`, async () => {
      const { page, errors } = await open({ colorScheme });
      await page.goto(`${server.url}/spasm`);
      for (let i = 0; i < TOTAL; i++) {
        await expectStep(page, i);
        expect(await page.locator('h1').count()).toBe(1);
        const violations = await axeViolations(page);
        expect(violations, `step ${i + 1}: ${STEPS[i]?.id}`).toEqual([]);
        await press(page, i === TOTAL - 1 ? 'Finish' : 'Next');
        if (STEPS[i]?.kind === 'questions') {
          await page.getByRole('alert').waitFor();
          expect(await axeViolations(page), 'the unanswered prompt').toEqual([]);
          await press(page, 'Go on without answering');
        }
      }
      await page.getByRole('heading', { level: 1, name: 'That is every step' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      // Nine axe runs take a while on a busy machine.
    }, 150_000);
  }
});
