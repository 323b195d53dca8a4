/**
 * Steps with the optional account that several browser tests take: open the account page, sign up
 * or in with a password, wait until the header says everything is synced, and read the diary's
 * scores.
 */
import type { Page } from 'playwright-core';

export async function openAccount(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/account`);
  await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
}

export async function waitSynced(page: Page): Promise<void> {
  await page.locator('.sync-badge', { hasText: /^Synced$/ }).waitFor();
}

export async function signIn(
  page: Page,
  origin: string,
  username: string,
  password: string,
): Promise<void> {
  await openAccount(page, origin);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('Your name for Unknot').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.locator('form').getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText(`Signed in as ${username}`).waitFor();
}

/** Makes an account with a password, keeps the codes and goes on; answers the codes. */
export async function signUp(
  page: Page,
  origin: string,
  username: string,
  password: string,
): Promise<string[]> {
  await openAccount(page, origin);
  await page.getByLabel('Your name for Unknot').fill(username);
  await page.getByLabel('Choose a password').fill(password);
  await page.getByRole('button', { name: 'Make my account with a password' }).click();
  await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
  const codes = await page.locator('.codes-list code').allTextContents();
  await page.getByLabel('I have kept my codes somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText(`Signed in as ${username.toLowerCase()}`).waitFor();
  return codes;
}

/** The scores the diary's timeline shows, in its order. */
export function scores(page: Page): Promise<string[]> {
  return page.locator('.timeline-entry strong').allTextContents();
}
