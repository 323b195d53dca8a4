/**
 * Sharing with a clinician, from the person's side, in real Chromium against the real server:
 * signed out, the page says sharing needs an account; signed up, the person makes a share code for
 * the scopes they tick (after giving their password again), sees it listed and cancels it; a
 * physiotherapist the operator added redeems a new code and appears under "Who can see your
 * records"; their look is on the trail in plain words; the person narrows what they see, then
 * stops sharing, and the clinician's next request is refused; the trail downloads as FHIR. Axe
 * finds nothing on each screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from './account-steps.js';
import {
  axeViolations,
  type Browser,
  newPage,
  openBrowser,
  type RunningServer,
  shot,
  startServer,
} from './harness.js';
import { atLargeText } from './reflow.js';
import { addClinician, makeCode, openSharing as openSharingAt } from './sharing-steps.js';

const PASSWORD = 'my back and the long walk home';
const SHARING = '/account/sharing';
const openSharing = (page: Page) => openSharingAt(page, server.url);

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

/**
 * Console errors other than the refusals the tests bring about on purpose: the server asking for
 * the password again (403) and a wrong password (401), which the browser logs as failed loads.
 */
const unexpected = (errors: readonly string[]) =>
  errors.filter((e) => !/Failed to load resource: .* status of (401|403)/.test(e));

describe('sharing with a clinician', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await openBrowser();
    ({ page, errors } = await newPage(browser.context));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('explains, signed out, that sharing needs an account, and leads to it', async () => {
    await openSharing(page);
    await page.getByText('Sharing needs an account').waitFor();
    expect(
      await page.getByRole('link', { name: 'Make an account or sign in' }).getAttribute('href'),
    ).toBe('/account');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sharing-signed-out');
  });

  it('makes a code for the chosen scopes after the password, lists it, and cancels it', async () => {
    await signUp(page, server.url, 'robin', PASSWORD);
    await page.getByRole('link', { name: 'Sharing and who looked at your records' }).click();
    await page.getByRole('heading', { level: 1, name: 'Share with your clinician' }).waitFor();
    await page.getByRole('heading', { name: 'Who can see your records' }).waitFor();
    await page.getByText('Nobody. Your records are yours alone').waitFor();
    // Nothing is ticked for the person.
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sharing-start');

    await page.getByRole('button', { name: 'Make a share code' }).click();
    await page.getByText('Choose at least one thing to share.').waitFor();

    const form = page.getByRole('region', { name: 'Make a share code' });
    await form.getByRole('checkbox', { name: 'Pain diary and trend' }).check();
    await form.getByRole('checkbox', { name: 'Exercise sessions and adherence' }).check();
    await form.getByRole('button', { name: 'Make a share code' }).click();
    // A new account has not given its password again in the last five minutes.
    await page.getByRole('heading', { name: 'Confirm it is you' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sharing-confirm');
    await page.getByLabel('Your password').fill('not my password');
    await page.getByRole('button', { name: 'Make the code', exact: true }).click();
    await page.getByText('That password is not right.').waitFor();
    await page.getByLabel('Your password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Make the code', exact: true }).click();

    await page.getByRole('heading', { name: 'Your share code' }).waitFor();
    const code = (await page.locator('.share-code code').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const made = page.getByRole('region', { name: 'Your share code' });
    expect(await made.textContent()).toContain('Works once, for 7 days');
    expect(await made.getByRole('listitem').allTextContents()).toEqual([
      'Pain diary and trend',
      'Exercise sessions and adherence',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sharing-code-made');

    const pending = page.getByRole('region', { name: 'Codes not used yet' });
    await pending.getByRole('button', { name: /^Cancel this code/ }).waitFor();
    expect(await pending.getByRole('button', { name: /^Cancel this code/ }).count()).toBe(1);
    await made.getByRole('button', { name: 'Done' }).click();
    await pending.getByRole('button', { name: /^Cancel this code/ }).click();
    await pending.getByText('Code cancelled: it no longer works.').waitFor();
    await expect
      .poll(() => pending.getByRole('button', { name: /^Cancel this code/ }).count())
      .toBe(0);
    await page.getByText('You made a share code').first().waitFor();
    expect(unexpected(errors)).toEqual([]);
  });

  it('shows the clinician who redeemed a code, their looks, and stops them at once on revoking', async () => {
    await openSharing(page);
    const code = await makeCode(page, ['Pain diary and trend', 'Check results'], PASSWORD);
    const sam = await addClinician(server, 'Sam Patel', 'sam.patel', PASSWORD);
    const personId = await sam.redeem(code);
    expect((await sam.person(personId)).status).toBe(200);

    await openSharing(page);
    const who = page.getByRole('region', { name: 'Who can see your records' });
    await who.getByRole('heading', { name: 'Sam Patel' }).waitFor();
    expect(await who.textContent()).toContain('Physiotherapist · sharing since');
    const ticked = who.getByRole('checkbox', { checked: true });
    expect(await ticked.count()).toBe(2);
    const trail = page.getByRole('region', { name: 'Who looked at your records' });
    await trail.getByText('Sam Patel looked at your pain diary').first().waitFor();
    await trail.getByText('Sam Patel used your share code').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sharing-with-clinician');
    await atLargeText(page, `${server.url}${SHARING}`, '.consent', 'sharing-with-clinician-200');

    // Taking a scope away needs no password.
    await who.getByRole('checkbox', { name: 'Check results' }).uncheck();
    await who.getByRole('button', { name: 'Save what Sam Patel can see' }).click();
    await who.getByText('Saved. Sam Patel now sees only what is ticked.').waitFor();
    await trail.getByText('You changed what Sam Patel can see').waitFor();

    await who.getByRole('button', { name: 'Stop sharing with Sam Patel…' }).click();
    await who.getByText('Stop sharing with Sam Patel?').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sharing-revoke-confirm');
    await who.getByRole('button', { name: 'Yes, stop sharing' }).click();
    await who.getByRole('heading', { name: 'No longer sharing' }).waitFor();
    await who.getByText('Nobody. Your records are yours alone').waitFor();
    await trail.getByText('You stopped sharing with Sam Patel').waitFor();

    // The clinician's very next request is refused.
    expect([403, 404]).toContain((await sam.person(personId)).status);

    const download = page.waitForEvent('download');
    await trail.getByRole('button', { name: 'Download as FHIR (JSON)' }).click();
    const file = await download;
    const bundle = JSON.parse(readFileSync((await file.path()) ?? '', 'utf8')) as {
      resourceType: string;
      entry: { resource: { resourceType: string } }[];
    };
    expect(bundle.resourceType).toBe('Bundle');
    const kinds = new Set(bundle.entry.map((e) => e.resource.resourceType));
    expect(kinds).toEqual(new Set(['Consent', 'AuditEvent']));
    await trail.getByText('Downloaded.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sharing-revoked');
    expect(unexpected(errors)).toEqual([]);
  });
});
