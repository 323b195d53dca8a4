/**
 * "Should I see a doctor?" in Chromium, answering the questions one at a time (the way in beside
 * the words, which check-words.test.ts walks): one path to each of the four results, each equal to
 * what the engine gives for the same answers; Back and a changed answer; the emergency screen's
 * call button for the chosen region; the history on the device (open, delete one, delete all); the
 * whole check offline after one visit; and no axe violations on any of its screens.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPOSITION_INFO } from '../../src/core/triage/dispositions.js';
import type { Region } from '../../src/core/triage/emergency-numbers.js';
import { questionById } from '../../src/core/triage/questions.js';
import { answer, answersOf, back, START, screenFor } from '../../src/web/check/flow.js';
import {
  answerQuestionsInstead,
  calm,
  expectEngineResult,
  onScreen,
  openCheck,
  PATHS_TO,
  shownResult,
  waitForScreenChange,
  walk,
} from './check-steps.js';
import {
  axeViolations,
  type Browser,
  newPage,
  openBrowser,
  type RunningServer,
  startServer,
  waitForServiceWorker,
} from './harness.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

/** Opens a new check, forgetting one kept by an earlier test; see `openCheck`. */
function startCheck(page: Page, region?: Region, options?: { questions?: boolean }) {
  return openCheck(page, server.url, region, options);
}

describe('the check, one path to each result', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is one tap from the home page, says what it is, and offers the questions one at a time', async () => {
    const { page, errors } = await newPage(browser.context);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: /Should I see a doctor\?/ }).click();
    await page.waitForURL(/\/check$/);
    await page.locator('[data-screen="words"]').waitFor();
    const intro = await page.locator('.check-intro').textContent();
    expect(intro).toContain('It does not diagnose.');
    expect(intro).toContain('Emergency signs come first');
    // The questions as before, for a person who would rather answer them than write.
    await answerQuestionsInstead(page);
    await page.locator('[data-question="saddleNumbness"]').waitFor();
    expect(await page.locator('.check-progress-text').textContent()).toMatch(/^Question 1/);
    // The explanation of "saddle area" opens behind a disclosure.
    await page.getByText('What does this mean?').click();
    await page.getByText(/skin that would touch a bicycle saddle/).waitFor();
    for (const name of ['Yes', 'No', 'Not sure']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(56);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const disposition of ['emergency', 'urgent', 'soon', 'self_care'] as const) {
    it(`walks to "${disposition}" and shows what the engine gives for the same answers`, async () => {
      const { page, errors } = await newPage(browser.context);
      await startCheck(page, 'UK');
      const answers = await walk(page, PATHS_TO[disposition]);
      expectEngineResult(await shownResult(page), answers);
      // Words and an icon, never colour alone.
      expect(await page.locator(`[data-disposition] svg[data-icon="${disposition}"]`).count()).toBe(
        1,
      );
      await page.getByText('Kept in your past checks on this device only.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('ends the check at the first emergency answer with a call button for the chosen region', async () => {
    const { page } = await newPage(browser.context);
    await startCheck(page, 'UK');
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Call 999 now' }).waitFor();
    const call = page.getByRole('link', { name: 'Call 999' });
    expect(await call.getAttribute('href')).toBe('tel:999');
    expect((await call.boundingBox())?.height).toBeGreaterThanOrEqual(56);
    expect(await page.locator('.check-actions').textContent()).toContain('Call 999 now');

    await page.getByLabel(/Where you are/).selectOption('AU');
    await page.getByRole('heading', { level: 1, name: 'Call 000 now' }).waitFor();
    expect(await page.getByRole('link', { name: 'Call 000' }).getAttribute('href')).toBe('tel:000');

    // The result stays through a reload; the region is kept on the device for the next check.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Call 000 now' }).waitFor();
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.locator('[data-screen="words"]').waitFor();
    expect(await page.locator('.check-number-setting summary').textContent()).toContain('000');
    await page.locator('.check-number-setting summary').click();
    await page.locator('#check-region-start').selectOption('UK');
    await page.close();
  });

  it('goes back with the earlier answer selected, and a changed answer changes the result', async () => {
    const { page } = await newPage(browser.context);
    await startCheck(page, 'UK');
    const calmAnswers = await walk(page, calm);
    expect(await page.locator('[data-disposition]').getAttribute('data-disposition')).toBe(
      'self_care',
    );

    await page.getByRole('button', { name: 'Change my last answer' }).click();
    await page.locator('[data-question]').waitFor();
    for (let i = 0; i < 40; i++) {
      if ((await onScreen(page)).question === 'fever') break;
      const { step } = await onScreen(page);
      await page.getByRole('button', { name: 'Back' }).click();
      await waitForScreenChange(page, step);
    }
    expect((await onScreen(page)).question).toBe('fever');
    const no = page.getByRole('button', { name: 'No', exact: true });
    expect(await no.getAttribute('aria-pressed')).toBe('true');
    expect(
      await page.getByRole('button', { name: 'Yes', exact: true }).getAttribute('aria-pressed'),
    ).toBe('false');

    // Yes to a fever: later answers that still apply are kept, the rest are dropped.
    const { step } = await onScreen(page);
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await waitForScreenChange(page, step);
    await walk(page, calm);
    const shown = await shownResult(page);
    expect(shown.disposition).toBe('urgent');

    // The same steps through the pure flow give the answers the page holds now.
    let state = START;
    for (let s = screenFor(state); s.kind === 'question'; s = screenFor(state)) {
      state = answer(state, s.question.id, calm(s.question));
    }
    expect(answersOf(state.steps)).toEqual(calmAnswers);
    while (state.steps[state.position]?.key !== 'fever') state = back(state);
    state = answer(state, 'fever', true);
    for (let s = screenFor(state); s.kind === 'question'; s = screenFor(state)) {
      state = answer(state, s.question.id, calm(s.question));
    }
    expectEngineResult(shown, answersOf(state.steps));
    await page.close();
  });
});

describe('the check in progress', () => {
  it('keeps the answers through a reload, and the result after it, until Start again', async () => {
    const browser = await openBrowser();
    try {
      const { page, errors } = await newPage(browser.context);
      await startCheck(page, 'UK');
      for (let i = 0; i < 3; i++) {
        const { step } = await onScreen(page);
        await page.getByRole('button', { name: 'No', exact: true }).click();
        await waitForScreenChange(page, step);
      }
      const fourth = await onScreen(page);
      expect(await page.locator('.check-progress-text').textContent()).toMatch(/^Question 4/);

      // A reload, and a new tab as after closing this one, come back to question 4.
      await page.reload();
      await page.locator(`[data-question="${fourth.question}"]`).waitFor();
      expect(await page.locator('.check-progress-text').textContent()).toMatch(/^Question 4/);
      const other = await browser.context.newPage();
      await other.goto(`${server.url}/check`);
      await other.locator(`[data-question="${fourth.question}"]`).waitFor();
      await other.close();

      // The earlier answers are still there to go back to.
      await page.getByRole('button', { name: 'Back' }).click();
      await page.locator('.check-progress-text', { hasText: /^Question 3/ }).waitFor();
      expect(
        await page.getByRole('button', { name: 'No', exact: true }).getAttribute('aria-pressed'),
      ).toBe('true');

      // The result survives a reload too.
      await walk(page, calm);
      await page.getByText('Kept in your past checks on this device only.').waitFor();
      const heading = await page.locator('main h1').textContent();
      await page.reload();
      await page.locator('[data-disposition="self_care"]').waitFor();
      expect(await page.locator('main h1').textContent()).toBe(heading);

      // Start again forgets it: a reload then begins at the empty words screen, and the
      // questions at question 1.
      await page.getByRole('button', { name: 'Start again' }).click();
      await page.locator('[data-screen="words"]').waitFor();
      await page.reload();
      await page.locator('[data-screen="words"]').waitFor();
      expect(
        await page.getByLabel('Tell us what is happening, in your own words').inputValue(),
      ).toBe('');
      await answerQuestionsInstead(page);
      await page.locator('[data-question="saddleNumbness"]').waitFor();
      expect(await page.locator('.check-progress-text').textContent()).toMatch(/^Question 1/);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('says which answers the result rests on were "Not sure", and leads back to change one', async () => {
    const browser = await openBrowser();
    try {
      const { page, errors } = await newPage(browser.context);
      await startCheck(page, 'UK');
      await page.getByRole('button', { name: 'Not sure', exact: true }).click();
      await page.locator('[data-disposition="emergency"]').waitFor();
      const section = page.getByRole('region', { name: 'You were not sure about one answer' });
      expect(await section.textContent()).toContain(questionById('saddleNumbness').text);
      expect(await page.locator('.check-reason-text').first().textContent()).toMatch(
        /^You were not sure about numbness/,
      );
      expect(await axeViolations(page)).toEqual([]);

      await section.getByRole('button', { name: 'Change this answer' }).click();
      await page.locator('[data-question="saddleNumbness"]').waitFor();
      expect(
        await page
          .getByRole('button', { name: 'Not sure', exact: true })
          .getAttribute('aria-pressed'),
      ).toBe('true');
      await page.getByRole('button', { name: 'No', exact: true }).click();
      await page.locator('[data-question]:not([data-question="saddleNumbness"])').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("goes to the previous question with the browser's Back, as a phone's Back gesture does", async () => {
    const browser = await openBrowser();
    try {
      const { page } = await newPage(browser.context);
      await page.goto(`${server.url}/learn`);
      await startCheck(page, 'UK');
      const first = await onScreen(page);
      await page.getByRole('button', { name: 'No', exact: true }).click();
      await waitForScreenChange(page, first.step);
      const second = await onScreen(page);
      await page.getByRole('button', { name: 'No', exact: true }).click();
      await waitForScreenChange(page, second.step);

      await page.goBack();
      await page.locator(`[data-question="${second.question}"]`).waitFor();
      expect(new URL(page.url()).pathname).toBe('/check');
      await page.goBack();
      await page.locator(`[data-question="${first.question}"]`).waitFor();
      expect(
        await page.getByRole('button', { name: 'No', exact: true }).getAttribute('aria-pressed'),
      ).toBe('true');
      // Forward returns to where the person was.
      await page.goForward();
      await page.locator(`[data-question="${second.question}"]`).waitFor();
      // The on-screen Back keeps the browser's history in step: Back then goes to the words
      // screen the questions were chosen on, and on leaving /check.
      await page.getByRole('button', { name: 'Back' }).click();
      await page.locator(`[data-question="${first.question}"]`).waitFor();
      await page.goBack();
      await page.locator('[data-screen="words"]').waitFor();
      expect(new URL(page.url()).pathname).toBe('/check');
      await page.goBack();
      await page.waitForURL((url) => url.pathname !== '/check');
    } finally {
      await browser.close();
    }
  });
});

describe('past checks on the device', () => {
  it('lists saved results, opens one, deletes one and then all, each after a confirmation', async () => {
    const browser = await openBrowser();
    try {
      const { page, errors } = await newPage(browser.context);
      await startCheck(page, 'UK');
      await walk(page, PATHS_TO.self_care);
      await page.getByText('Kept in your past checks on this device only.').waitFor();
      await page.getByRole('button', { name: 'Start again' }).click();
      await answerQuestionsInstead(page);
      await page.locator('[data-question="saddleNumbness"]').waitFor();
      await walk(page, PATHS_TO.emergency);
      await page.getByText('Kept in your past checks on this device only.').waitFor();

      await page.getByRole('link', { name: 'See your past checks' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your past checks' }).waitFor();
      const items = page.locator('.check-history-item');
      await items.first().waitFor();
      expect(await items.count()).toBe(2);
      // Newest first, each with its disposition in words and an icon.
      expect(await items.nth(0).textContent()).toContain('Emergency');
      expect(await items.nth(1).textContent()).toContain('At home');
      expect(await items.nth(1).locator('svg[data-icon="self_care"]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      // Open the older one: the full result again.
      await items.nth(1).locator('a').click();
      await page
        .getByRole('heading', { level: 1, name: DISPOSITION_INFO.self_care.title })
        .waitFor();
      expect(await page.locator('.check-context').textContent()).toMatch(/^Your check on /);
      expect(await page.locator('.check-reason-text').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Back to your past checks' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your past checks' }).waitFor();

      // Delete one: asked first, "Keep it" keeps it.
      await items
        .nth(0)
        .getByRole('button', { name: /^Delete/ })
        .click();
      await page.getByRole('button', { name: 'Keep it' }).click();
      expect(await items.count()).toBe(2);
      await items
        .nth(0)
        .getByRole('button', { name: /^Delete/ })
        .click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Yes, delete it' }).click();
      await page.getByText('The check was deleted.').waitFor();
      expect(await items.count()).toBe(1);
      expect(await items.nth(0).textContent()).toContain('At home');

      // Delete all.
      await page.getByRole('button', { name: 'Delete all past checks' }).click();
      await page.getByRole('button', { name: 'Yes, delete all' }).click();
      await page.getByText('No checks kept on this device yet.').waitFor();
      await page.reload();
      await page.getByText('No checks kept on this device yet.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('the check in the dark scheme', () => {
  it('has no axe violations on the words, a question, every result and the history', async () => {
    const browser = await openBrowser({ colorScheme: 'dark' });
    try {
      const { page } = await newPage(browser.context);
      await startCheck(page, 'UK', { questions: false });
      expect(await axeViolations(page)).toEqual([]);
      await answerQuestionsInstead(page);
      expect(await axeViolations(page)).toEqual([]);
      for (const disposition of ['emergency', 'urgent', 'soon', 'self_care'] as const) {
        await startCheck(page);
        await walk(page, PATHS_TO[disposition]);
        expect(await page.locator('[data-disposition]').getAttribute('data-disposition')).toBe(
          disposition,
        );
        expect(await axeViolations(page)).toEqual([]);
      }
      await page.goto(`${server.url}/check/history`);
      await page.locator('.check-history-item').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('offline', () => {
  it('runs the whole check and keeps its history with no network after one visit', async () => {
    const browser = await openBrowser();
    try {
      const { page } = await newPage(browser.context);
      await page.goto(`${server.url}/`);
      await page.locator('main h1').waitFor();
      await waitForServiceWorker(page);
      await browser.context.setOffline(true);
      try {
        await startCheck(page, 'UK');
        const answers = await walk(page, PATHS_TO.soon);
        expectEngineResult(await shownResult(page), answers);
        await page.getByText('Kept in your past checks on this device only.').waitFor();
        await page.getByRole('button', { name: 'Start again' }).click();
        await answerQuestionsInstead(page);
        await page.getByRole('button', { name: 'Yes', exact: true }).click();
        expect(await page.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe(
          'tel:999',
        );
        // The second result is kept before the page is left, so the history holds both.
        await page.getByText('Kept in your past checks on this device only.').waitFor();
        await page.goto(`${server.url}/check/history`);
        await page.locator('.check-history-item').nth(1).waitFor();
        expect(await page.locator('.check-history-item').count()).toBe(2);
      } finally {
        await browser.context.setOffline(false);
      }
    } finally {
      await browser.close();
    }
  });
});
