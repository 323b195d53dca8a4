/**
 * The pain diary in real Chromium, walked as a person keeps it: a score a day for a week with the
 * device's clock set to each day, the chart and its sentence, the "few days" escalation from the
 * article it rests on, put aside for a day and back the next, the plan's questions taking the
 * episode's start from the diary, a full entry edited and deleted, the one-page summary printed to
 * a PDF, each file downloaded and checked by tools that are not ours, and a backup restored on a
 * fresh device, twice, with a bad file refused. Axe finds nothing in light or dark.
 */
import { readFileSync } from 'node:fs';
import type { Bundle, Observation } from '@medplum/fhirtypes';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fhirErrors } from '../../src/core/export/fhir-validators.test-support.js';
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

const ZONE = 'Europe/London';
/** 09:00 in London on the first day of the week walked. */
const MONDAY = Date.parse('2026-03-02T09:00:00Z');
const DAY = 86_400_000;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const openDiary = (page: Page) => openDiaryAt(page, server.url);

async function download(
  page: Page,
  name: string | RegExp,
): Promise<{ file: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  return { file: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('the pain diary', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let backup = '';

  beforeAll(async () => {
    browser = await openBrowser({ timezoneId: ZONE });
    ({ page, errors } = await newPage(browser.context));
    await page.clock.install({ time: new Date(MONDAY) });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps a score a day for a week, and tells when self-care has not helped within a few days', async () => {
    await openDiary(page);
    // Nothing to escalate on an empty diary, and axe is satisfied with the empty page.
    expect(await page.locator('#escalation-heading').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    for (const [i, pain] of [6, 6, 5, 6, 6].entries()) {
      await page.clock.setSystemTime(new Date(MONDAY + i * DAY));
      await openDiary(page);
      await score(page, pain);
      if (i === 1) {
        // Two days in: self-care gets its few days first.
        await page.reload();
        await page.locator('.diary-entry-form').waitFor();
        expect(await page.locator('#escalation-heading').count()).toBe(0);
      }
    }
    await openDiary(page);
    const card = page.locator('.escalation-card');
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toBe('Time to book an appointment');
    expect(await card.textContent()).toContain('has not eased after 5 days');
    expect(await card.textContent()).toContain('When to Seek Medical Attention');
    // Every escalation leads to the check and its emergency signs.
    await card.getByRole('link', { name: /Do the check/ }).waitFor();
    await card.getByRole('link', { name: 'Signs that need emergency help' }).waitFor();

    // The chart says the course in words, and shows the same days as a table.
    const chart = page.locator('.pain-chart').first();
    expect(await chart.locator('figcaption strong').textContent()).toBe(
      'Pain was 6 at the start and at the end over 5 days.',
    );
    expect(await chart.locator('svg .chart-point').count()).toBe(5);
    expect(await chart.locator('svg .chart-band').count()).toBe(1);
    await chart.getByRole('button', { name: 'Show as a table' }).click();
    expect(await chart.locator('tbody tr').count()).toBe(5);
    await chart.getByRole('button', { name: 'Show the chart' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'diary-week');
  });

  it('puts the escalation aside for today only', async () => {
    await page.locator('.escalation-card').getByRole('button', { name: 'Not today' }).click();
    expect(await page.locator('.escalation-card').count()).toBe(0);
    await openDiary(page);
    expect(await page.locator('.escalation-card').count()).toBe(0);
    // The next day, the pain still there, it is back.
    await page.clock.setSystemTime(new Date(MONDAY + 5 * DAY));
    await openDiary(page);
    await score(page, 6);
    await page.reload();
    await page.locator('.escalation-card').waitFor();
  });

  it('gives the plan the episode’s start, so its questions no longer ask for it', async () => {
    await page.goto(`${server.url}/plan/profile`);
    await page.locator('form[data-state="ready"]').waitFor();
    await page.getByText('Your pain diary shows this episode began 5 days ago').waitFor();
    expect(await page.getByText('How many days ago did it start?').count()).toBe(0);
    await openDiary(page);
  });

  it('adds the details to a score, edits them and deletes an entry', async () => {
    // Details belong to a score: without one, the form asks for it first.
    await page.getByText('Add where it hurts, what helped and more').click();
    await page.getByRole('button', { name: 'Keep the details' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Choose how bad the pain is first' })
      .waitFor();
    // A second tap moments later corrects the score just given, rather than adding one.
    await score(page, 6);
    await page.getByRole('checkbox', { name: 'Lower back' }).check();
    await page.getByRole('checkbox', { name: 'Heat' }).check();
    await page.getByRole('checkbox', { name: 'A medicine from the pharmacy' }).check();
    await page.getByLabel(/Which medicine/).fill('Ibuprofen');
    // An activity with no score is named as the field to fix, and nothing is kept.
    await page.getByLabel(/One thing that is hard to do/).fill('Putting on socks');
    await page.getByRole('button', { name: 'Keep the details' }).click();
    await page.locator('.field-error', { hasText: 'how well you managed' }).waitFor();
    await page
      .getByRole('group', { name: /How well did you manage it/ })
      .getByRole('button', { name: '4', exact: true })
      .click();
    await page.getByLabel('A note (optional)').fill('Stiff first thing, "better" by lunch, ça va');
    await page.getByRole('button', { name: 'Keep the details' }).click();
    await page.getByRole('status').filter({ hasText: 'Details kept.' }).waitFor();
    await page.reload();
    const latest = page.locator('.timeline-entry').first();
    await latest.waitFor();
    expect(await latest.textContent()).toContain('Helped: Heat, Ibuprofen');
    expect(await latest.textContent()).toContain('Putting on socks: managed 4 out of 10');
    // What helped is counted.
    expect(await page.locator('.helped-bars').textContent()).toContain('Heat');

    // Editing the first day's entry changes only it.
    const monday = page.locator('.timeline-entry').last();
    await monday.getByRole('button', { name: /^Edit/ }).click();
    const form = page.locator('.timeline .diary-entry-form');
    await form
      .getByRole('group', { name: 'Pain, 0 to 10' })
      .getByRole('button', { name: '7', exact: true })
      .click();
    await page.getByRole('status').filter({ hasText: 'Kept: 7 out of 10' }).waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await page.locator('.timeline-entry').last().filter({ hasText: 'Pain 7 out of 10' }).waitFor();

    // Deleting asks first; keeping it changes nothing.
    const before = await page.locator('.timeline-entry').count();
    await page
      .locator('.timeline-entry')
      .last()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    expect(await page.locator('.timeline-entry').count()).toBe(before);
    await page
      .locator('.timeline-entry')
      .last()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await page
      .getByRole('group', { name: 'Delete this entry for good?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.timeline-entry').length === n - 1,
      before,
    );
  });

  it('prints a one-page summary for a clinician', async () => {
    await page.getByRole('link', { name: 'One-page summary to print' }).click();
    await page.locator('.diary-report h2').first().waitFor();
    const text = (await page.locator('.diary-report').textContent()) ?? '';
    expect(text).toContain('Current episode');
    expect(text).toContain('Heat: 1');
    expect(text).toContain('When to Seek Medical Attention');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'diary-report');
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Pages[\s\S]*?\/Count\s+(\d+)/)?.[1]).toBe('1');
  });

  it('downloads the entries as CSV and FHIR that independent tools read, and a backup', async () => {
    await openDiary(page);
    const csv = await download(page, /Download entries \(CSV/);
    expect(csv.file).toBe('unknot-diary.csv');
    const rows: Record<string, string>[] = parse(csv.text, { columns: true });
    expect(rows).toHaveLength(5);
    expect(rows.at(-1)).toMatchObject({
      pain_0_to_10: '6',
      medicine: 'Ibuprofen',
      where: 'Lower back',
    });
    expect(rows.at(-1)?.note).toBe('Stiff first thing, "better" by lunch, ça va');

    const fhir = await download(page, /Download for a clinic/);
    const bundle: Bundle<Observation> = JSON.parse(fhir.text);
    expect(fhirErrors(bundle)).toEqual([]);
    expect(bundle.entry).toHaveLength(5);

    const kept = await download(page, 'Download a backup');
    expect(kept.file).toBe('unknot-backup.json');
    backup = kept.text;
    expect(JSON.parse(backup).records.length).toBeGreaterThanOrEqual(6);
    expect(errors).toEqual([]);
  });

  it('restores the backup on a fresh device, twice without doubling, and refuses a bad file', async () => {
    const fresh = await openBrowser({ timezoneId: ZONE, colorScheme: 'dark' });
    try {
      const { page: other, errors: otherErrors } = await newPage(fresh.context);
      await other.clock.install({ time: new Date(MONDAY + 5 * DAY) });
      await openDiary(other);
      const restore = async (name: string, text: string) => {
        await other
          .locator('.diary-file input[type="file"]')
          .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      };
      await restore('unknot-backup.json', backup);
      await other
        .getByRole('status')
        .filter({ hasText: /Restored \d+ records/ })
        .waitFor();
      await other.locator('.timeline-entry').nth(4).waitFor();
      expect(await other.locator('.timeline-entry').count()).toBe(5);
      await other.locator('.escalation-card').waitFor();

      await restore('unknot-backup.json', backup);
      await other
        .getByRole('status')
        .filter({ hasText: 'Everything in that backup is already on this device.' })
        .waitFor();
      expect(await other.locator('.timeline-entry').count()).toBe(5);

      const broken = JSON.parse(backup);
      const live = broken.records.findIndex((r: { deleted: boolean }) => !r.deleted);
      broken.records[live].data = { at: 'yesterday', pain0to10: 11 };
      await restore('broken.json', JSON.stringify(broken));
      const refused = other.getByRole('status').filter({ hasText: 'nothing was changed' });
      await refused.waitFor();
      expect(await refused.textContent()).toContain(`records.${live}.data.pain0to10`);
      await restore('notes.txt', 'not json');
      await other.getByRole('status').filter({ hasText: 'not an Unknot backup' }).waitFor();
      expect(await other.locator('.timeline-entry').count()).toBe(5);

      expect(await axeViolations(other)).toEqual([]);
      await shot(other, 'diary-restored-dark');
      expect(otherErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
