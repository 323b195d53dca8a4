/**
 * Steps in the pain diary that several browser tests take: open it and wait for its form, and give
 * today's score with one tap, waiting until it is kept.
 */
import type { Locator, Page } from 'playwright-core';

export async function openDiary(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/diary`);
  await page.locator('.diary-entry-form').waitFor();
}

/** Taps `pain` on the pain scale named `scale` within `within`, and waits until it is kept. */
export async function tapPain(
  page: Page,
  within: Page | Locator,
  scale: string | RegExp,
  pain: number,
): Promise<void> {
  await within
    .getByRole('group', { name: scale })
    .getByRole('button', { name: String(pain), exact: true })
    .click();
  await page
    .getByRole('status')
    .filter({ hasText: `Kept: ${pain} out of 10` })
    .waitFor();
}

export function score(page: Page, pain: number): Promise<void> {
  return tapPain(page, page, /How is your back now/, pain);
}
