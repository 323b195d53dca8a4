/**
 * Steps in the pain diary that several browser tests take: open it and wait for its form, and give
 * today's score with one tap, waiting until it is kept.
 */
import type { Page } from 'playwright-core';

export async function openDiary(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/diary`);
  await page.locator('.diary-entry-form').waitFor();
}

export async function score(page: Page, pain: number): Promise<void> {
  await page
    .getByRole('group', { name: /How is your back now/ })
    .getByRole('button', { name: String(pain), exact: true })
    .click();
  await page
    .getByRole('status')
    .filter({ hasText: `Kept: ${pain} out of 10` })
    .waitFor();
}
