/**
 * "Should I see a doctor?" in a person's own words, in Chromium: a description typed (or spoken)
 * on the first screen, "What we understood" with the words behind each finding and a way to change
 * it, then only the questions still open and the result, equal to what the engine gives for the
 * confirmed answers and the answered ones together. One description for each of the four results;
 * a denied warning sign changed to Yes; the words kept when going back to change them; the place
 * kept through a reload; the whole of it offline; speaking instead of typing; and no axe
 * violations on the words, what was understood, or a result. UNKNOT_SHOTS=<folder> keeps a
 * screenshot of each screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/core/time/index.js';
import type { AnswerKey, Answers } from '../../src/core/triage/answers.js';
import { DISPOSITION_INFO, type Disposition } from '../../src/core/triage/dispositions.js';
import { evaluate } from '../../src/core/triage/engine.js';
import { questionById } from '../../src/core/triage/questions.js';
import {
  answersFromReading,
  FINDING_LABELS,
  readDescription,
} from '../../src/core/triage/text/index.js';
import {
  calm,
  expectEngineResult,
  give,
  onScreen,
  openCheck,
  type Pick,
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
  shot,
  startServer,
  waitForServiceWorker,
} from './harness.js';

/** A description for each result, as a person in each case might write it. */
const WORDS: Record<Disposition, string> = {
  emergency: "Since this morning I can't feel the toilet paper when I wipe and my back hurts",
  urgent:
    "I've had a temperature of 38.5 since yesterday and my back aches. No numbness, toilet's fine, legs normal.",
  soon: "I'm 45 and my back has hurt for three weeks, not getting better. No numbness, no fever, toilet fine, no leg pain.",
  self_care:
    "I'm 34. I bent down yesterday and my lower back went into spasm, about a 5 out of 10 and already a bit better. No leg pain, no numbness, no fever, the toilet's fine.",
};

const BOX = 'Tell us what is happening, in your own words';

/** The answers the words give the check when nothing is changed: what needs asking is left out. */
function givenBy(text: string): Answers {
  const today = localDate(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  return answersFromReading(readDescription(text, { today }), { forFlow: true });
}

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

/** A fresh check, on its words screen, with the UK's emergency number. */
async function openWords(page: Page): Promise<void> {
  await openCheck(page, server.url, 'UK', { questions: false });
}

/** Types a description and goes on to what was understood. */
async function describeBack(page: Page, text: string): Promise<void> {
  await page.getByLabel(BOX).fill(text);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.locator('[data-screen="understood"]').waitFor();
}

/** The section of the warning signs the words said were not there. */
const deniedSection = (page: Page) => page.getByRole('region', { name: 'You said none of these' });

/** The denied warning signs with nothing chosen: those the person must answer themselves. */
async function unchosen(page: Page): Promise<string[]> {
  return page
    .locator('[data-screen="understood"] .check-denied [data-finding]')
    .evaluateAll((items) =>
      items
        .filter((item) => item.querySelector('input:checked') === null)
        .map((item) => item.getAttribute('data-finding') ?? ''),
    );
}

/**
 * "That's right, continue": the next question still open, or the result. A person who has read
 * each denied warning sign answers "No" to those waiting for their own answer first.
 */
async function confirm(page: Page): Promise<void> {
  for (const key of await unchosen(page)) {
    const group = findingGroup(page, key as AnswerKey);
    const no = group.getByLabel('No', { exact: true });
    await ((await no.count()) > 0 ? no : group.getByLabel('No weakness', { exact: true })).check();
  }
  await page.getByRole('button', { name: "That's right, continue" }).click();
  await page.locator('[data-question], [data-disposition]').first().waitFor();
}

/** A finding's radio group on "What we understood". */
const findingGroup = (page: Page, key: AnswerKey) =>
  page.getByRole('group', { name: FINDING_LABELS[key], exact: true });

describe('the check in your own words', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts with a box for your own words, with an example, and asks for words before going on', async () => {
    const { page, errors } = await newPage(browser.context);
    await openWords(page);
    await page.getByRole('heading', { level: 1, name: 'Should I see a doctor?' }).waitFor();
    const box = page.getByLabel(BOX);
    expect(await box.getAttribute('aria-describedby')).toBe('check-words-hint');
    expect(await page.locator('#check-words-hint').textContent()).toMatch(/^For example: /);
    expect(await page.locator('.check-intro').textContent()).toContain('It does not diagnose.');
    await page.getByRole('link', { name: 'See your past checks' }).waitFor();
    expect(await page.locator('.check-number-setting summary').textContent()).toContain('999');
    await shot(page, 'check-words');
    expect(await axeViolations(page)).toEqual([]);

    // Nothing written: the field says what to do, and keeps the person on it.
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const error = page.locator('#check-words-error');
    expect(await error.textContent()).toMatch(/^Please write a few words about your back/);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await box.getAttribute('aria-describedby')).toContain('check-words-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-words');
    expect(await axeViolations(page)).toEqual([]);
    for (const name of ['Continue', 'or answer questions instead']) {
      const target = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(target?.height).toBeGreaterThanOrEqual(44);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes from words that name an emergency sign straight to the call', async () => {
    const { page, errors } = await newPage(browser.context);
    await openWords(page);
    await describeBack(page, WORDS.emergency);
    const numb = page.locator('[data-finding="saddleNumbness"]');
    expect(await numb.textContent()).toContain(FINDING_LABELS.saddleNumbness);
    expect(await numb.textContent()).toContain("“can't feel the toilet paper”");
    expect(
      await findingGroup(page, 'saddleNumbness').getByLabel('Yes', { exact: true }).isChecked(),
    ).toBe(true);
    // Focus is on the new screen's heading, for a screen reader.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-understood');
    expect(await axeViolations(page)).toEqual([]);

    await confirm(page);
    await page.locator('[data-disposition="emergency"]').waitFor();
    expectEngineResult(await shownResult(page), givenBy(WORDS.emergency));
    await page.getByText('Kept in your past checks on this device only.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // No question came after the words: "Change my last answer" goes back to what was understood.
    await page.getByRole('button', { name: 'Change my last answer' }).click();
    await page.locator('[data-screen="understood"]').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const disposition of ['urgent', 'soon', 'self_care'] as const) {
    it(`reads words that lead to "${disposition}", then asks only what they left open`, async () => {
      const { page, errors } = await newPage(browser.context);
      await openWords(page);
      const text = WORDS[disposition];
      await describeBack(page, text);
      const given = givenBy(text);
      // Every denied warning sign is listed for a second look: an emergency sign with nothing
      // chosen, for the person to answer; any other with "No" chosen, for them to change.
      const reading = readDescription(text);
      expect(reading.toConfirm.length).toBeGreaterThan(0);
      for (const key of reading.toConfirm) {
        const group = deniedSection(page).getByRole('group', {
          name: FINDING_LABELS[key],
          exact: true,
        });
        const emergencySign = questionById(key).group === 'emergency';
        expect(await group.getByRole('radio', { checked: true }).count(), key).toBe(
          emergencySign ? 0 : 1,
        );
      }
      if (disposition === 'self_care') {
        await shot(page, 'check-understood');
        expect(await axeViolations(page)).toEqual([]);
      }

      await confirm(page);
      const first = await onScreen(page);
      expect(first.question).toBeDefined();
      // Nothing the words answered is asked again, and the count starts at 1.
      expect(Object.keys(given)).not.toContain(first.question);
      expect(await page.locator('.check-progress-text').textContent()).toMatch(/^Question 1/);
      if (disposition === 'self_care') await shot(page, 'check-question-after-words');

      const answers = await walk(page, calm, given);
      for (const key of Object.keys(given)) expect(answers).toHaveProperty(key);
      const shown = await shownResult(page);
      expect(shown.disposition).toBe(disposition);
      expectEngineResult(shown, answers);
      await page.getByText('Kept in your past checks on this device only.').waitFor();
      if (disposition === 'self_care') {
        await shot(page, 'check-result-after-words');
        expect(await axeViolations(page)).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('changes the result when a warning sign the words denied is changed to Yes', async () => {
    const { page, errors } = await newPage(browser.context);
    await openWords(page);
    await describeBack(page, WORDS.self_care);
    const numb = deniedSection(page).getByRole('group', {
      name: FINDING_LABELS.saddleNumbness,
      exact: true,
    });
    expect(await numb.getByRole('radio', { checked: true }).count()).toBe(0);
    await numb.getByLabel('Yes', { exact: true }).check();
    await numb.getByText('Changed by you.').waitFor();
    await confirm(page);
    await page.locator('[data-disposition="emergency"]').waitFor();
    expectEngineResult(await shownResult(page), {
      ...givenBy(WORDS.self_care),
      saddleNumbness: true,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('waits for the person to answer each emergency sign the words denied', async () => {
    const { page, errors } = await newPage(browser.context);
    await openWords(page);
    // A denial the reader could misjudge: the person must answer it, not just confirm it.
    await describeBack(page, 'No fall or anything, my back just went. No numbness down below.');
    const waiting = await unchosen(page);
    expect(waiting).toContain('saddleNumbness');
    await page.getByRole('button', { name: "That's right, continue" }).click();
    const numb = findingGroup(page, 'saddleNumbness');
    await numb.getByText('Please choose an answer for this one.').waitFor();
    // The first sign still to answer has the focus, and the screen has not moved on.
    const first = findingGroup(page, waiting[0] as AnswerKey);
    expect(
      await first
        .locator('input')
        .first()
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(await page.locator('[data-screen="understood"]').count()).toBe(1);
    await shot(page, 'check-understood-unanswered');
    expect(await axeViolations(page)).toEqual([]);

    // Answering one clears its message; the rest still wait.
    await numb.getByLabel('Yes', { exact: true }).check();
    expect(await numb.getByText('Please choose an answer for this one.').count()).toBe(0);
    await confirm(page);
    await page.locator('[data-disposition="emergency"]').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the words when going back to change them, and reads them afresh', async () => {
    const { page } = await newPage(browser.context);
    await openWords(page);
    await describeBack(page, WORDS.self_care);
    await page.getByRole('button', { name: 'Change what I wrote' }).click();
    await page.locator('[data-screen="words"]').waitFor();
    expect(await page.getByLabel(BOX).inputValue()).toBe(WORDS.self_care);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-words-heading');

    await page.getByLabel(BOX).fill(`${WORDS.self_care} I think I have a temperature though.`);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const fever = page.locator('[data-finding="fever"]');
    await fever.waitFor();
    expect(await fever.textContent()).toContain(
      'You were not sure, so we take the careful reading.',
    );
    expect(
      await findingGroup(page, 'fever').getByLabel('Not sure', { exact: true }).isChecked(),
    ).toBe(true);
    // "No fever" is no longer among the signs the words denied.
    expect(await deniedSection(page).locator('[data-finding="fever"]').count()).toBe(0);
    await page.close();
  });

  it('says so kindly when the words give nothing to go on, and offers the questions', async () => {
    const { page, errors } = await newPage(browser.context);
    await openWords(page);
    await describeBack(page, 'It is hard to put into words.');
    await page.getByText(/We could not pick out anything the check asks about/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Change what I wrote' }).click();
    expect(await page.getByLabel(BOX).inputValue()).toBe('It is hard to put into words.');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('button', { name: 'Answer questions instead' }).click();
    await page.locator('[data-question="saddleNumbness"]').waitFor();
    expect(await page.locator('.check-progress-text').textContent()).toMatch(/^Question 1/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks again about a finding the words give only part of, unless it is answered there', async () => {
    const { page } = await newPage(browser.context);
    await openWords(page);
    const text = 'My left foot is weak and my back hurts. No numbness, the toilet is fine.';
    await describeBack(page, text);
    const weak = page.locator('[data-finding="legWeakness"]');
    expect(await weak.textContent()).toContain('We will ask a little more about this.');
    await confirm(page);
    // The words said weak, not whether it is getting worse: the question comes up.
    await walkUntil(page, 'legWeakness');
    // Back to the words' reading, where choosing an answer settles it instead.
    await backToUnderstood(page);
    await findingGroup(page, 'legWeakness').getByLabel('Yes, and it is getting worse').check();
    await confirm(page);
    await page.locator('[data-disposition="emergency"]').waitFor();
    await page.close();
  });
});

/** Answers calmly until the question `key` is on screen. */
async function walkUntil(page: Page, key: AnswerKey): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const screen = await onScreen(page);
    if (screen.question === key) return;
    if ('result' in screen) throw new Error(`the check ended before asking ${key}`);
    const { step } = screen;
    await answerOnScreen(page, calm);
    await waitForScreenChange(page, step);
  }
  throw new Error(`${key} was never asked`);
}

/** Answers the question on screen with `pick`. */
async function answerOnScreen(page: Page, pick: Pick): Promise<void> {
  const { question } = await onScreen(page);
  if (typeof question !== 'string') throw new Error('no question on screen');
  const q = questionById(question as AnswerKey);
  await give(page, q, pick(q));
}

/** Back through the questions to "What we understood". */
async function backToUnderstood(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await page.locator('[data-screen="understood"]').count()) > 0) return;
    const { step } = await onScreen(page);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.waitForFunction(
      (before) =>
        document.querySelector('[data-screen="understood"]') !== null ||
        document.querySelector('[data-question]')?.getAttribute('data-step') !== before,
      step,
    );
  }
  throw new Error('never reached what was understood');
}

describe('the check in your own words, kept', () => {
  it('keeps the place, the words and the changes through a reload', async () => {
    const browser = await openBrowser();
    try {
      const { page, errors } = await newPage(browser.context);
      await openWords(page);
      await page.getByLabel(BOX).fill(WORDS.soon);
      // The words being written survive a reload.
      await page.reload();
      expect(await page.getByLabel(BOX).inputValue()).toBe(WORDS.soon);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.locator('[data-screen="understood"]').waitFor();
      await findingGroup(page, 'fever').getByLabel('Not sure', { exact: true }).check();

      await page.reload();
      await page.locator('[data-screen="understood"]').waitFor();
      expect(
        await findingGroup(page, 'fever').getByLabel('Not sure', { exact: true }).isChecked(),
      ).toBe(true);

      await confirm(page);
      const first = await onScreen(page);
      await answerOnScreen(page, calm);
      await waitForScreenChange(page, first.step);
      const second = await onScreen(page);
      expect(await page.locator('.check-progress-text').textContent()).toMatch(/^Question 2/);
      await page.reload();
      await page.locator(`[data-question="${second.question}"]`).waitFor();
      expect(await page.locator('.check-progress-text').textContent()).toMatch(/^Question 2/);

      // Back from the first question returns to what was understood, the change still there.
      await backToUnderstood(page);
      expect(
        await findingGroup(page, 'fever').getByLabel('Not sure', { exact: true }).isChecked(),
      ).toBe(true);
      // Confirming again, unchanged, returns to where the person was, the answer before kept.
      await confirm(page);
      await page.locator(`[data-question="${second.question}"]`).waitFor();
      expect(await page.locator('.check-progress-text').textContent()).toMatch(/^Question 2/);

      // The result rests on every answer, the words' ones included: "Not sure" about a fever
      // is listed with a way back to what was understood.
      const answers = await walk(page, calm, { ...givenBy(WORDS.soon), fever: 'unsure' });
      expectEngineResult(await shownResult(page), answers);
      const unsure = page.getByRole('region', { name: 'You were not sure about one answer' });
      await unsure.getByRole('button', { name: 'Change this answer' }).click();
      await page.locator('[data-screen="understood"]').waitFor();
      // "Change what I wrote" goes to the words, even from here.
      await page.getByRole('button', { name: 'Change what I wrote' }).click();
      await page.locator('[data-screen="words"]').waitFor();
      expect(await page.getByLabel(BOX).inputValue()).toBe(WORDS.soon);
      // The browser's Back returns the way the person came: what was understood, the result.
      await page.goBack();
      await page.locator('[data-screen="understood"]').waitFor();
      await page.goBack();
      await page.locator('[data-disposition]').waitFor();

      // Start again forgets it all.
      await page.getByRole('button', { name: 'Start again' }).click();
      await page.locator('[data-screen="words"]').waitFor();
      expect(await page.getByLabel(BOX).inputValue()).toBe('');
      await page.reload();
      expect(await page.getByLabel(BOX).inputValue()).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('reads the words and runs the whole check with no network after one visit', async () => {
    const browser = await openBrowser();
    try {
      const { page } = await newPage(browser.context);
      await page.goto(`${server.url}/`);
      await page.locator('main h1').waitFor();
      await waitForServiceWorker(page);
      await browser.context.setOffline(true);
      try {
        await openWords(page);
        await describeBack(page, WORDS.urgent);
        expect(
          await findingGroup(page, 'fever').getByLabel('Yes', { exact: true }).isChecked(),
        ).toBe(true);
        await confirm(page);
        const answers = await walk(page, calm, givenBy(WORDS.urgent));
        expectEngineResult(await shownResult(page), answers);
        expect(evaluate(answers).disposition).toBe('urgent');
        await page.getByText('Kept in your past checks on this device only.').waitFor();
        await page.goto(`${server.url}/check/history`);
        await page.locator('.check-history-item').first().waitFor();
        expect(await page.locator('.check-history-item').first().textContent()).toContain(
          DISPOSITION_INFO.urgent.title,
        );
      } finally {
        await browser.context.setOffline(false);
      }
    } finally {
      await browser.close();
    }
  });
});

/**
 * A stand-in for the browser's speech recognition, installed before the page loads: on start it
 * hears "my back" (still hearing), then "my back went at work" (final); or, told to fail, it
 * reports that the microphone was not allowed.
 */
function installFakeSpeech(fail: boolean): void {
  class FakeRecognition {
    continuous = false;
    interimResults = false;
    lang = '';
    onresult: ((e: unknown) => void) | null = null;
    onerror: ((e: { error: string }) => void) | null = null;
    onend: (() => void) | null = null;
    start() {
      setTimeout(() => {
        if (fail) {
          this.onerror?.({ error: 'not-allowed' });
          this.onend?.();
          return;
        }
        this.onresult?.({ results: [{ isFinal: false, 0: { transcript: 'my back' } }] });
        this.onresult?.({
          results: [{ isFinal: true, 0: { transcript: 'my back went at work' } }],
        });
      }, 50);
    }
    stop() {
      setTimeout(() => this.onend?.(), 0);
    }
    abort() {
      this.stop();
    }
  }
  for (const name of ['webkitSpeechRecognition', 'SpeechRecognition']) {
    Object.defineProperty(window, name, { value: FakeRecognition, configurable: true });
  }
}

describe('speaking instead of typing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('writes what is heard into the box, says where the speech goes, and stops on a second press', async () => {
    const { page, errors } = await newPage(browser.context);
    await page.addInitScript(installFakeSpeech, false);
    await openWords(page);
    await page.getByLabel(BOX).fill('Since Monday.');
    expect(await page.getByText(/Unknot’s server never receives it/).count()).toBe(1);
    const speak = page.getByRole('button', { name: 'Speak instead' });
    expect(await speak.getAttribute('aria-pressed')).toBe('false');
    await speak.click();
    expect(await speak.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('status').filter({ hasText: 'Listening' }).waitFor();
    await page.waitForFunction(
      (label) =>
        (document.getElementById('check-words') as HTMLTextAreaElement | null)?.value ===
        `Since Monday. ${label}`,
      'my back went at work',
    );
    await speak.click();
    await page.waitForFunction(
      () => document.querySelector('.check-speak-button')?.getAttribute('aria-pressed') === 'false',
    );
    expect(await page.getByLabel(BOX).inputValue()).toBe('Since Monday. my back went at work');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says in words when the microphone is not allowed', async () => {
    const { page } = await newPage(browser.context);
    await page.addInitScript(installFakeSpeech, true);
    await openWords(page);
    await page.getByRole('button', { name: 'Speak instead' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /did not let us use the microphone/ })
      .waitFor();
    expect(
      await page.getByRole('button', { name: 'Speak instead' }).getAttribute('aria-pressed'),
    ).toBe('false');
    await page.close();
  });

  it('offers no speaking where the browser cannot turn speech into text', async () => {
    const { page } = await newPage(browser.context);
    await page.addInitScript(() => {
      for (const name of ['webkitSpeechRecognition', 'SpeechRecognition']) {
        Object.defineProperty(window, name, { value: undefined, configurable: true });
      }
    });
    await openWords(page);
    expect(await page.getByRole('button', { name: 'Speak instead' }).count()).toBe(0);
    expect(await page.getByText(/never receives it/).count()).toBe(0);
    await page.close();
  });
});
