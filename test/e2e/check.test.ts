/**
 * "Should I see a doctor?" in Chromium: one path to each of the four results, each equal to what
 * the engine gives for the same answers; Back and a changed answer; the emergency screen's call
 * button for the chosen region; the history on the device (open, delete one, delete all); the
 * whole check offline after one visit; and no axe violations on any of its screens.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/triage/answers.js';
import { DISPOSITION_INFO, type Disposition } from '../../src/core/triage/dispositions.js';
import type { Region } from '../../src/core/triage/emergency-numbers.js';
import { evaluate } from '../../src/core/triage/engine.js';
import { type Question, questionById } from '../../src/core/triage/questions.js';
import {
  type AnswerValue,
  answer,
  answersOf,
  back,
  START,
  screenFor,
} from '../../src/web/check/flow.js';
import {
  axeViolations,
  type Browser,
  newPage,
  openBrowser,
  type RunningServer,
  startServer,
  waitForServiceWorker,
} from './harness.js';

type Pick = (q: Question) => AnswerValue;

/** No red flags; short pain that is getting better. */
const calm: Pick = (q) => {
  switch (q.input.kind) {
    case 'yes_no_unsure':
      return q.id === 'canWalk';
    case 'choice':
      return q.id === 'trend' ? 'better' : 'none';
    case 'number':
      return q.id === 'ageYears'
        ? 35
        : q.id === 'durationDays'
          ? 2
          : q.id === 'painNow0to10'
            ? 3
            : 0;
  }
};

const PATHS_TO: Record<Disposition, Pick> = {
  emergency: (q) => (q.id === 'saddleNumbness' ? true : calm(q)),
  urgent: (q) => (q.id === 'fever' ? true : calm(q)),
  soon: (q) => (q.id === 'durationDays' ? 10 : q.id === 'trend' ? 'same' : calm(q)),
  self_care: calm,
};

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

const onScreen = (page: Page) =>
  page.evaluate(() => {
    const result = document.querySelector('[data-disposition]');
    if (result !== null) return { result: result.getAttribute('data-disposition') ?? '' };
    const q = document.querySelector('[data-question]');
    return { question: q?.getAttribute('data-question'), step: q?.getAttribute('data-step') };
  });

async function waitForScreenChange(page: Page, step: string | null | undefined): Promise<void> {
  await page.waitForFunction(
    (before) =>
      document.querySelector('[data-disposition]') !== null ||
      document.querySelector('[data-question]')?.getAttribute('data-step') !== before,
    step,
  );
}

async function give(page: Page, q: Question, value: AnswerValue): Promise<void> {
  const { input } = q;
  if (input.kind === 'yes_no_unsure') {
    const name = value === true ? 'Yes' : value === false ? 'No' : 'Not sure';
    await page.getByRole('button', { name, exact: true }).click();
  } else if (input.kind === 'choice') {
    const option = input.options.find((o) => o.value === value);
    if (option === undefined) throw new Error(`${String(value)} is not a choice of ${q.id}`);
    await page.getByRole('button', { name: option.label, exact: true }).click();
  } else if (input.max - input.min <= 10) {
    await page
      .locator('.check-scale-button')
      .nth(Number(value) - input.min)
      .click();
  } else {
    await page.locator(`#check-number-${q.id}`).fill(String(value));
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
}

/** Answers each question the page asks with `pick` until a result shows; returns the answers. */
async function walk(page: Page, pick: Pick, answers: Answers = {}): Promise<Answers> {
  const given: Record<string, AnswerValue> = { ...answers };
  for (let i = 0; i < 40; i++) {
    const screen = await onScreen(page);
    if ('result' in screen) return given as Answers;
    if (screen.question === undefined || screen.question === null) {
      await page.locator('[data-question], [data-disposition]').first().waitFor();
      continue;
    }
    const q = questionById(screen.question as keyof Answers);
    const value = pick(q);
    given[q.id] = value;
    await give(page, q, value);
    await waitForScreenChange(page, screen.step);
  }
  throw new Error('the check did not end');
}

/** The key the check in progress is kept under on the device (web/check/in-progress.ts). */
const IN_PROGRESS = 'unknot.check.flow';

/** Opens a new check: one kept from an earlier test in this browser is forgotten first. */
async function startCheck(page: Page, region?: Region): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.evaluate((key) => localStorage.removeItem(key), IN_PROGRESS);
  await page.goto(`${server.url}/check`);
  await page.locator('[data-question]').waitFor();
  if (region !== undefined) {
    await page.locator('.check-number-setting summary').click();
    await page.locator('#check-region-start').selectOption(region);
  }
}

/** The result on the page, read as the person sees it. */
async function shownResult(page: Page) {
  const result = page.locator('[data-disposition]');
  return {
    disposition: await result.getAttribute('data-disposition'),
    heading: await page.locator('main h1').textContent(),
    reasons: await page.locator('.check-reason-text').allTextContents(),
    sources: await page.locator('.check-source').allTextContents(),
    actions: await page.locator('.check-actions > li').allTextContents(),
    safetyNet: await page.locator('.check-safety-net > li').allTextContents(),
  };
}

function expectEngineResult(shown: Awaited<ReturnType<typeof shownResult>>, answers: Answers) {
  const expected = evaluate(answers, { region: 'UK' });
  expect(shown.disposition).toBe(expected.disposition);
  if (expected.disposition === 'emergency') expect(shown.heading).toBe('Call 999 now');
  else expect(shown.heading).toBe(DISPOSITION_INFO[expected.disposition].title);
  expect(shown.reasons).toEqual(expected.reasons.map((r) => r.text));
  expect(shown.sources).toEqual(expected.reasons.map((r) => `Source: ${r.source}`));
  expect(shown.actions).toHaveLength(expected.actions.length);
  expected.actions.forEach((a, i) => {
    expect(shown.actions[i]).toContain(a.text);
  });
  expect(shown.safetyNet).toEqual(expected.safetyNet);
}

describe('the check, one path to each result', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is one tap from the home page and says what it is on the first question', async () => {
    const { page, errors } = await newPage(browser.context);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: /Should I see a doctor\?/ }).click();
    await page.waitForURL(/\/check$/);
    await page.locator('[data-question="saddleNumbness"]').waitFor();
    const intro = await page.locator('.check-intro').textContent();
    expect(intro).toContain('It does not diagnose.');
    expect(intro).toContain('emergency signs come first');
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
    await page.locator('[data-question]').waitFor();
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

      // Start again forgets it: a reload then begins at question 1.
      await page.getByRole('button', { name: 'Start again' }).click();
      await page.locator('[data-question="saddleNumbness"]').waitFor();
      await page.reload();
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
      // The on-screen Back keeps the browser's history in step: Back then goes on leaving /check.
      await page.getByRole('button', { name: 'Back' }).click();
      await page.locator(`[data-question="${first.question}"]`).waitFor();
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
  it('has no axe violations on a question, every result and the history', async () => {
    const browser = await openBrowser({ colorScheme: 'dark' });
    try {
      const { page } = await newPage(browser.context);
      await startCheck(page, 'UK');
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
