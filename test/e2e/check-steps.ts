/**
 * Steps through "Should I see a doctor?" that its browser tests share: open a fresh check, answer
 * the questions the page asks, and read the result as the person sees it, to compare with what the
 * engine gives for the same answers.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Answers } from '../../src/core/triage/answers.js';
import { DISPOSITION_INFO, type Disposition } from '../../src/core/triage/dispositions.js';
import type { Region } from '../../src/core/triage/emergency-numbers.js';
import { evaluate } from '../../src/core/triage/engine.js';
import { type Question, questionById } from '../../src/core/triage/questions.js';
import type { AnswerValue } from '../../src/web/check/flow.js';

export type Pick = (q: Question) => AnswerValue;

/** No red flags; short pain that is getting better. */
export const calm: Pick = (q) => {
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

export const PATHS_TO: Record<Disposition, Pick> = {
  emergency: (q) => (q.id === 'saddleNumbness' ? true : calm(q)),
  urgent: (q) => (q.id === 'fever' ? true : calm(q)),
  soon: (q) => (q.id === 'durationDays' ? 10 : q.id === 'trend' ? 'same' : calm(q)),
  self_care: calm,
};

export const onScreen = (page: Page) =>
  page.evaluate(() => {
    const result = document.querySelector('[data-disposition]');
    if (result !== null) return { result: result.getAttribute('data-disposition') ?? '' };
    const q = document.querySelector('[data-question]');
    return { question: q?.getAttribute('data-question'), step: q?.getAttribute('data-step') };
  });

export async function waitForScreenChange(
  page: Page,
  step: string | null | undefined,
): Promise<void> {
  await page.waitForFunction(
    (before) =>
      document.querySelector('[data-disposition]') !== null ||
      document.querySelector('[data-question]')?.getAttribute('data-step') !== before,
    step,
  );
}

export async function give(page: Page, q: Question, value: AnswerValue): Promise<void> {
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
export async function walk(page: Page, pick: Pick, answers: Answers = {}): Promise<Answers> {
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
export const IN_PROGRESS = 'unknot.check.flow';

/** From the words screen, the questions one at a time, as today. */
export async function answerQuestionsInstead(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'or answer questions instead' }).click();
  await page.locator('[data-question]').waitFor();
}

/**
 * Opens a new check (one kept from an earlier test in this browser is forgotten first) and, unless
 * told to stay on the words screen, chooses to answer the questions instead.
 */
export async function openCheck(
  page: Page,
  origin: string,
  region?: Region,
  { questions = true }: { questions?: boolean } = {},
): Promise<void> {
  await page.goto(`${origin}/`);
  await page.evaluate((key) => localStorage.removeItem(key), IN_PROGRESS);
  await page.goto(`${origin}/check`);
  await page.locator('[data-screen="words"]').waitFor();
  if (region !== undefined) {
    await page.locator('.check-number-setting summary').click();
    await page.locator('#check-region-start').selectOption(region);
  }
  if (questions) await answerQuestionsInstead(page);
}

/** The result on the page, read as the person sees it. */
export async function shownResult(page: Page) {
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

export function expectEngineResult(
  shown: Awaited<ReturnType<typeof shownResult>>,
  answers: Answers,
) {
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
