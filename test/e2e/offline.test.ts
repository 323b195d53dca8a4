/**
 * Offline after one visit: the service worker precaches the shell, every page's code, the content
 * and the search index, so with the network gone a person can still read, browse and search, and
 * feedback given offline is kept and sent once the device is back online.
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
  waitForServiceWorker,
} from './harness.js';

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

function anItem(kind: string) {
  const item = CONTENT.find((c) => c.kind === kind);
  if (item === undefined) throw new Error(`no ${kind} in the content`);
  return item;
}

describe('offline', () => {
  it('reloads a Learn page, opens pages never visited and searches with no network', async () => {
    const { page } = await newPage(browser.context);
    const visited = anItem('treatment');
    await page.goto(`${server.url}/topic/${visited.id}`);
    await page.locator('main h1').waitFor();
    await waitForServiceWorker(page);

    await browser.context.setOffline(true);
    try {
      await page.reload();
      expect(await page.locator('main h1').textContent()).toBe(visited.title);
      await page.getByRole('heading', { name: 'Sources', level: 2 }).waitFor();
      expect(await page.locator('footer').textContent()).toContain(DISCLAIMER);

      // A page this browser never opened, reached by typing its address.
      const unseen = anItem('exercise');
      await page.goto(`${server.url}/topic/${unseen.id}`);
      await page.getByRole('heading', { level: 1, name: unseen.title, exact: true }).waitFor();

      // Browsing by link, then searching: the index loads from the precache.
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('button', { name: 'Menu' }).click();
      await nav.getByRole('link', { name: 'Learn', exact: true }).click();
      await page.waitForURL(/\/learn$/);
      await page.getByRole('heading', { level: 1, name: 'Learn' }).waitFor();
      await page.goto(`${server.url}/search?q=ice%20or%20heat`);
      await page.locator('main .results a').first().waitFor();
      expect(await page.locator('main .results a').count()).toBeGreaterThan(0);
    } finally {
      await browser.context.setOffline(false);
      await page.close();
    }
  });

  it('keeps feedback given offline and sends it when the device is back online', async () => {
    const { page } = await newPage(browser.context);
    const item = anItem('cause');
    await page.goto(`${server.url}/topic/${item.id}`);
    await page.locator('main h1').waitFor();
    await waitForServiceWorker(page);

    await browser.context.setOffline(true);
    await page.getByRole('button', { name: 'No' }).click();
    await page.getByText(/You are offline, so your answer is saved on this device/).waitFor();

    const sent = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/feedback') && r.request().method() === 'POST',
    );
    await browser.context.setOffline(false);
    const response = await sent;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toMatchObject({ contentId: item.id, helpful: false });

    // Once sent, the answer leaves the device's outbox.
    await page.waitForFunction(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('unknot');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const count = await new Promise<number>((resolve, reject) => {
        const req = db.transaction('outbox').objectStore('outbox').index('topic').count('feedback');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return count === 0;
    });
  });
});
