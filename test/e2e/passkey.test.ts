/**
 * Passkeys in real Chromium, with its virtual authenticator (CDP `WebAuthn`): an account made with
 * a passkey and no password, signing out and back in with nothing to type, a passkey that cannot
 * verify the person refused, and the account deleted after the passkey confirms who holds it.
 * Served on `localhost`, since a passkey belongs to a host name and never to an IP address.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  type Browser,
  newPage,
  openBrowser,
  type RunningServer,
  shot,
  startServer,
} from './harness.js';

let server: RunningServer;
let origin: string;
beforeAll(async () => {
  server = await startServer();
  origin = server.url.replace('127.0.0.1', 'localhost');
});
afterAll(async () => {
  await server?.stop();
});

describe('an account with a passkey', () => {
  let browser: Browser;
  let page: Page;
  let cdp: CDPSession;
  let authenticatorId: string;

  beforeAll(async () => {
    browser = await openBrowser();
    ({ page } = await newPage(browser.context));
    cdp = await browser.context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    ({ authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openAccount(): Promise<void> {
    await page.goto(`${origin}/account`);
    await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
  }

  it('makes an account with a passkey and no password, in a few taps', async () => {
    await openAccount();
    await page.getByLabel('Your name for Unknot').fill('Pat');
    await page.getByRole('button', { name: 'Make my account with a passkey' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    expect(await page.locator('.codes-list code').count()).toBe(10);
    await page.getByLabel('I have kept my codes somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Signed in as pat').waitFor();
    await page.locator('.device-name', { hasText: 'Made on Chrome on Linux' }).waitFor();
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]?.isResidentCredential).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'passkey-signed-in');
  });

  it('signs back in with the passkey alone, and refuses it when it cannot verify the person', async () => {
    await page.getByRole('button', { name: 'Sign out, keep my records here' }).click();
    await page.getByText('You are signed out.').waitFor();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await shot(page, 'passkey-sign-in');

    await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false });
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByText('Signed in as pat').count()).toBe(0);

    await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: true });
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByText('Signed in as pat').waitFor();
  });

  it('keeps the only passkey of an account with no password: it is the way in', async () => {
    await page.getByRole('button', { name: /^Remove/ }).click();
    await page.getByText('This passkey is your only way to sign in.').waitFor();
    await page.locator('.device-name', { hasText: 'Made on Chrome on Linux' }).waitFor();
  });

  it('deletes the account once the passkey confirms who is asking', async () => {
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    // A passkey account has no password to give: the passkey is the way.
    expect(await page.getByLabel('Your password').count()).toBe(0);
    await page
      .getByRole('button', { name: 'Delete my account and its data with my passkey' })
      .click();
    await page
      .getByText('Your account and everything it kept on our server are deleted.')
      .waitFor();
    await openAccount();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByRole('alert').waitFor();
  });
});
