// Web figures for the bench, taken in real Chromium: the JavaScript the first page loads (gzip),
// the service worker's precache, whether the app works offline after one visit, and Lighthouse.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROOT } from '../scripts/lib.mjs';
import { freePort } from './lib.mjs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const kb = (bytes) => Number((bytes / 1024).toFixed(1));

/** Sizes of every file the service worker precaches, read from the built sw.js. */
function precacheBytes() {
  const sw = readFileSync(join(ROOT, 'dist/web/sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]);
  let bytes = 0;
  for (const url of new Set(urls)) {
    try {
      bytes += statSync(join(ROOT, 'dist/web', url.replace(/^\//, ''))).size;
    } catch {
      // a URL that is not a file (e.g. a navigation route) has no size of its own
    }
  }
  return { files: new Set(urls).size, bytes };
}

/** The JavaScript (gzip) a fresh browser loads to show `path`, and the scripts by name. */
async function scriptsFor(context, url) {
  const page = await context.newPage();
  let bytes = 0;
  const scripts = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    const body = await res.body().catch(() => null);
    if (body === null) return;
    bytes += gzipSync(body, { level: 9 }).length;
    scripts.push(new URL(res.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  page.removeAllListeners('response');
  return { page, kb: kb(bytes), scripts };
}

/** The diary page's JavaScript (gzip), everything a first visit to /diary loads. */
async function diaryPageJsKb(url, executablePath) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'unknot-bench-diary-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
  });
  try {
    const { page, kb: size } = await scriptsFor(context, `${url}/diary`);
    await page.locator('.diary-entry-form').waitFor();
    return size;
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function browserFigures(url, executablePath) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'unknot-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
  });
  try {
    const { page, kb: firstPageJsKb, scripts } = await scriptsFor(context, url);

    await page.evaluate(() => navigator.serviceWorker?.ready);
    await page.reload({ waitUntil: 'networkidle' });
    await context.setOffline(true);
    let offline = false;
    try {
      await page.reload({ waitUntil: 'load' });
      const text = (await page.locator('main').textContent({ timeout: 5000 })) ?? '';
      offline = text.trim().length > 40;
    } catch {
      offline = false;
    }
    await context.setOffline(false);
    return { firstPageJsKb, firstPageScripts: scripts, offline };
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function lighthouseScores(url, executablePath) {
  const port = await freePort();
  const userDataDir = mkdtempSync(join(tmpdir(), 'unknot-bench-lh-'));
  const browser = spawn(
    executablePath,
    [
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${userDataDir}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const { default: lighthouse } = await import('lighthouse');
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const c = result.lhr.categories;
    const score = (cat) => Math.round((cat?.score ?? 0) * 100);
    return {
      performance: score(c.performance),
      accessibility: score(c.accessibility),
      bestPractices: score(c['best-practices']),
    };
  } finally {
    const exited = new Promise((r) => browser.once('exit', r));
    browser.kill('SIGKILL');
    await exited;
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // Chromium's helper processes can outlive it by a moment and write into the profile; a
      // temporary folder left behind must not throw away the scores measured.
    }
  }
}

export async function webFigures(url, executablePath) {
  const precache = precacheBytes();
  if (executablePath === null) {
    return {
      precacheKb: kb(precache.bytes),
      precacheFiles: precache.files,
      firstPageJsKb: null,
      diaryJsKb: null,
      offline: false,
    };
  }
  const browser = await browserFigures(url, executablePath);
  const diaryJsKb = await diaryPageJsKb(url, executablePath);
  let lighthouse = null;
  try {
    lighthouse = await lighthouseScores(url, executablePath);
  } catch (error) {
    console.error(`Lighthouse did not run: ${error.message}`);
  }
  return {
    ...browser,
    diaryJsKb,
    precacheKb: kb(precache.bytes),
    precacheFiles: precache.files,
    lighthouse,
  };
}
