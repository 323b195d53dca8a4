/**
 * The plan in real Chromium, from a new person's first tap: the profile (desk work, a spasm that
 * started yesterday), the week's plan (acute: no loaded strengthening), Today on the home page,
 * its first session run to the end under Playwright's clock, the daily check-in, a habit ticked
 * with its streak, "Regenerate", the calendar file parsed back with ical.js, the printed handout
 * (at most two A4 pages), and no axe violations on the profile, the plan and the home page with
 * Today; then a skipped profile (defaults, edited later, the plan working offline) and an in-app
 * reminder at a planned time. Set UNKNOT_SHOTS=<folder> to keep screenshots of each step.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  type Browser,
  newPage,
  openBrowser,
  type RunningServer,
  shot,
  startServer,
  waitForServiceWorker,
} from './harness.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

/** Taps one of the profile's big choices by the words on it. */
async function choose(page: Page, text: string): Promise<void> {
  await page.locator('label.plan-option', { hasText: text }).first().click();
}

/** Answers the profile as a desk worker one day into a spasm, pain 6, with desk breaks. */
async function makeDeskProfile(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Make my plan' }).waitFor();
  await choose(page, 'Desk');
  await choose(page, 'Low');
  await choose(page, '10 min');
  await page
    .getByRole('group', { name: 'Pain now, 0 to 10' })
    .getByRole('button', { name: '6' })
    .click();
  await page.getByText('Yes, it started recently').click();
  await page.getByLabel('How many days ago did it start? (0 for today)').fill('1');
  await page.getByLabel('Hourly desk breaks in my calendar, 9 to 5 on weekdays').check();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your plan this week' }).waitFor();
}

describe('the weekly plan', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('goes from a new profile to a finished session, a check-in, a habit, the calendar and print', async () => {
    const { page, errors } = await newPage(browser.context);
    // Monday morning, before the first planned session.
    await page.clock.install({ time: new Date('2025-03-03T07:30:00Z') });

    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: /Make my plan/ }).click();
    await page.locator('form[data-state="ready"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'profile');
    await makeDeskProfile(page);

    // The week: acute, explained, and no loaded strengthening.
    const week = page.locator('.plan-week');
    await week.waitFor();
    expect(await page.locator('#phase-heading').textContent()).toContain('Acute');
    expect((await page.locator('.plan-phase p').textContent())?.length).toBeGreaterThan(10);
    const sessions = page.locator('.plan-session');
    expect(await sessions.count()).toBeGreaterThan(0);
    const names = (await page.locator('.plan-exercise-name').allTextContents()).join(' | ');
    expect(names).not.toMatch(/superman/i);
    expect(await page.locator('.plan-why').count()).toBe(
      await page.locator('.plan-exercise').count(),
    );
    expect(await page.locator('.plan-day').count()).toBe(7);
    await page.getByText('Calendar reminders work even when Unknot is closed.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'plan');

    // Today on the home page, under the spasm button.
    await page.goto(`${server.url}/`);
    const today = page.locator('section.today[data-state="ready"]');
    await today.waitFor();
    const firstButton = page.locator('main a.button, main button').first();
    expect(await firstButton.textContent()).toBe('I have a spasm now');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'home-today');

    // Its first session, run to the end.
    await today.locator('.today-start').first().click();
    await page.getByRole('heading', { level: 1, name: 'Guided session' }).waitFor();
    expect(page.url()).toContain('/session?exercises=');
    await page.getByRole('button', { name: 'Start' }).click();
    for (let s = 0; s < 1200; s += 10) {
      if ((await page.locator('main h1').textContent()) === 'Well done') break;
      await page.clock.fastForward(10_000);
    }
    await page.getByRole('heading', { level: 1, name: 'Well done' }).waitFor();
    await page.getByText('Saved on this device.').waitFor();

    // Back home: the session is done, then the check-in and a habit.
    await page.goto(`${server.url}/`);
    await today.waitFor();
    await today.locator('.today-session').first().getByText('Done today ✓').waitFor();
    // The evening session has the same routine, and is still to do.
    expect(await today.locator('.today-session').count()).toBe(2);
    expect(await today.locator('.today-session').nth(1).textContent()).not.toContain('Done today');
    const checkIn = page.getByRole('group', { name: 'Check in: pain today, 0 to 10' });
    // The profile's pain is already today's check-in: it is not asked twice.
    expect(
      await checkIn.getByRole('button', { name: '6', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    await checkIn.getByRole('button', { name: '4', exact: true }).click();
    await page.getByText('In your diary: 4 out of 10.').waitFor();
    const habit = today.locator('.today-habit').first();
    expect(await habit.locator('.habit-streak').textContent()).toBe('No streak yet');
    await habit.getByRole('checkbox').check();
    expect(await habit.locator('.habit-streak').textContent()).toBe('1 day in a row');

    // All of it kept on the device: the tick is written before the page is left.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const req = indexedDB.open('unknot');
          req.onsuccess = () => {
            const all = req.result
              .transaction('records', 'readonly')
              .objectStore('records')
              .getAll();
            all.onsuccess = () => {
              req.result.close();
              resolve(
                (all.result as { kind: string; deleted: boolean }[]).some(
                  (r) => r.kind === 'habit-tick' && !r.deleted,
                ),
              );
            };
            all.onerror = () => resolve(false);
          };
          req.onerror = () => resolve(false);
        }),
    );
    await page.reload();
    await today.waitFor();
    expect(
      await checkIn.getByRole('button', { name: '4', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await today.locator('.today-habit').first().getByRole('checkbox').isChecked()).toBe(
      true,
    );
    expect(await today.locator('.today-habit').first().locator('.habit-streak').textContent()).toBe(
      '1 day in a row',
    );
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'home-today-done');

    // The calendar, made in the browser and read back.
    await page.goto(`${server.url}/plan`);
    await week.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add to calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('unknot-plan.ics');
    const path = await download.path();
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(1);
    for (const event of events) {
      expect(event.getFirstPropertyValue('rrule')).not.toBeNull();
      expect(event.getAllSubcomponents('valarm').length).toBeGreaterThan(0);
    }
    const summaries = events.map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries.some((s) => /desk|break/i.test(s))).toBe(true);

    // Regenerate: the same week again, from the answers and the week's check-in and session.
    await page.getByRole('button', { name: 'Regenerate' }).click();
    await page
      .getByText('Plan made again from your answers and this week’s check-ins and sessions.')
      .waitFor();
    expect(await page.locator('#phase-heading').textContent()).toContain('Acute');

    // The printed handout: figures and steps, no navigation, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.plan-actions').isVisible()).toBe(false);
    expect(await page.locator('.plan-start').first().isVisible()).toBe(false);
    expect(await page.locator('.plan-handout').isVisible()).toBe(true);
    expect(await page.locator('.handout-item .fig').count()).toBeGreaterThan(0);
    expect(await page.locator('.handout-steps li').count()).toBeGreaterThan(3);
    await shot(page, 'plan-print');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });

    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows each answer to fix beside its field, and moves to the first', async () => {
    const fresh = await openBrowser();
    const { page, errors } = await newPage(fresh.context);
    await page.goto(`${server.url}/plan/profile`);
    await page.locator('form[data-state="ready"]').waitFor();
    await page.getByText('Yes, it started recently').click();
    await page.getByRole('button', { name: 'Make my plan' }).click();

    const pain = page.getByRole('group', { name: 'Pain now, 0 to 10' });
    await pain.getByText('Tap a number for your pain now: 0 if there is none.').waitFor();
    expect(await pain.getAttribute('aria-describedby')).toBe('plan-pain-error');
    const days = page.getByLabel('How many days ago did it start? (0 for today)');
    expect(await days.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#plan-days-error').textContent()).toMatch(/whole number/);
    // Focus goes to the first field to fix: the pain scale.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-pain');
    expect(await axeViolations(page)).toEqual([]);

    // Fixing a field takes its error away; the plan is made once both are fixed.
    await pain.getByRole('button', { name: '5', exact: true }).click();
    expect(await page.locator('#plan-pain-error').count()).toBe(0);
    await days.fill('2');
    await page.getByRole('button', { name: 'Make my plan' }).click();
    await page.locator('.plan-week').waitFor();
    expect(errors).toEqual([]);
    await fresh.close();
  });

  it('makes a plan from sensible defaults when the profile is skipped, edits it later, and works offline', async () => {
    const other = await openBrowser({ colorScheme: 'dark' });
    try {
      const { page, errors } = await newPage(other.context);
      await page.goto(`${server.url}/plan`);
      // No profile yet: the plan page asks for one.
      await page.getByRole('heading', { level: 1, name: 'Make my plan' }).waitFor();
      await page.getByRole('button', { name: /^Skip/ }).click();
      // Skipping still asks the one thing the plan needs, and claims nothing else.
      await page.getByRole('heading', { level: 1, name: 'One thing first' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page
        .getByRole('group', { name: 'Pain now, 0 to 10' })
        .getByRole('button', { name: '3', exact: true })
        .click();
      await page.locator('.plan-week').waitFor();
      // The plan rests on the pain given, never on a pain of 0 nobody said.
      expect(await page.locator('#phase-heading').textContent()).toContain('Recovery');
      expect(await page.locator('.plan-phase').textContent()).toContain('3 out of 10');
      // The pain given is today's check-in, shown where the plan is.
      const checkIn = page.getByRole('group', { name: 'Check in: pain today, 0 to 10' });
      expect(
        await checkIn.getByRole('button', { name: '3', exact: true }).getAttribute('aria-pressed'),
      ).toBe('true');
      await page.getByRole('link', { name: 'Answer a few questions' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'plan-skipped-dark');

      // Offline, the plan still opens and is made again in the browser.
      await waitForServiceWorker(page);
      await other.context.setOffline(true);
      await page.reload();
      await page.locator('.plan-week').waitFor();
      await page.getByRole('button', { name: 'Regenerate' }).click();
      await page.getByText(/^Plan made again/).waitFor();
      await other.context.setOffline(false);

      // Edit later: the answers come back, and saving updates the plan.
      await page.getByRole('link', { name: 'Edit profile' }).click();
      await page.getByRole('heading', { level: 1, name: 'Make my plan' }).waitFor();
      await choose(page, 'Lifting');
      await page.getByRole('button', { name: 'Make my plan' }).click();
      await page.locator('.plan-week').waitFor();
      await page.getByRole('link', { name: 'Edit profile' }).click();
      await page.getByRole('heading', { level: 1, name: 'Edit your plan' }).waitFor();
      expect(await page.getByRole('radio', { name: /Lifting/ }).isChecked()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
  it('reminds inside Unknot at a planned time once reminders are on, with a banner that starts the session', async () => {
    const other = await openBrowser();
    try {
      const { page, errors } = await newPage(other.context);
      await page.clock.install({ time: new Date('2025-03-04T07:00:00Z') });
      await page.goto(`${server.url}/plan/profile`);
      await page.locator('form[data-state="ready"]').waitFor();
      // A session two minutes from now, in the browser's own time zone.
      const soon = await page.evaluate(() => {
        const d = new Date(Date.now() + 120_000);
        return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
      });
      await page.getByRole('button', { name: 'Remove time 2' }).click();
      await page.getByLabel('Time 1').fill(soon);
      await page
        .getByRole('group', { name: 'Pain now, 0 to 10' })
        .getByRole('button', { name: '2', exact: true })
        .click();
      await page.getByRole('button', { name: 'Make my plan' }).click();
      await page.locator('.plan-week').waitFor();
      await page.getByLabel('Remind me inside Unknot at the planned times').check();
      await page.getByText(/^On: /).waitFor();
      expect(await page.locator('.plan-reminder').count()).toBe(0);

      await page.clock.fastForward(180_000);
      const banner = page.locator('.plan-reminder');
      await banner.waitFor();
      expect(await banner.textContent()).toContain(`${soon}: Time for your`);
      await banner.getByRole('link', { name: 'Start' }).click();
      await page.getByRole('heading', { level: 1, name: 'Guided session' }).waitFor();
      expect(await page.locator('.plan-reminder').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
