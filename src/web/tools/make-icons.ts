/**
 * Draws the PWA's PNG icons from the SVG sources in public/icons with the local Chromium (never a
 * downloaded one): `npx tsx src/web/tools/make-icons.ts`. Run again after changing an SVG.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const icons = fileURLToPath(new URL('../public/icons/', import.meta.url));

const OUTPUTS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'maskable.svg', png: 'maskable-512.png', size: 512 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const { svg, png, size } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = readFileSync(`${icons}${svg}`, 'utf8').replace(
      '<svg ',
      `<svg width="${size}" height="${size}" `,
    );
    await page.setContent(`<!doctype html><body>${markup}</body>`);
    await page.addStyleTag({ content: 'body{margin:0;background:transparent}svg{display:block}' });
    await page.screenshot({ path: `${icons}${png}`, omitBackground: true });
    await page.close();
    console.log(`wrote ${png}`);
  }
} finally {
  await browser.close();
}
