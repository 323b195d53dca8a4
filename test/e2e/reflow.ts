/**
 * Large text and narrow screens (WCAG 2.2 1.4.4 Resize text, 1.4.10 Reflow): sets the browser's
 * text size as a phone's accessibility setting does, and finds what fails to reflow: a page that
 * scrolls sideways, something wider than the screen, or a label with a word broken across two lines.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The browser's default text size, in CSS px (16 is 100%). A phone's text-size setting moves this
 * default, and so every rem and em, which is what Unknot's styles are written in.
 */
export async function setTextSize(page: Page, px: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard: px, fixed: Math.round(px * 0.8125) },
  });
}

/** What does not reflow on the page as it is now, as lines a person can read (empty when all is well). */
export async function reflowProblems(page: Page): Promise<string[]> {
  // tsx (esbuild) wraps named functions in __name(); the page has no such helper unless given one.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const scrolling = document.scrollingElement ?? document.documentElement;
    if (scrolling.scrollWidth > width + 1) {
      problems.push(
        `the page scrolls sideways: ${scrolling.scrollWidth} px wide on a ${width} px screen`,
      );
    }
    const describe = (el: Element): string => {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      const cls =
        typeof el.className === 'string' && el.className !== ''
          ? `.${el.className.split(' ').join('.')}`
          : '';
      return `<${el.tagName.toLowerCase()}${cls}> "${text}"`;
    };
    const visible = (el: Element): boolean => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    // Off-screen on purpose: the skip link until it has focus, and text only screen readers read.
    const hidden = (el: Element): boolean =>
      el.closest('.skip-link, .visually-hidden, [aria-hidden="true"]') !== null;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (hidden(el) || !visible(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.right > width + 1 || box.left < -1) {
        // Report the outermost element that overflows, not each of its children.
        const parent = el.parentElement;
        const parentBox = parent?.getBoundingClientRect();
        if (parentBox === undefined || (parentBox.right <= width + 1 && parentBox.left >= -1)) {
          problems.push(
            `${describe(el)} reaches past the screen (${Math.round(box.left)}–${Math.round(box.right)} px)`,
          );
        }
      }
    }
    // Labels: what a person reads to choose or find their place. Running text may break a word
    // longer than a line as a last resort; a label never should ("B/ac/k", "1/0").
    const LABELS =
      'a, button, label, summary, legend, th, h1, h2, h3, [role="button"], [role="radio"], time, .relief-count';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || hidden(parent) || !visible(parent)) continue;
      if (parent.closest(LABELS) === null) continue;
      const text = node.textContent ?? '';
      // A word here runs between spaces, hyphens and slashes, where a line may properly break.
      for (const match of text.matchAll(/[^\s\-‐–—/]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          Array.from(range.getClientRects())
            .filter((r) => r.width > 0)
            .map((r) => Math.round(r.top)),
        );
        if (lines.size > 1)
          problems.push(`"${match[0]}" is broken across lines in ${describe(parent)}`);
      }
    }
    return problems;
  });
}

/**
 * Controls smaller than 24×24 CSS px (WCAG 2.2 2.5.8 Target size, minimum). Links inside a
 * sentence are exempt, as the rule allows; a control visually hidden behind a larger label
 * (the plan's choices) is measured by that label.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(() => {
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, textarea, summary, [role="button"]',
    );
    for (const el of Array.from(controls)) {
      if (el.closest('.skip-link, [aria-hidden="true"]') !== null) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      let box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // A link in running text: the rule exempts targets in a sentence.
      if (el.tagName === 'A' && style.display === 'inline') {
        const parent = el.parentElement;
        const text = (parent?.textContent ?? '').trim();
        if (text.length > (el.textContent ?? '').trim().length + 1) continue;
      }
      // A visually hidden input is operated through its label.
      if (el.tagName === 'INPUT' && (box.width <= 1 || box.height <= 1)) {
        const label = el.closest('label');
        if (label === null) continue;
        box = label.getBoundingClientRect();
      }
      if (box.width < 24 - 0.5 || box.height < 24 - 0.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        small.push(
          `<${el.tagName.toLowerCase()} ${el.getAttribute('type') ?? ''} ${el.id}> "${name}" is ${Math.round(box.width)}×${Math.round(box.height)} px`,
        );
      }
    }
    return small;
  });
}

/**
 * Screenshots of the page a screen at a time, when UNKNOT_SHOTS names a folder: a full-page one
 * would lose the large text (its resizing resets the text size Chromium was given).
 */
export async function screens(page: Page, name: string): Promise<void> {
  const folder = process.env.UNKNOT_SHOTS;
  if (folder === undefined || folder === '') return;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, n = 0; y < height && n < 8; y += 800, n++) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.screenshot({ path: `${folder}/${name}-${n}.png` });
  }
}

/**
 * The page at `url` in a new tab with the phone's text at 200% (WCAG 1.4.4): nothing reaches past
 * the screen or breaks inside a word, and every target is big enough.
 */
export async function atLargeText(
  page: Page,
  url: string,
  ready: string,
  name: string,
): Promise<void> {
  const large = await page.context().newPage();
  try {
    await setTextSize(large, 32);
    await large.goto(url);
    await large.locator(ready).first().waitFor();
    expect(await reflowProblems(large)).toEqual([]);
    expect(await smallTargets(large)).toEqual([]);
    await screens(large, name);
  } finally {
    await large.close();
  }
}
