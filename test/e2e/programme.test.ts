/**
 * A clinician's home programme on the person's phone, in real Chromium with Playwright's clock: a
 * `programme` record on the device (as sync leaves it) shows on the plan as "From Sam Patel, your
 * physiotherapist" with its doses, sides, notes, this week's sessions and the review date; Start
 * runs the player at the programme's doses, one side where the clinician named one; "This hurts"
 * stops it, asks the pain, and keeps a log that names the programme; the week then counts it. The
 * handout prints on one A4 page with a figure for each exercise and the safety line with its
 * source. Offline, the plan still shows the programme; once the clinician ends it (a tombstone)
 * it is gone from the plan and the player. Then the whole loop with the real server: a
 * physiotherapist the person shared with assigns a programme, it arrives by sync, the person runs
 * it offline and stops for pain, and the clinician sees that stop. Axe finds nothing on each screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids.js';
import type { Programme } from '../../src/core/programme/programme.js';
import { addDays, localDate } from '../../src/core/time/index.js';
import { signUp, waitSynced } from './account-steps.js';
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
import { atLargeText } from './reflow.js';
import { addClinician, makeCode, openSharing } from './sharing-steps.js';

const ZONE = 'Europe/London';
const PASSWORD = 'my back and the long walk home';
/** Wednesday of the programme's first week, mid-morning. */
const NOW = new Date('2025-03-05T09:00:00Z');
const id = (seed: number) =>
  uuidv7(NOW.getTime() - 86_400_000, (n) => new Uint8Array(n).fill(seed));
const PROGRAMME_ID = id(7);

const PROGRAMME: Programme = {
  clinicianId: id(9),
  clinicianName: 'Sam Patel',
  profession: 'physiotherapist',
  title: 'Low back: weeks 1 to 4',
  exercises: [
    {
      exerciseId: 'knee-to-chest',
      holdSeconds: 25,
      reps: 3,
      sets: 1,
      side: 'left',
      notes: 'Keep the other knee bent if that is easier.',
    },
    { exerciseId: 'cat-cow', holdSeconds: 3, reps: 8, sets: 1, side: 'both' },
    { exerciseId: 'bird-dog', holdSeconds: 5, reps: 6, sets: 2, side: 'both' },
  ],
  sessionsPerDay: 2,
  daysPerWeek: 5,
  notes: 'Little and often. Go gently in the mornings.',
  startDate: '2025-03-03',
  reviewDate: '2025-03-31',
  allowProgression: false,
  assignedAt: '2025-03-03T09:00:00.000Z',
};

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

interface Stored {
  id: string;
  kind: string;
  changedAt: string;
  deleted: boolean;
  data: unknown;
}

/** Puts a record into the device's store as sync leaves one; the app must have opened it first. */
function putRaw(page: Page, record: Stored): Promise<void> {
  return page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('unknot');
        req.onsuccess = () => {
          const tx = req.result.transaction('records', 'readwrite');
          tx.objectStore('records').put(value);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    record,
  );
}

function records(page: Page): Promise<Stored[]> {
  return page.evaluate(
    () =>
      new Promise<Stored[]>((resolve, reject) => {
        const req = indexedDB.open('unknot');
        req.onsuccess = () => {
          const all = req.result.transaction('records', 'readonly').objectStore('records').getAll();
          all.onsuccess = () => {
            req.result.close();
            resolve(all.result as Stored[]);
          };
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

/** Opens the app (so the device's store exists) and puts the programme on the device. */
async function seedProgramme(page: Page): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.locator('main h1').waitFor();
  await putRaw(page, {
    id: PROGRAMME_ID,
    kind: 'programme',
    changedAt: PROGRAMME.assignedAt,
    deleted: false,
    data: PROGRAMME,
  });
}

async function withPhone(run: (page: Page, errors: string[], browser: Browser) => Promise<void>) {
  const browser = await openBrowser({ timezoneId: ZONE });
  try {
    const { page, errors } = await newPage(browser.context);
    await page.clock.install({ time: NOW });
    await run(page, errors, browser);
  } finally {
    await browser.close();
  }
}

function card(page: Page) {
  return page.getByRole('region', { name: PROGRAMME.title });
}

describe('a clinician’s programme', () => {
  it('shows on the plan, runs in the player at its doses, and logs a “This hurts” stop against it', async () => {
    await withPhone(async (page, errors) => {
      await seedProgramme(page);
      // Home names it first and leads to the plan.
      await page.goto(`${server.url}/`);
      await page.getByRole('link', { name: /Your programme from your clinician/ }).click();
      await page.waitForURL(/\/plan$/);
      const programme = card(page);
      await programme.waitFor();
      const text = (await programme.textContent()) ?? '';
      expect(text).toContain('From Sam Patel, your physiotherapist');
      expect(text).toContain('Little and often. Go gently in the mornings.');
      expect(text).toContain('Twice a day, 5 days a week');
      expect(text).toContain('This week (Mon 3 Mar to Sun 9 Mar): 0 of 10 sessions done');
      expect(text).toContain('Review with Sam Patel: Monday 31 March.');
      expect(text).toContain(
        'Your physiotherapist set these doses. They stay the same until Sam Patel changes them.',
      );
      const items = programme.locator('.programme-exercise');
      expect(await items.allTextContents()).toEqual([
        'Knee-to-chest stretch (one leg)Hold 25 s · 3 times · 1 setLeft side onlySam Patel’s note: Keep the other knee bent if that is easier.',
        'Cat-cowHold 3 s · 8 times · 1 set',
        'Bird-dogHold 5 s · 6 times each side · 2 sets',
      ]);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'programme-plan');
      await atLargeText(page, `${server.url}/plan`, '.programme-card', 'programme-plan-200');

      await programme.getByRole('link', { name: `Start ${PROGRAMME.title}` }).click();
      await page.getByRole('heading', { level: 1, name: PROGRAMME.title }).waitFor();
      await page.getByText('From Sam Patel, your physiotherapist').waitFor();
      expect(await page.locator('.session-list li').allTextContents()).toEqual([
        'Knee-to-chest stretch (one leg), left side onlyHold 25 s · 3 times · 1 set',
        'Cat-cowHold 3 s · 8 times · 1 set',
        'Bird-dogHold 5 s · 6 times each side · 2 sets',
      ]);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'programme-player-before');

      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Knee-to-chest stretch (one leg), left side only' })
        .waitFor();
      await page.clock.runFor(4000);
      expect(await page.locator('.ring-label').textContent()).toBe('Hold');
      // One side only: the counters never say "First side".
      expect(await page.locator('.counters').textContent()).toBe('Rep 1 of 3Set 1 of 1');
      // The clinician's 25 s hold, a second or so in (the clock also runs at real speed).
      const left = Number(await page.locator('.ring-time').textContent());
      expect(left).toBeGreaterThanOrEqual(22);
      expect(left).toBeLessThanOrEqual(25);
      await shot(page, 'programme-player-during');

      await page.getByRole('button', { name: 'This hurts' }).click();
      await page.getByRole('heading', { level: 1, name: 'Stopped' }).waitFor();
      await page.getByRole('button', { name: '6', exact: true }).click();
      await page.getByText('Noted: pain 6 out of 10.').waitFor();
      await page.getByText('Saved on this device.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'programme-player-stopped');

      const logs = (await records(page)).filter((r) => r.kind === 'session-log');
      expect(logs).toHaveLength(1);
      expect(logs[0]?.data).toMatchObject({
        programmeId: PROGRAMME_ID,
        stoppedForPain: true,
        stopPain0to10: 6,
        exercises: [
          { exerciseId: 'knee-to-chest', completed: false },
          { exerciseId: 'cat-cow', completed: false },
          { exerciseId: 'bird-dog', completed: false },
        ],
      });

      await page.getByRole('link', { name: 'Back to your plan' }).click();
      await card(page)
        .getByText('This week (Mon 3 Mar to Sun 9 Mar): 1 of 10 sessions done')
        .waitFor();
      expect(errors).toEqual([]);
    });
  });

  it('prints as a one-page handout with a figure for each exercise and the safety line', async () => {
    await withPhone(async (page, errors) => {
      await seedProgramme(page);
      await page.goto(`${server.url}/plan`);
      await card(page)
        .getByRole('link', { name: `Print handout for ${PROGRAMME.title}` })
        .click();
      await page.getByRole('heading', { level: 1, name: PROGRAMME.title }).waitFor();
      await page.locator('.programme-handout[data-state="ready"]').waitFor();
      expect(await page.locator('.handout-exercise .fig-still svg').count()).toBe(3);
      const safety = page.locator('.handout-safety');
      expect(await safety.textContent()).toContain('Stop any exercise that hurts.');
      expect(await safety.textContent()).toContain('Tips for Stretching');
      const facts = (await page.locator('.handout-facts').textContent()) ?? '';
      expect(facts).toContain('Twice a day, 5 days a week');
      expect(facts).toContain('Monday 3 March');
      expect(facts).toContain('Monday 31 March, with Sam Patel');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'programme-handout');
      await atLargeText(
        page,
        `${server.url}/plan/programme/${PROGRAMME_ID}`,
        '.handout-exercise',
        'programme-handout-200',
      );

      // The Print button asks the browser to print.
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await page.getByRole('button', { name: 'Print' }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
      // As wide as A4 at 96 dpi, to see the paper's layout.
      await page.setViewportSize({ width: 794, height: 1123 });
      await shot(page, 'programme-handout-print');
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBe(1);
      await page.emulateMedia({ media: 'screen' });
      expect(errors).toEqual([]);
    });
  });

  it('shows offline beside the plan, and is gone from the plan and the player once ended', async () => {
    await withPhone(async (page, errors, browser) => {
      await seedProgramme(page);
      // A plan of Unknot's own too: the programme shows above it.
      await page.goto(`${server.url}/plan`);
      await card(page).waitFor();
      await page.getByRole('link', { name: 'answer them' }).click();
      await page.getByRole('button', { name: /^Skip/ }).click();
      await page
        .getByRole('group', { name: 'Pain now, 0 to 10' })
        .getByRole('button', { name: '3', exact: true })
        .click();
      await page.locator('.plan-week').waitFor();
      await card(page).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'programme-with-plan');
      const start = await card(page)
        .getByRole('link', { name: `Start ${PROGRAMME.title}` })
        .getAttribute('href');

      await waitForServiceWorker(page);
      await browser.context.setOffline(true);
      await page.reload();
      await page.locator('.plan-week').waitFor();
      await card(page).getByText('From Sam Patel, your physiotherapist').waitFor();

      // The clinician ends it: sync leaves a tombstone.
      await putRaw(page, {
        id: PROGRAMME_ID,
        kind: 'programme',
        changedAt: NOW.toISOString(),
        deleted: true,
        data: null,
      });
      await page.reload();
      await page.locator('.plan-week').waitFor();
      expect(await page.locator('.programme-card').count()).toBe(0);
      await page.goto(`${server.url}${start}`);
      await page.getByText('This programme is not on this device.').waitFor();
      await browser.context.setOffline(false);
      expect(errors).toEqual([]);
    });
  });

  it('can be taken off the plan by the person, after one clear question', async () => {
    await withPhone(async (page, errors) => {
      await seedProgramme(page);
      await page.goto(`${server.url}/plan`);
      await card(page).waitFor();
      await card(page).getByRole('button', { name: 'Take this programme off my plan…' }).click();
      await card(page).getByText(`Take “${PROGRAMME.title}” off your plan?`).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'programme-remove-question');
      await card(page).getByRole('button', { name: 'Keep it' }).click();
      await card(page).getByRole('button', { name: 'Take this programme off my plan…' }).click();
      await card(page).getByRole('button', { name: 'Take it off my plan' }).click();
      await page.waitForURL(/\/plan(\/profile)?$/);
      await page.waitForFunction(() => document.querySelectorAll('.programme-card').length === 0);
      expect(errors).toEqual([]);
    });
  });

  it('passes axe in the dark scheme on the plan, the player and the handout', async () => {
    const browser = await openBrowser({ timezoneId: ZONE, colorScheme: 'dark' });
    try {
      const { page, errors } = await newPage(browser.context);
      await page.clock.install({ time: NOW });
      await seedProgramme(page);
      await page.goto(`${server.url}/plan`);
      await card(page).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'programme-plan-dark');
      await card(page)
        .getByRole('link', { name: `Start ${PROGRAMME.title}` })
        .click();
      await page.getByRole('heading', { level: 1, name: PROGRAMME.title }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${server.url}/plan/programme/${PROGRAMME_ID}`);
      await page.locator('.programme-handout[data-state="ready"]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'programme-handout-dark');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('arrives by sync from the clinician, runs offline, and its “This hurts” stop reaches them', async () => {
    const browser = await openBrowser({ timezoneId: ZONE });
    try {
      const { page, errors } = await newPage(browser.context);
      await signUp(page, server.url, 'morgan', PASSWORD);
      await openSharing(page, server.url);
      const code = await makeCode(page, ['Exercise sessions and adherence'], PASSWORD);
      const sam = await addClinician(server, 'Sam Patel', 'sam.patel', PASSWORD);
      const personId = await sam.redeem(code);
      const today = localDate(Date.now(), ZONE);
      const { clinicianId, clinicianName, profession, assignedAt, ...input } = PROGRAMME;
      const programmeId = await sam.assignProgramme(personId, {
        ...input,
        startDate: today,
        reviewDate: addDays(today, 28),
      });

      // A fresh load syncs at once: once it says so, the programme is on the device.
      await page.goto(`${server.url}/`);
      await waitSynced(page);
      await page.goto(`${server.url}/plan`);
      await card(page).getByText('From Sam Patel, your physiotherapist').waitFor();

      await waitForServiceWorker(page);
      await browser.context.setOffline(true);
      await page.reload();
      await card(page)
        .getByRole('link', { name: `Start ${PROGRAMME.title}` })
        .click();
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.getByRole('button', { name: 'This hurts' }).click();
      await page.getByRole('button', { name: '7', exact: true }).click();
      await page.getByText('Saved on this device.').waitFor();

      await browser.context.setOffline(false);
      await waitSynced(page);
      const seen = await sam.person(personId);
      const logs = (seen.body as { records: { kind: string; data: unknown }[] }).records.filter(
        (r) => r.kind === 'session-log',
      );
      expect(logs.map((l) => l.data)).toMatchObject([
        { programmeId, stoppedForPain: true, stopPain0to10: 7 },
      ]);

      // The clinician ends it: it leaves the plan on the next sync.
      await sam.endProgramme(personId, programmeId);
      await page.goto(`${server.url}/plan`);
      await waitSynced(page);
      await page.getByRole('heading', { level: 1, name: 'Make my plan' }).waitFor();
      expect(await page.locator('.programme-card').count()).toBe(0);
      // The one refusal expected: the server asking for the password again before the code.
      expect(errors.filter((e) => !/status of 403/.test(e))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
