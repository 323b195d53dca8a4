/**
 * The optional account in real Chromium, walked as a person uses it on two devices (two browser
 * profiles): a diary kept with no account, an account made with a password and its recovery codes
 * kept, a second device signing in and both diaries merging with nothing lost, an edit made
 * offline waiting and then arriving on the other device, signing out with the device's copy
 * removed, getting back in with a recovery code, and the account deleted with the device keeping
 * its copy. Axe finds nothing on each screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openAccount as openAccountAt,
  scores,
  signIn as signInAt,
  waitSynced,
} from './account-steps.js';
import { openDiary as openDiaryAt, score } from './diary-steps.js';
import {
  axeViolations,
  type Browser,
  newPage,
  openBrowser,
  type RunningServer,
  shot,
  startServer,
} from './harness.js';

const PASSWORD = 'my back and the long walk home';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const openDiary = (page: Page) => openDiaryAt(page, server.url);

const openAccount = (page: Page) => openAccountAt(page, server.url);
const signIn = (page: Page, username: string, password: string) =>
  signInAt(page, server.url, username, password);

describe('an account on two devices', () => {
  let phone: Browser;
  let laptop: Browser;
  let p: Page;
  let l: Page;
  let phoneErrors: string[];
  let codes: string[] = [];

  beforeAll(async () => {
    phone = await openBrowser();
    laptop = await openBrowser();
    ({ page: p, errors: phoneErrors } = await newPage(phone.context));
    ({ page: l } = await newPage(laptop.context));
  });
  afterAll(async () => {
    await phone?.close();
    await laptop?.close();
  });

  it('makes an account in a few steps, naming what to fix, and shows the recovery codes once', async () => {
    await openDiary(p);
    await score(p, 6);
    // No account yet: nothing about sync shows.
    expect(await p.locator('.sync-badge').count()).toBe(0);

    await openAccount(p);
    await p.getByText('An account is optional').waitFor();
    expect(await axeViolations(p)).toEqual([]);
    await shot(p, 'account-signed-out');

    await p.getByLabel('Your name for Unknot').fill('a');
    await p.getByLabel('Choose a password').fill('short');
    await p.getByRole('button', { name: 'Make my account with a password' }).click();
    await p.getByText('Use at least 3 characters.').waitFor();
    await p.getByText('Use at least 8 characters.').waitFor();
    expect(await axeViolations(p)).toEqual([]);
    await shot(p, 'account-sign-up-errors');

    await p.getByLabel('Your name for Unknot').fill('Ana');
    await p.getByLabel('Choose a password').fill('password123');
    await p.getByRole('button', { name: 'Make my account with a password' }).click();
    // A common password is refused by the server, beside the field.
    await p.getByText(/one of the most common/).waitFor();
    await p.getByRole('button', { name: 'Show' }).click();
    expect(await p.getByLabel('Choose a password').getAttribute('type')).toBe('text');
    await p.getByLabel('Choose a password').fill(PASSWORD);
    await p.getByRole('button', { name: 'Make my account with a password' }).click();

    await p.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    codes = await p.locator('.codes-list code').allTextContents();
    expect(codes).toHaveLength(10);
    const [file] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Download the codes' }).click(),
    ]);
    const text = readFileSync(await file.path(), 'utf8');
    for (const code of codes) expect(text).toContain(code);
    expect(await p.getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
    expect(await axeViolations(p)).toEqual([]);
    await shot(p, 'account-codes');
    await p.getByLabel('I have kept my codes somewhere safe').check();
    await p.getByRole('button', { name: 'Continue' }).click();
    await p.getByText('Signed in as ana').waitFor();
    await waitSynced(p);
    await p.getByText('Everything on this device is in your account.').waitFor();
    expect(await axeViolations(p)).toEqual([]);
    await shot(p, 'account-signed-in');
  });

  it('merges a second device’s own diary with the account’s, losing nothing on either', async () => {
    await openDiary(l);
    await score(l, 3);
    await signIn(l, 'ana', PASSWORD);
    await waitSynced(l);
    await openDiary(l);
    expect((await scores(l)).sort()).toEqual(['Pain 3 out of 10', 'Pain 6 out of 10']);

    await openAccount(p);
    await p.getByRole('button', { name: 'Sync now' }).click();
    await waitSynced(p);
    await openDiary(p);
    expect((await scores(p)).sort()).toEqual(['Pain 3 out of 10', 'Pain 6 out of 10']);
    // The phone sees the laptop among its devices.
    await openAccount(p);
    await p.locator('.device-list li').nth(1).waitFor();
    expect(await p.locator('.device-list li').count()).toBe(2);
  });

  it('keeps a change made offline waiting, then brings it to the other device', async () => {
    await openDiary(l);
    await laptop.context.setOffline(true);
    // A second tap within minutes corrects the laptop's 3 to an 8: an edit made offline.
    await score(l, 8);
    await l.locator('.sync-badge', { hasText: 'Offline · 1 change waiting' }).waitFor();
    await shot(l, 'account-offline-waiting');
    await laptop.context.setOffline(false);
    await waitSynced(l);

    await openDiary(p);
    await p.getByText('Pain 8 out of 10').waitFor();
    expect((await scores(p)).sort()).toEqual(['Pain 6 out of 10', 'Pain 8 out of 10']);
  });

  it('signs out removing the device’s copy, then gets back in with a recovery code', async () => {
    await openAccount(l);
    await l
      .getByRole('button', { name: 'Sign out and remove my records from this device' })
      .click();
    await l.waitForURL(`${server.url}/`);
    await openDiary(l);
    expect(await scores(l)).toEqual([]);

    await openAccount(l);
    await l.getByRole('button', { name: 'Sign in', exact: true }).click();
    await l.getByRole('button', { name: /Use a recovery code/ }).click();
    await l.getByLabel('Your name for Unknot').fill('ana');
    await l.getByLabel('One of your recovery codes').fill((codes[0] ?? '').toUpperCase());
    await l.getByLabel('A new password').fill('a new password for the new week');
    expect(await axeViolations(l)).toEqual([]);
    await shot(l, 'account-recover');
    await l.getByRole('button', { name: 'Set the new password and sign in' }).click();
    await l.getByText('Signed in as ana').waitFor();
    await waitSynced(l);
    await openDiary(l);
    expect(await scores(l)).toHaveLength(2);
  });

  it('deletes the account after the password is given again; the device keeps its own copy', async () => {
    // The recovery signed the phone out on the server; it says so and asks to sign in again.
    await openAccount(p);
    await p.getByText('Your session ended').waitFor();
    await signIn(p, 'ana', 'a new password for the new week');
    await p.getByRole('button', { name: 'Delete my account…' }).click();
    await p.getByLabel('Your password').fill('not my password');
    await p.getByRole('button', { name: 'Delete my account and its data' }).click();
    await p.getByText('That password is not right.').waitFor();
    await p.getByLabel('Your password').fill('a new password for the new week');
    await p.getByRole('button', { name: 'Delete my account and its data' }).click();
    await p.getByText('Your account and everything it kept on our server are deleted.').waitFor();
    await openDiary(p);
    expect(await scores(p)).toHaveLength(2);
    // The laptop's session went with the account.
    await openAccount(l);
    await l.getByText('Your session ended').waitFor();
    expect(phoneErrors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
  });
});
