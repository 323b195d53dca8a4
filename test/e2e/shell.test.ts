/**
 * The built app against the rules it must keep: nothing inline that the strict CSP would refuse,
 * an installable manifest, and the first page's JavaScript within its 50 KB gzip budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  newPage,
  openBrowser,
  ROOT,
  type RunningServer,
  startServer,
} from './harness.js';

const FIRST_PAGE_BUDGET_BYTES = 50 * 1024;

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

describe('the app shell', () => {
  it('has no inline script, inline style or style attribute in index.html', () => {
    const html = readFileSync(join(ROOT, 'dist/web/index.html'), 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<\s]/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('is served with a CSP that forbids inline styles, and runs under it without a refusal', async () => {
    const { page, errors } = await newPage(browser.context);
    const response = await page.goto(`${server.url}/`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await page.locator('main h1').waitFor();
    await page.getByRole('searchbox').fill('stretch');
    await page.locator('.results a').first().waitFor();
    expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });

  it('offers a manifest with the name, start URL and 192, 512 and maskable icons', async () => {
    const res = await fetch(`${server.url}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    const manifest = (await res.json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Unknot', start_url: '/', display: 'standalone' });
    const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`);
    expect(sizes).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of manifest.icons) {
      const image = await fetch(`${server.url}${icon.src}`);
      expect(image.status, icon.src).toBe(200);
    }
  });

  it('loads at most 50 KB of JavaScript (gzip) for the home page', async () => {
    const { page } = await newPage(browser.context);
    const scripts = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' && !response.url().includes('/sw.js')) {
        scripts.set(response.url(), response.body());
      }
    });
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    let total = 0;
    for (const body of scripts.values()) total += gzipSync(await body, { level: 9 }).length;
    expect(scripts.size).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(FIRST_PAGE_BUDGET_BYTES);
  });
});
