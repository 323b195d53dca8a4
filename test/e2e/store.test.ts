/**
 * The device's records in real Chromium and real IndexedDB. First the move from the third layout
 * (one store per feature, records keyed by a date, a `date|habit` pair or a name) to the record
 * layer's: a device seeded as today's build left it loads the new build and finds every check-in,
 * habit tick, profile, plan, session, past check, setting and unsent feedback, with its content
 * unchanged, on the pages that show them. Then the record layer itself, driven through its own
 * module: what is written is read back the same, a tombstone hides a record from every list, and
 * a stored record that fails its schema is skipped with a report that names fields, not values.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids.js';
import { generatePlan } from '../../src/core/plan/engine.js';
import { makeProfile } from '../../src/core/plan/fixtures.js';
import { localDate, weekStartOf } from '../../src/core/time/index.js';
import { checkRecord } from '../../src/core/triage/check-record.js';
import { evaluate } from '../../src/core/triage/engine.js';
import { painScore } from '../../src/core/units.js';
import {
  type Browser,
  newPage,
  openBrowser,
  ROOT,
  type RunningServer,
  startServer,
} from './harness.js';
import type {} from './store-driver.js';

const ZONE = 'Europe/London';
/** A page of the app's origin that runs none of the app, so a test can set the device up first. */
const BLANK = '/__store-test';
const DRIVER = '/__store-driver.js';

let server: RunningServer;
let driver: string;

beforeAll(async () => {
  server = await startServer();
  // The record layer's own module, bundled for the page as the app bundles it.
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: false,
      lib: {
        entry: `${ROOT}test/e2e/store-driver.ts`,
        formats: ['iife'],
        name: 'unknotStore',
        fileName: () => 'driver.js',
      },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
    'output' in o ? o.output : [],
  );
  const chunk = chunks.find((c) => c.type === 'chunk');
  if (chunk === undefined || chunk.type !== 'chunk') throw new Error('the driver did not build');
  driver = chunk.code;
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

/** A fresh browser on a page of the app's origin that runs none of the app. */
async function blankPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await newPage(browser.context);
  await page.route(`${server.url}${BLANK}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>store test</title><script src="${DRIVER}"></script>`,
    }),
  );
  await page.route(`${server.url}${DRIVER}`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: driver }),
  );
  await page.goto(`${server.url}${BLANK}`);
  return { page, errors };
}

interface Dump {
  records: { id: string; kind: string; changedAt: string; deleted: boolean; data: unknown }[];
  settings: { id: string; value: unknown }[];
  outbox: { id: string; topic: string; body: unknown; queuedAt: string }[];
  storeNames: string[];
}

/** Everything the device's database holds, read on any page of the origin (the app's included). */
function rawDump(page: Page): Promise<Dump> {
  return page.evaluate(
    () =>
      new Promise<Dump>((resolve, reject) => {
        const req = indexedDB.open('unknot');
        req.onsuccess = () => {
          const db = req.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              out[name] = all.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve({
              records: (out.records ?? []) as Dump['records'],
              settings: (out.settings ?? []) as Dump['settings'],
              outbox: (out.outbox ?? []) as Dump['outbox'],
              storeNames: names,
            });
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

const id = (ms: number, seed: number) => uuidv7(ms, (n) => new Uint8Array(n).fill(seed));

describe('the move from the third layout', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser({ timezoneId: ZONE });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds every record a device kept, with its content unchanged', async () => {
    const now = Date.now();
    const today = localDate(now, ZONE);
    const profile = makeProfile({ timeZone: ZONE, painNow0to10: painScore(3) });
    const plan = generatePlan({ profile, weekStart: weekStartOf(today) });
    const checkAt = new Date(now - 86_400_000);
    const check = checkRecord(
      checkAt,
      { legWeakness: 'none', painNow0to10: painScore(5) },
      evaluate({}),
      'UK',
    );
    const checkId = id(checkAt.getTime(), 1);
    const sessionId = id(now - 3_600_000, 2);
    const session = {
      startedAt: new Date(now - 3_600_000).toISOString(),
      endedAt: new Date(now - 3_300_000).toISOString(),
      exercises: [{ exerciseId: 'knee-to-chest', repsDone: 5, setsDone: 1, completed: true }],
      activeSeconds: 290,
      painBefore0to10: 0,
      painAfter0to10: 2,
      stoppedForPain: false,
    };
    const feedbackId = id(now - 60_000, 3);
    const v3 = {
      'check-ins': [
        { id: today, date: today, pain0to10: 0, at: new Date(now - 7_200_000).toISOString() },
      ],
      'habit-checks': [{ id: `${today}|water`, date: today, habitId: 'water' }],
      plan: [
        {
          id: 'profile',
          profile,
          skipped: false,
          savedAt: new Date(now - 9_000_000).toISOString(),
        },
        { id: 'current', plan, base: plan, generatedAt: new Date(now - 9_000_000).toISOString() },
      ],
      'session-logs': [{ id: sessionId, ...session }],
      'triage-results': [{ id: checkId, ...check }],
      'feedback-outbox': [{ id: feedbackId, contentId: 'muscle-strain', helpful: true }],
      settings: [
        { id: 'region', value: 'AU' },
        { id: 'player', speech: false, chime: true },
      ],
    };

    const { page, errors } = await blankPage(browser);
    await page.evaluate(
      (stores) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('unknot', 3);
          req.onupgradeneeded = () => {
            for (const name of Object.keys(stores)) {
              req.result.createObjectStore(name, { keyPath: 'id' });
            }
          };
          req.onsuccess = () => {
            const tx = req.result.transaction(Object.keys(stores), 'readwrite');
            for (const [name, values] of Object.entries(stores)) {
              for (const value of values) tx.objectStore(name).put(value);
            }
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
      v3,
    );
    // The feedback must stay unsent here, so the outbox can be read after the move.
    await page.route(`${server.url}/api/v1/feedback`, (route) =>
      route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{}' }),
    );

    // The new build opens the database: the home page shows Today from the kept profile and plan,
    // with today's check-in (0, a real score) and the habit ticked.
    await page.goto(`${server.url}/`);
    const todaySection = page.locator('section.today[data-state="ready"]');
    await todaySection.waitFor();
    const checkIn = page.getByRole('group', { name: 'Check in: pain today, 0 to 10' });
    expect(
      await checkIn.getByRole('button', { name: '0', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    const water = todaySection.locator('.today-habit', { hasText: /water/i }).first();
    expect(await water.getByRole('checkbox').isChecked()).toBe(true);

    // The session is under Recent sessions; the past check opens as it was shown.
    await page.goto(`${server.url}/exercises`);
    await page.locator('.recent-item').first().waitFor();
    expect(await page.locator('.recent-item').count()).toBe(1);
    expect(await page.locator('.recent-item').textContent()).toMatch(/knee/i);
    await page.goto(`${server.url}/check/history`);
    await page.locator('.check-history-item').first().waitFor();
    expect(await page.locator('.check-history-item').count()).toBe(1);

    // And underneath, every record in the new layout, its data exactly what the old store held.
    const kept = await rawDump(page);
    const byKind = (kind: string) => kept.records.filter((r) => r.kind === kind);
    // The day's check-in is in the pain diary now (layout 5), a score of 0 kept as 0.
    expect(byKind('check-in')).toEqual([]);
    expect(byKind('diary-entry').map((r) => r.data)).toEqual([
      { pain0to10: 0, at: v3['check-ins'][0]?.at },
    ]);
    expect(byKind('habit-tick').map((r) => r.data)).toEqual([{ date: today, habitId: 'water' }]);
    expect(byKind('profile').map((r) => r.data)).toEqual([
      { profile, skipped: false, savedAt: v3.plan[0]?.savedAt },
    ]);
    expect(byKind('plan').map((r) => r.data)).toEqual([
      { plan, base: plan, generatedAt: v3.plan[1]?.generatedAt },
    ]);
    expect(byKind('session-log')).toEqual([
      expect.objectContaining({ id: sessionId, deleted: false, data: session }),
    ]);
    expect(byKind('check-result')).toEqual([
      expect.objectContaining({ id: checkId, deleted: false, data: check }),
    ]);
    expect(kept.records.every((r) => /^[0-9a-f-]{36}$/.test(r.id) && r.deleted === false)).toBe(
      true,
    );
    expect(kept.settings).toEqual(
      expect.arrayContaining([
        { id: 'region', value: 'AU' },
        { id: 'player', value: { speech: false, chime: true } },
      ]),
    );
    expect(kept.outbox).toEqual([
      expect.objectContaining({
        id: feedbackId,
        topic: 'feedback',
        body: { id: feedbackId, contentId: 'muscle-strain', helpful: true },
      }),
    ]);
    expect(kept.storeNames.sort()).toEqual(['outbox', 'records', 'settings']);
    // The only console error allowed is the refusal this test arranged for the feedback.
    expect(errors.filter((e) => !e.includes('status of 503'))).toEqual([]);
  });
});

describe('the move from the fourth layout', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('moves every check-in into the pain diary and leaves every other record as it was', async () => {
    const now = Date.now();
    const today = localDate(now, ZONE);
    const record = (n: number, kind: string, data: unknown, deleted = false) => ({
      id: id(now - n * 60_000, n),
      kind,
      changedAt: new Date(now - n * 60_000).toISOString(),
      deleted,
      data: deleted ? null : data,
    });
    const atOf = (n: number) => new Date(now - n * 3_600_000).toISOString();
    const v4 = [
      record(1, 'check-in', { date: today, pain0to10: 0, at: atOf(1) }),
      record(2, 'check-in', { date: today, pain0to10: 7, at: atOf(30) }),
      record(3, 'check-in', null, true),
      record(4, 'habit-tick', { date: today, habitId: 'water' }),
    ];
    const { page } = await blankPage(browser);
    await page.evaluate(
      (records) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('unknot', 4);
          req.onupgradeneeded = () => {
            const db = req.result;
            db.createObjectStore('records', { keyPath: 'id' }).createIndex('kind', 'kind');
            db.createObjectStore('settings', { keyPath: 'id' });
            db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('topic', 'topic');
          };
          req.onsuccess = () => {
            const tx = req.result.transaction('records', 'readwrite');
            for (const r of records) tx.objectStore('records').put(r);
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
      v4,
    );
    // The record layer opens the database at its own version, which runs the move.
    await page.evaluate(() => window.unknotStore.listRecords('diary-entry'));
    const kept = await rawDump(page);
    const byId = new Map(kept.records.map((r) => [r.id, r]));
    expect(kept.records).toHaveLength(v4.length);
    expect(byId.get(v4[0]?.id ?? '')).toEqual({
      ...v4[0],
      kind: 'diary-entry',
      data: { at: atOf(1), pain0to10: 0 },
    });
    expect(byId.get(v4[1]?.id ?? '')?.data).toEqual({ at: atOf(30), pain0to10: 7 });
    expect(byId.get(v4[2]?.id ?? '')).toEqual({ ...v4[2], kind: 'diary-entry' });
    expect(byId.get(v4[3]?.id ?? '')).toEqual(v4[3]);
    const diary = await page.evaluate(() => window.unknotStore.listRecords('diary-entry'));
    expect(diary.map((r) => r.data.pain0to10).sort()).toEqual([0, 7]);
  });
});

describe('the record layer', () => {
  let browser: Browser;
  let page: Page;
  let warnings: string[];

  beforeAll(async () => {
    browser = await openBrowser();
    ({ page } = await blankPage(browser));
    warnings = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const date = fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const instant = fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString());
  const kinds = fc.oneof(
    fc.record({
      kind: fc.constant('diary-entry' as const),
      data: fc.record(
        {
          at: instant,
          pain0to10: fc.integer({ min: 0, max: 10 }),
          where: fc.uniqueArray(fc.constantFrom('lower-back', 'neck', 'left-leg'), {
            maxLength: 3,
          }),
          note: fc.string({ maxLength: 40 }),
          sleepDisturbed: fc.boolean(),
        },
        { requiredKeys: ['at', 'pain0to10'] },
      ),
    }),
    fc.record({
      kind: fc.constant('habit-tick' as const),
      data: fc.record({ date, habitId: fc.constantFrom('water', 'move-break', 'warm-up') }),
    }),
    fc.record({
      kind: fc.constant('session-log' as const),
      data: fc
        .record({
          startedAt: instant,
          minutes: fc.integer({ min: 0, max: 60 }),
          done: fc.integer({ min: 0, max: 30 }),
          before: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        })
        .map(({ startedAt, minutes, done, before }) => ({
          startedAt,
          endedAt: new Date(Date.parse(startedAt) + minutes * 60_000).toISOString(),
          exercises: [{ exerciseId: 'cat-cow', repsDone: done, setsDone: 1, completed: done > 0 }],
          stoppedForPain: false,
          ...(before === undefined ? {} : { painBefore0to10: before }),
        })),
    }),
  );

  it('reads back every record written, exactly as written', async () => {
    await fc.assert(
      fc.asyncProperty(kinds, async ({ kind, data }) => {
        const back = await page.evaluate(
          async ([k, d]) => {
            const written = await window.unknotStore.putRecord(k, d as never);
            const read = await window.unknotStore.getRecord(k, written.id);
            const listed = (await window.unknotStore.listRecords(k)).find(
              (r) => r.id === written.id,
            );
            return { written, read, listed };
          },
          [kind, data] as const,
        );
        expect(back.written.data).toEqual(data);
        expect(back.read).toEqual(back.written);
        expect(back.listed).toEqual(back.written);
      }),
      { numRuns: 60 },
    );
  });

  it('hides a deleted record from every list, leaving a tombstone without its data', async () => {
    const result = await page.evaluate(async () => {
      const s = window.unknotStore;
      await s.deleteAll('profile');
      const profile = {
        profile: {
          work: 'desk' as const,
          activity: 'low' as const,
          minutesPerDay: 5 as const,
          times: ['08:00'],
          painNow0to10: 2,
          daysSinceOnset: null,
          exclude: [],
          timeZone: 'UTC',
        },
        skipped: false,
        savedAt: '2026-01-05T08:00:00.000Z',
      };
      const first = await s.putRecord('profile', profile);
      const second = await s.putRecord('profile', { ...profile, skipped: true });
      await s.deleteRecord('profile', second.id);
      const afterOne = {
        list: (await s.listRecords('profile')).map((r) => r.id),
        latest: (await s.latestRecord('profile'))?.id,
        get: await s.getRecord('profile', second.id),
        has: await s.hasLiveRecord('profile'),
      };
      await s.deleteRecord('profile', first.id);
      const raw = (await s.dump()).records.filter((r) => r.kind === 'profile');
      return {
        first: first.id,
        afterOne,
        afterBoth: {
          list: await s.listRecords('profile'),
          latest: await s.latestRecord('profile'),
          has: await s.hasLiveRecord('profile'),
        },
        raw,
      };
    });
    expect(result.afterOne).toEqual({
      list: [result.first],
      latest: result.first,
      get: undefined,
      has: true,
    });
    expect(result.afterBoth).toEqual({ list: [], latest: undefined, has: false });
    expect(result.raw).toHaveLength(2);
    for (const tombstone of result.raw) {
      expect(tombstone).toMatchObject({ kind: 'profile', deleted: true, data: null });
    }
  });

  it('skips a stored record that fails its schema, and reports it once by field name', async () => {
    warnings.length = 0;
    const result = await page.evaluate(async () => {
      const s = window.unknotStore;
      const good = await s.putRecord('diary-entry', {
        pain0to10: 4,
        at: '2026-02-02T20:00:00.000Z',
      });
      const badId = '01900000-0000-7000-8000-00000000beef';
      await s.putRaw({
        id: badId,
        kind: 'diary-entry',
        changedAt: '2026-02-03T20:00:00.000Z',
        deleted: false,
        data: { pain0to10: 'secret-eleven', at: 'later' },
      });
      const first = (await s.listRecords('diary-entry')).map((r) => r.id);
      const second = (await s.listRecords('diary-entry')).map((r) => r.id);
      return { good: good.id, badId, first, second, get: await s.getRecord('diary-entry', badId) };
    });
    expect(result.first).toContain(result.good);
    expect(result.first).not.toContain(result.badId);
    expect(result.second).toEqual(result.first);
    expect(result.get).toBeUndefined();
    const reports = warnings.filter((w) => w.includes(result.badId));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain('data.pain0to10');
    expect(reports[0]).toContain('data.at');
    // A report names fields, never what the person kept in them.
    expect(reports[0]).not.toContain('secret-eleven');
  });

  it('refuses to write a record that fails its schema, and keeps what was there', async () => {
    const result = await page.evaluate(async () => {
      const s = window.unknotStore;
      const kept = await s.putRecord('habit-tick', { date: '2026-03-01', habitId: 'water' });
      let error = '';
      try {
        await s.putRecord('habit-tick', { date: '2026-02-30', habitId: 'water' }, kept.id);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      return { error, after: await s.getRecord('habit-tick', kept.id), kept };
    });
    expect(result.error).toContain('date');
    expect(result.after).toEqual(result.kept);
  });

  it('never breaks a page on a damaged record: the home page says so and leads to the plan', async () => {
    const fresh = await openBrowser();
    try {
      const { page: blank, errors } = await blankPage(fresh);
      await blank.evaluate(() =>
        window.unknotStore.putRaw({
          id: '01900000-0000-7000-8000-00000000cafe',
          kind: 'profile',
          changedAt: '2026-02-03T20:00:00.000Z',
          deleted: false,
          data: { profile: { work: 'astronaut' }, skipped: false, savedAt: 'then' },
        }),
      );
      await blank.goto(`${server.url}/`);
      await blank.getByText('Your plan could not be read on this device.').waitFor();
      await blank.getByRole('link', { name: 'Open your plan' }).click();
      await blank.getByRole('heading', { level: 1 }).first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
