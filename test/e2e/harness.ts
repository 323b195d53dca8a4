/**
 * What every browser test shares: the real Unknot server (`node bin/unknot.mjs serve`) on an
 * ephemeral port with a throwaway data folder, serving the built app from dist/web, and Debian's
 * Chromium driven by playwright-core with a fresh profile at a phone's 390×844. Builds nothing:
 * `npm run build` first.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PHONE = { width: 390, height: 844 } as const;
export const DISCLAIMER = 'General information, not a substitute for professional care.';

export interface RunningServer {
  /** The server's origin, such as http://127.0.0.1:41234. */
  url: string;
  dataDir: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

const LISTENING = /Unknot is listening on (https?:\/\/[^\s]+)/;

function requireBuild(): void {
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) {
    throw new Error('The browser tests need the built web app in dist/web: run `npm run build`.');
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts `node bin/unknot.mjs serve` with PORT=0 and a temporary DATA_DIR, and resolves once it
 * prints the line naming its address.
 */
export async function startServer(): Promise<RunningServer> {
  requireBuild();
  // For working on the tests against a server already running (`UNKNOT_E2E_URL=http://…`).
  const external = process.env.UNKNOT_E2E_URL;
  if (external !== undefined && external !== '') {
    return {
      url: external.replace(/\/$/, ''),
      dataDir: '',
      output: () => '',
      stop: async () => {},
    };
  }
  const bin = join(ROOT, 'bin/unknot.mjs');
  if (!existsSync(bin)) throw new Error(`The server's command is missing: ${bin}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'unknot-e2e-data-'));
  const child = spawn(process.execPath, [bin, 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(`The server did not say where it listens within 90 s. It printed:\n${output}`),
      );
    }, 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1].replace('://0.0.0.0', '://127.0.0.1').replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server stopped (exit code ${code}) before listening:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

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

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium is not at ${path}. Install Debian's \`chromium\` package (apt-get install chromium) ` +
        'or set CHROMIUM_PATH to a Chromium binary. The tests never download a browser.',
    );
  }
  return path;
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A fresh Chromium profile (so no service worker or IndexedDB carries over) at phone size. */
export async function openBrowser(
  options: {
    colorScheme?: 'light' | 'dark';
    reducedMotion?: 'reduce' | 'no-preference';
    /** The browser's language ("en-GB"), which is also what navigator.languages says. */
    locale?: string;
    /** The browser's IANA time zone ("Europe/London"). */
    timezoneId?: string;
  } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'unknot-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.timezoneId === undefined ? {} : { timezoneId: options.timezoneId }),
    serviceWorkers: 'allow',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new tab that records console errors, so a test can assert that none occurred (CSP refusals included). */
export async function newPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** Resolves once the service worker controls the page, which means its precache is complete. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller !== null) return;
    await new Promise<void>((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
        once: true,
      });
    });
  });
}

/** The axe violations on the page, as readable lines (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n'),
  );
}

/**
 * Keeps a full-page screenshot named `name` in the folder UNKNOT_SHOTS names, so a person can look
 * at each step a test walks; does nothing when it is not set.
 */
export async function shot(page: Page, name: string): Promise<void> {
  const folder = process.env.UNKNOT_SHOTS;
  if (folder === undefined || folder === '') return;
  await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}
