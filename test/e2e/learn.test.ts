/**
 * What a person does on the Learn side, in real Chromium against the real server: search from the
 * home page, open a result, find its sources, and say whether it helped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT } from '../../src/core/content/index.js';
import {
  type Browser,
  DISCLAIMER,
  newPage,
  openBrowser,
  type RunningServer,
  startServer,
} from './harness.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

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

describe('Learn in the browser', () => {
  it('finds spasm advice for the misspelling "spazm", opens it and shows its sources', async () => {
    const { page, errors } = await newPage(browser.context);
    await page.goto(`${server.url}/`);
    expect(await page.locator('main h1').textContent()).toBe('Unknot');
    expect(await page.locator('footer').textContent()).toContain(DISCLAIMER);

    await page.getByRole('searchbox', { name: 'Search what Unknot knows' }).fill('spazm');
    const first = page.locator('.results a').first();
    await first.waitFor();
    expect(await page.getByRole('status').first().textContent()).toMatch(/results? for “spazm”/);
    const title = (await first.locator('.result-title').textContent()) ?? '';
    expect(title.toLowerCase()).toContain('spasm');

    await first.click();
    await page.waitForURL(/\/topic\/[a-z0-9-]+$/);
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const item = CONTENT.find((c) => c.id === id);
    expect(item, `no content item with id ${id}`).toBeDefined();

    await page.getByRole('heading', { name: 'Sources', level: 2 }).waitFor();
    const sources = page.locator('ol.sources > li');
    expect(await sources.count()).toBeGreaterThanOrEqual(item?.sources.length ?? 1);
    expect(await page.locator('footer').textContent()).toContain(DISCLAIMER);
    expect(errors).toEqual([]);
  });

  it('answers "ice or heat" from the home page with the cold and heat advice', async () => {
    const { page } = await newPage(browser.context);
    await page.goto(`${server.url}/`);
    const box = page.getByRole('searchbox', { name: 'Search what Unknot knows' });
    await box.fill('ice or heat');
    await page.locator('.results a').first().waitFor();
    const titles = await page.locator('.results .result-title').allTextContents();
    expect(
      titles.some((t) => /ice|heat|cold|warm/i.test(t)),
      titles.join(' | '),
    ).toBe(true);

    // Enter takes the person to the full results, with the query kept in the address.
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=ice(%20|\+)or(%20|\+)heat$/);
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    await page.locator('main .results a').first().waitFor();
  });

  it('records a "Yes" tap by itself, then adds an optional comment to it, and thanks the person', async () => {
    const { page, errors } = await newPage(browser.context);
    const item = CONTENT.find((c) => c.kind === 'treatment') ?? CONTENT[0];
    if (item === undefined) throw new Error('there is no content to give feedback on');
    await page.goto(`${server.url}/topic/${item.id}`);
    await page.getByRole('heading', { name: 'Was this helpful?' }).waitFor();
    const feedbackPost = () =>
      page.waitForResponse(
        (r) => r.url().endsWith('/api/v1/feedback') && r.request().method() === 'POST',
      );

    // The tap alone is the answer: it is sent at once, with no comment and no second step.
    const [tapped] = await Promise.all([
      feedbackPost(),
      page.getByRole('button', { name: 'Yes' }).click(),
    ]);
    expect(tapped.status()).toBe(201);
    const answer = tapped.request().postDataJSON() as Record<string, unknown>;
    expect(answer).toEqual({
      id: expect.stringMatching(UUID_V7),
      contentId: item.id,
      helpful: true,
    });
    await page.getByText('Thank you. Your answer helps us make this page better.').waitFor();

    // A comment may follow, under the same id, and is added to that answer.
    await page
      .getByLabel('Anything to add? (optional)')
      .fill('Clear, and it told me what to avoid.');
    const [commented] = await Promise.all([
      feedbackPost(),
      page.getByRole('button', { name: 'Send comment' }).click(),
    ]);
    expect(commented.status()).toBe(200);
    expect(commented.request().postDataJSON()).toEqual({
      ...answer,
      comment: 'Clear, and it told me what to avoid.',
    });
    expect(await commented.json()).toMatchObject({
      comment: 'Clear, and it told me what to avoid.',
    });
    await page.getByText('Thank you for your comment.').waitFor();
    expect(await page.getByRole('button', { name: 'Send comment' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('moves focus to the new page heading after following a link', async () => {
    const { page } = await newPage(browser.context);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: /^Causes/ }).click();
    await page.waitForURL(/\/learn\/causes$/);
    await page.getByRole('heading', { level: 1, name: 'Causes' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Causes');
    expect(await page.title()).toBe('Causes · Unknot');
  });
});
