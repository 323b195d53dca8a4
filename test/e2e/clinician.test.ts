/**
 * The clinician's area in real Chromium, walked as a physiotherapist and one of their people use
 * it on two devices (two browser profiles): the operator's one-time link sets the clinician up;
 * the person keeps a diary, makes an account and a share code; the clinician adds them with the
 * code, opens them, assigns a programme of two exercises (a dose out of the library's range named
 * beside its field first), prints the summary and the handout, and marks them reviewed. A person's
 * account is told the area is for clinicians. Axe finds nothing on any clinician page, and each is
 * photographed at a phone's 390×844 and a desk's 1280×800 (UNKNOT_SHOTS).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from './account-steps.js';
import { addClinician as addClinicianLink } from './clinician-cli.js';
import { openDiary, score } from './diary-steps.js';
import {
  axeViolations,
  type Browser,
  newPage,
  openBrowser,
  PHONE,
  type RunningServer,
  shot,
  startServer,
} from './harness.js';
import { reflowProblems, setTextSize, smallTargets } from './reflow.js';

const PASSWORD = 'my back and the long walk home';
const DESK = { width: 1280, height: 800 } as const;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

/** `unknot clinician add`, as the server's operator runs it on the server's data; answers the link. */
async function addClinician(name: string): Promise<string> {
  return (await addClinicianLink(server, name)).link;
}

/** Axe, the 24 px targets, then a photograph at the phone's size and the desk's. */
async function checkPage(page: Page, name: string): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  await shot(page, `${name}-390`);
  await page.setViewportSize(DESK);
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
}

/** The person makes a share code on their sharing page, giving their password again; answers it. */
async function makeShareCode(page: Page, scopes: readonly string[]): Promise<string> {
  await page.goto(`${server.url}/account/sharing`);
  await page.getByRole('heading', { name: 'Make a share code' }).waitFor();
  for (const scope of scopes) await page.getByRole('checkbox', { name: scope }).check();
  await page.getByRole('button', { name: 'Make a share code' }).click();
  const made = page.locator('.share-code code');
  const confirm = page.getByLabel('Your password');
  await made.or(confirm).first().waitFor();
  if (await confirm.isVisible()) {
    await confirm.fill(PASSWORD);
    await page.getByRole('button', { name: 'Make the code', exact: true }).click();
  }
  await made.waitFor();
  return (await made.textContent()) ?? '';
}

describe('a physiotherapist and one of their people', () => {
  let desk: Browser;
  let phone: Browser;
  let c: Page;
  let p: Page;
  let clinicianErrors: string[];
  let personUrl = '';

  beforeAll(async () => {
    desk = await openBrowser();
    phone = await openBrowser();
    ({ page: c, errors: clinicianErrors } = await newPage(desk.context));
    ({ page: p } = await newPage(phone.context));
  });
  afterAll(async () => {
    await desk?.close();
    await phone?.close();
  });

  it('tells someone signed out that the area is for clinicians and where to sign in', async () => {
    await c.goto(`${server.url}/clinician`);
    await c.getByRole('heading', { name: 'For clinicians', level: 1 }).waitFor();
    await c.getByRole('link', { name: 'Sign in on your account page' }).waitFor();
    await checkPage(c, 'clinician-signed-out');
  });

  it('sets the clinician up from the one-time link, naming what to fix first', async () => {
    const link = await addClinician('Sam Patel');
    await c.goto(link);
    await c.getByRole('heading', { name: 'Set up your clinician account', level: 1 }).waitFor();
    await checkPage(c, 'clinician-setup');

    await c.getByLabel('Your name for Unknot').fill('sam.patel');
    await c.getByLabel('Choose a password').fill('short');
    await c.getByRole('button', { name: 'Set up my account' }).click();
    await c.getByText('Use at least 8 characters.').waitFor();

    await c.getByLabel('Choose a password').fill(PASSWORD);
    await c.getByRole('button', { name: 'Set up my account' }).click();
    await c.waitForURL(`${server.url}/clinician`);
    await c.getByText('Signed in as Sam Patel.').waitFor();
    await c.getByText('No one shares their records with you yet.').waitFor();
    await checkPage(c, 'clinician-people-empty');

    // Signed in on this device like anyone: the account page leads back to the area.
    await c.goto(`${server.url}/account`);
    await c.getByRole('link', { name: 'Your people: the clinician area' }).click();
    await c.getByRole('heading', { name: 'Your people', level: 1 }).waitFor();
  });

  it('refuses a used set-up link with words that say what to do', async () => {
    const link = await addClinician('Alex Doe');
    const other = await openBrowser();
    try {
      const { page } = await newPage(other.context);
      // Used once, by this script, over the API as the page would.
      const token = new URL(link).hash.replace('#token=', '');
      const first = await page.request.post(`${server.url}/api/v1/clinician/setup`, {
        data: { token, username: 'alex.doe', password: PASSWORD },
      });
      expect(first.status()).toBe(200);
      await page.goto(link);
      await page.getByLabel('Your name for Unknot').fill('alex.again');
      await page.getByLabel('Choose a password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Set up my account' }).click();
      await page.getByText('This set-up link has expired or was used already.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('adds a person with the share code they made, most in need first', async () => {
    await openDiary(p, server.url);
    await score(p, 7);
    await signUp(p, server.url, 'robin', PASSWORD);
    const code = await makeShareCode(p, [
      'Pain diary and trend',
      'Exercise sessions and adherence',
      'Check results',
    ]);
    expect(code).toMatch(/\S{4}/);

    await c.getByLabel('Share code').fill('NOPE-NOPE');
    await c.getByRole('button', { name: 'Add', exact: true }).click();
    await c.getByText('That code does not work').waitFor();

    await c.getByLabel('Share code').fill(code.toLowerCase());
    await c.getByRole('button', { name: 'Add', exact: true }).click();
    await c.getByText('robin now shares their records with you.').waitFor();
    const row = c.locator('.person-row', { hasText: 'robin' });
    await row.waitFor();
    expect(await row.textContent()).toContain('pain diary and trend');
    expect(await row.locator('.need-badge').textContent()).toMatch(/Needs you|Keep an eye|Steady/);
    await checkPage(c, 'clinician-people');

    await row.getByRole('link', { name: 'robin' }).click();
    await c.getByRole('heading', { name: 'robin', level: 1 }).waitFor();
    personUrl = c.url();
  });

  it('shows only what is shared, and says what is not', async () => {
    await c.getByRole('heading', { name: 'Pain and trend' }).waitFor();
    await c.getByRole('heading', { name: 'Sessions and adherence' }).waitFor();
    await c.getByRole('heading', { name: 'Check results' }).waitFor();
    await c.getByRole('heading', { name: 'Diary entries' }).waitFor();
    await c.getByText('Pain 7 out of 10').waitFor();
    expect(await c.getByRole('heading', { name: 'Their own plan' }).count()).toBe(0);
    expect(await c.locator('.person-facts').textContent()).toContain('Not sharedTheir own plan');
    await checkPage(c, 'clinician-person');
    // The dark scheme keeps its contrast too.
    await c.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(c)).toEqual([]);
    await shot(c, 'clinician-person-dark-390');
    await c.emulateMedia({ colorScheme: 'light' });
  });

  it('assigns a programme of two exercises, each dose kept to the library’s range', async () => {
    await c.getByRole('button', { name: 'New programme' }).click();
    await c.getByRole('heading', { name: 'New programme for robin' }).waitFor();
    await c.getByLabel('Find an exercise by name').fill('bird');
    await c.getByRole('button', { name: 'Add Bird-dog' }).click();
    await c.getByLabel('Find an exercise by name').fill('cat');
    await c.getByRole('button', { name: 'Add Cat-cow' }).click();

    const birdDog = c.getByRole('group', { name: '1. Bird-dog' });
    // The library's starting dose, and a side offered only for the exercise done one side at a time.
    expect(await birdDog.getByLabel('Hold, seconds').inputValue()).toBe('5');
    expect(await birdDog.getByRole('radio').count()).toBe(3);
    expect(await c.getByRole('group', { name: '2. Cat-cow' }).getByRole('radio').count()).toBe(0);
    await checkPage(c, 'clinician-editor');

    await birdDog.getByLabel('Reps').fill('99');
    await c.getByRole('button', { name: 'Save and assign' }).click();
    await birdDog.getByText('Use a number from 5 to 8.').waitFor();
    await c.getByText('One thing needs a change').waitFor();
    expect(await axeViolations(c)).toEqual([]);

    await birdDog.getByLabel('Reps').fill('6');
    await birdDog.getByRole('radio', { name: 'Left side only' }).check();
    await birdDog
      .getByLabel('Your notes on this exercise (optional)')
      .fill('Slowly, keep the back flat.');
    await c.getByLabel('Sessions a day').fill('2');
    await c.getByLabel('Your notes for the person (optional)').fill('Little and often.');
    await c.getByRole('button', { name: 'Save and assign' }).click();
    await c.getByText('“Home exercise programme” is assigned.').waitFor();

    const card = c.locator('.assigned-card');
    await card.getByText('Bird-dog').waitFor();
    expect(await card.textContent()).toContain('Left side only');
    expect(await card.textContent()).toContain('Cat-cow');

    // What the server keeps is what was chosen.
    const id = new URL(personUrl).pathname.split('/').pop() ?? '';
    const res = await c.request.get(`${server.url}/api/v1/clinician/people/${id}`);
    const body = (await res.json()) as {
      programmes: { data: { sessionsPerDay: number; exercises: Record<string, unknown>[] } }[];
    };
    expect(body.programmes).toHaveLength(1);
    expect(body.programmes[0]?.data.sessionsPerDay).toBe(2);
    expect(body.programmes[0]?.data.exercises).toEqual([
      {
        exerciseId: 'bird-dog',
        holdSeconds: 5,
        reps: 6,
        sets: 1,
        side: 'left',
        notes: 'Slowly, keep the back flat.',
      },
      { exerciseId: 'cat-cow', holdSeconds: 3, reps: 5, sets: 1, side: 'both' },
    ]);
    await checkPage(c, 'clinician-person-programme');
  });

  it('changes a programme in the same editor', async () => {
    await c.getByRole('button', { name: 'Edit Home exercise programme' }).click();
    await c.getByRole('heading', { name: 'Change “Home exercise programme”' }).waitFor();
    await c.getByLabel('Title').fill('Back care, weeks 1 to 4');
    await c.getByRole('button', { name: 'Save the changes' }).click();
    await c.getByText('“Back care, weeks 1 to 4” is saved.').waitFor();
  });

  it('prints the one-page summary and the illustrated handout', async () => {
    await c.getByRole('link', { name: 'Print summary' }).click();
    await c.getByRole('heading', { name: 'robin: back pain summary', level: 1 }).waitFor();
    const summary = (await c.locator('.diary-report').textContent()) ?? '';
    expect(summary).toContain('Not shared: Their own plan');
    expect(summary).toContain('Current plan');
    await checkPage(c, 'clinician-summary');
    await c.emulateMedia({ media: 'print' });
    expect(await c.locator('.site-header').isVisible()).toBe(false);
    await shot(c, 'clinician-summary-print');
    await c.emulateMedia({ media: 'screen' });

    await c.getByRole('link', { name: 'Back to robin' }).click();
    await c.getByRole('link', { name: 'Print handout of Back care, weeks 1 to 4' }).click();
    await c.getByRole('heading', { name: 'Back care, weeks 1 to 4', level: 1 }).waitFor();
    await c.getByText('From Sam Patel, your physiotherapist').waitFor();
    expect(await c.locator('.handout-exercise .fig-still svg').count()).toBe(2);
    await checkPage(c, 'clinician-handout');
    await c.emulateMedia({ media: 'print' });
    await shot(c, 'clinician-handout-print');
    await c.emulateMedia({ media: 'screen' });
    await c.getByRole('link', { name: 'Back to robin' }).click();
  });

  it('marks the person reviewed', async () => {
    await c.getByRole('button', { name: 'Mark as reviewed' }).click();
    await c.getByText('Marked as reviewed.').waitFor();
    await c.locator('.person-facts', { hasNotText: 'Not yet' }).waitFor();
    // The refusals this walk asks for (signed out, a wrong code) are the only console lines.
    const expected = /Failed to load resource: the server responded with a status of 40[14]/;
    expect(clinicianErrors.filter((e) => !expected.test(e))).toEqual([]);
  });

  it('reflows with 200% text on a phone and at 320 px: nothing scrolls sideways or breaks a label', async () => {
    for (const layout of [
      { width: 390, textPx: 32 },
      { width: 320, textPx: 16 },
    ]) {
      const { page } = await newPage(desk.context);
      await page.setViewportSize({ width: layout.width, height: 844 });
      await setTextSize(page, layout.textPx);
      const problems: string[] = [];
      const look = async (name: string) =>
        problems.push(...(await reflowProblems(page)).map((p) => `${name}: ${p}`));
      await page.goto(`${server.url}/clinician`);
      await page.locator('.people-list').waitFor();
      await look('people');
      await page.goto(personUrl);
      await page.locator('[data-state="ready"]').waitFor();
      await page.getByRole('button', { name: 'New programme' }).click();
      await page.getByRole('heading', { name: 'New programme for robin' }).waitFor();
      await page.getByRole('button', { name: 'Add Bird-dog' }).click();
      await look('person, with the editor open');
      await shot(page, `clinician-editor-${layout.width}-text-${layout.textPx}`);
      await page.goto(`${personUrl}?view=summary`);
      await page.locator('.diary-report h2').first().waitFor();
      await look('summary');
      expect(problems, `${layout.width} px, text ${layout.textPx} px`).toEqual([]);
      await page.close();
    }
  });

  it('shows nothing more once the person stops sharing', async () => {
    const list = (await (await p.request.get(`${server.url}/api/v1/sharing`)).json()) as {
      consents: { id: string }[];
    };
    const consent = list.consents[0]?.id ?? '';
    expect((await p.request.delete(`${server.url}/api/v1/sharing/${consent}`)).status()).toBe(204);

    await c.reload();
    await c.getByRole('heading', { name: 'Not shared with you', level: 1 }).waitFor();
    expect(await c.getByText('Pain 7 out of 10').count()).toBe(0);
    await checkPage(c, 'clinician-person-revoked');
    await c.getByRole('link', { name: '← Your people' }).click();
    await c.getByText('No one shares their records with you yet.').waitFor();
  });

  it('tells a person’s account that the area is for clinicians', async () => {
    await p.goto(`${server.url}/clinician`);
    await p.getByText('This part of Unknot is for clinicians.').waitFor();
    await checkPage(p, 'clinician-as-person');
    await p.goto(personUrl);
    await p.getByText('This part of Unknot is for clinicians.').waitFor();
  });
});
