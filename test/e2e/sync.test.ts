/**
 * Sync's hard cases in real Chromium, two profiles as two devices of one person: a device whose
 * clock is an hour slow still has the last word when it edits after seeing the other's change
 * (the hybrid logical clock), and both devices editing the same entry offline converge on one
 * version once they are back, whichever comes back first. A setting that follows the person (the
 * region, which decides the emergency number) reaches the other device.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scores, signIn, signUp, waitSynced } from './account-steps.js';
import { openDiary, score, tapPain } from './diary-steps.js';
import { type Browser, newPage, openBrowser, type RunningServer, startServer } from './harness.js';

const PASSWORD = 'my back and the long walk home';
const HOUR = 3_600_000;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

/** A device setting as the page keeps it (undefined when unset), or, with `value`, sets it. */
function setting(page: Page, name: string, value?: unknown): Promise<unknown> {
  return page.evaluate(
    ([id, put]) =>
      new Promise<unknown>((resolve, reject) => {
        const req = indexedDB.open('unknot');
        req.onsuccess = () => {
          const tx = req.result.transaction('settings', 'readwrite');
          const store = tx.objectStore('settings');
          if (put !== undefined) store.put({ id, value: put });
          const got = store.get(id);
          tx.oncomplete = () => {
            req.result.close();
            resolve((got.result as { value?: unknown } | undefined)?.value);
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    [name, value] as const,
  );
}

/** Edits the diary's only entry to `pain`, as a person does from its Edit button. */
async function editOnlyEntry(page: Page, pain: number): Promise<void> {
  await openDiary(page, server.url);
  await page.locator('.timeline-entry').getByRole('button', { name: /^Edit/ }).click();
  const form = page.locator('.timeline .diary-entry-form');
  await tapPain(page, form, 'Pain, 0 to 10', pain);
  await form.getByRole('button', { name: 'Cancel' }).click();
}

describe('two devices with wrong clocks and offline edits', () => {
  let phone: Browser;
  let laptop: Browser;
  let p: Page;
  let l: Page;

  beforeAll(async () => {
    phone = await openBrowser();
    laptop = await openBrowser();
    ({ page: p } = await newPage(phone.context));
    ({ page: l } = await newPage(laptop.context));
    // The laptop's clock is an hour slow; its timers run as usual.
    await l.clock.setFixedTime(new Date(Date.now() - HOUR));
  });
  afterAll(async () => {
    await phone?.close();
    await laptop?.close();
  });

  it('lets a device whose clock is an hour slow have the last word on an edit it makes later', async () => {
    await openDiary(p, server.url);
    await score(p, 6);
    // A region chosen on the phone before it had an account follows the person.
    await setting(p, 'region', 'AU');
    await signUp(p, server.url, 'lee', PASSWORD);
    await waitSynced(p);

    await signIn(l, server.url, 'lee', PASSWORD);
    await waitSynced(l);
    expect(await setting(l, 'region')).toBe('AU');
    await editOnlyEntry(l, 2);
    await waitSynced(l);

    await openDiary(p, server.url);
    await p.getByText('Pain 2 out of 10').waitFor();
    expect(await scores(p)).toEqual(['Pain 2 out of 10']);
  });

  it('converges on one version when both devices edit the same entry offline', async () => {
    await openDiary(l, server.url);
    await openDiary(p, server.url);
    await phone.context.setOffline(true);
    await laptop.context.setOffline(true);
    await editOnlyEntry(p, 4);
    await editOnlyEntry(l, 9);

    // The laptop comes back first; the phone after.
    await laptop.context.setOffline(false);
    await waitSynced(l);
    await phone.context.setOffline(false);
    await waitSynced(p);
    // The laptop hears of the phone's version on its next sync.
    await openDiary(l, server.url);
    await waitSynced(l);
    await openDiary(l, server.url);
    await openDiary(p, server.url);
    const onPhone = await scores(p);
    expect(onPhone).toHaveLength(1);
    expect(await scores(l)).toEqual(onPhone);
  });
});
