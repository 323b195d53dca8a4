import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOADED_STRENGTHENING_EXERCISES } from '../../core/content/constants.js';
import { CONTENT } from '../../core/content/index.js';
import { uuidv7 } from '../../core/ids.js';
import { generatePlan } from '../../core/plan/engine.js';
import { PlanRequest } from '../../core/plan/schema.js';
import type { Plan } from '../../core/plan/types.js';
import { BODY_LIMIT } from '../app.js';
import {
  fieldsOf,
  postJson,
  readProblem,
  startTestServer,
  type TestServer,
} from '../test-server.js';
import { PLAN_BODY_LIMIT } from './routes.js';
import {
  DESK_ACUTE,
  DESK_ACUTE_PROFILE,
  LIFTER_PREVENTION,
  LIFTER_PREVENTION_PROFILE,
  WEEK_START,
  withProfile,
} from './test-requests.js';

/** The server's clock and random bytes, fixed so the calendar's stamps and UIDs are known. */
const NOW = Date.UTC(2025, 2, 1, 9, 30, 0);
const BYTES = (n: number) => new Uint8Array(n).fill(7);
const EXERCISE_IDS = new Set(CONTENT.filter((c) => c.kind === 'exercise').map((c) => c.id));
const LOADED: readonly string[] = LOADED_STRENGTHENING_EXERCISES;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: () => NOW, randomBytes: BYTES });
});
afterAll(async () => {
  await server.close();
});

const plan = (body: unknown, headers?: Record<string, string>) =>
  postJson(`${server.url}/api/v1/plan`, body, headers);
const ics = (body: unknown, headers?: Record<string, string>) =>
  postJson(`${server.url}/api/v1/plan/ics`, body, headers);

/** What the engine itself answers, as it travels over JSON. */
const direct = (request: unknown): Plan =>
  JSON.parse(JSON.stringify(generatePlan(PlanRequest.parse(request))));

const exerciseIds = (p: Plan) => p.sessions.flatMap((s) => s.exercises.map((e) => e.exerciseId));

describe('POST /api/v1/plan', () => {
  it.each([
    ['a desk worker in an acute episode', DESK_ACUTE, DESK_ACUTE_PROFILE, 'acute'],
    ['a lifter preventing recurrence', LIFTER_PREVENTION, LIFTER_PREVENTION_PROFILE, 'prevention'],
  ] as const)(
    'gives %s a sensible plan, the one the engine gives',
    async (_name, request, profile, phase) => {
      const res = await plan(request);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body: Plan = await res.json();
      expect(body).toEqual(direct(request));
      expect(body).toMatchObject({ version: 1, weekStart: WEEK_START, phase });
      expect(body.phaseReason).not.toBe('');
      expect(body.days).toHaveLength(7);
      expect(body.sessions.length).toBeGreaterThan(0);
      for (const session of body.sessions) {
        expect(session.exercises.length).toBeGreaterThanOrEqual(3);
        expect(session.exercises.length).toBeLessThanOrEqual(5);
        expect(profile.times as readonly string[]).toContain(session.time);
        for (const exercise of session.exercises) {
          expect(EXERCISE_IDS.has(exercise.exerciseId)).toBe(true);
          expect(exercise.why).not.toBe('');
        }
      }
      const ids = exerciseIds(body);
      for (const excluded of profile.exclude) expect(ids).not.toContain(excluded);
      if (phase === 'acute') {
        expect(ids).not.toContain('superman');
        for (const loaded of LOADED) expect(ids).not.toContain(loaded);
      }
    },
  );

  it('gives the same plan for the same request every time', async () => {
    const first = await (await plan(LIFTER_PREVENTION)).json();
    const second = await (await plan(LIFTER_PREVENTION)).json();
    expect(second).toEqual(first);
  });

  it('takes last week\u2019s state and answers the plan the engine makes from it', async () => {
    const previous = direct(LIFTER_PREVENTION);
    const request = {
      ...LIFTER_PREVENTION,
      weekStart: '2025-03-10',
      state: {
        checkIns: ['2025-03-03', '2025-03-05', '2025-03-07'].map((date) => ({
          date,
          pain0to10: 1,
        })),
        sessions: [],
        previous,
      },
    };
    const res = await plan(request);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(direct(request));
  });
});

/** Four weeks of daily check-ins and three completed sessions a day, with last week's plan. */
function monthOfState(request: typeof LIFTER_PREVENTION) {
  const previous = direct(request);
  const ids = exerciseIds(previous);
  const days = Array.from({ length: 28 }, (_, i) =>
    new Date(Date.UTC(2025, 1, 3 + i)).toISOString().slice(0, 10),
  );
  return {
    ...request,
    weekStart: '2025-03-03',
    state: {
      checkIns: days.map((date) => ({ date, pain0to10: 2 })),
      sessions: days.flatMap((date) =>
        ['07:00', '12:00', '18:00'].map((time) => ({
          startedAt: `${date}T${time}:00.000Z`,
          exercises: ids.slice(0, 5).map((exerciseId) => ({ exerciseId, completed: true })),
          stoppedForPain: false,
        })),
      ),
      previous,
    },
  };
}

describe('POST /api/v1/plan with a month of state', () => {
  it('takes a body larger than the app-wide limit', async () => {
    const request = monthOfState(LIFTER_PREVENTION);
    expect(JSON.stringify(request).length).toBeGreaterThan(BODY_LIMIT);
    const res = await plan(request);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(direct(request));
  });

  it('answers 413 naming the body and the plan routes’ own limit past it', async () => {
    const request = { ...DESK_ACUTE, padding: 'x'.repeat(PLAN_BODY_LIMIT) };
    const res = await plan(request);
    expect(res.status).toBe(413);
    const problem = await readProblem(res);
    expect(fieldsOf(problem)).toEqual(['(body)']);
    expect(problem.detail).toContain(String(PLAN_BODY_LIMIT));
  });
});

/** Each kind of bad input, and the field the 422 must name. */
const BAD_REQUESTS: [string, unknown, string][] = [
  [
    'a time that is not HH:MM',
    withProfile(DESK_ACUTE, { times: ['08:00', '25:00'] }),
    'profile.times.1',
  ],
  [
    'an unknown exercise id',
    withProfile(DESK_ACUTE, { exclude: ['moonwalk'] }),
    'profile.exclude.0',
  ],
  ['a week start that is not a date', { ...DESK_ACUTE, weekStart: '3 March' }, 'weekStart'],
  ['a missing week start', { profile: DESK_ACUTE_PROFILE }, 'weekStart'],
  ['a missing profile', { weekStart: WEEK_START }, 'profile'],
  ['a pain score above 10', withProfile(DESK_ACUTE, { painNow0to10: 11 }), 'profile.painNow0to10'],
  [
    'negative days since onset',
    withProfile(DESK_ACUTE, { daysSinceOnset: -1 }),
    'profile.daysSinceOnset',
  ],
  ['a kind of work we do not know', withProfile(DESK_ACUTE, { work: 'office' }), 'profile.work'],
  [
    'minutes a day we do not offer',
    withProfile(DESK_ACUTE, { minutesPerDay: 15 }),
    'profile.minutesPerDay',
  ],
  ['a region we do not know', withProfile(DESK_ACUTE, { region: 'XX' }), 'profile.region'],
  ['an unknown key in the profile', withProfile(DESK_ACUTE, { shoeSize: 42 }), 'profile.shoeSize'],
  ['an unknown key in the request', { ...DESK_ACUTE, colour: 'red' }, 'colour'],
  [
    'a check-in pain score above 10',
    { ...DESK_ACUTE, state: { checkIns: [{ date: '2025-03-02', pain0to10: 12 }] } },
    'state.checkIns.0.pain0to10',
  ],
  ['a body that is an array', [DESK_ACUTE], '(body)'],
];

describe.each([
  ['POST /api/v1/plan', '/api/v1/plan'],
  ['POST /api/v1/plan/ics', '/api/v1/plan/ics'],
])('%s with input that is not valid', (_name, path) => {
  const post = (body: unknown, headers?: Record<string, string>) =>
    postJson(`${server.url}${path}`, body, headers);

  it.each(BAD_REQUESTS)(
    'answers 422 problem+json naming the field for %s',
    async (_n, body, field) => {
      const res = await post(body);
      expect(res.status).toBe(422);
      const problem = await readProblem(res);
      expect(problem).toMatchObject({
        code: 'validation_failed',
        type: '/api/problems/validation_failed',
        instance: path,
      });
      expect(fieldsOf(problem)).toContain(field);
      expect(problem.detail).toContain(field);
    },
  );

  it('names every bad field at once', async () => {
    const res = await post({
      profile: { ...DESK_ACUTE_PROFILE, times: ['08:00', '8am'], exclude: ['moonwalk'] },
      weekStart: '2025-13-01',
    });
    expect(res.status).toBe(422);
    const fields = fieldsOf(await readProblem(res));
    for (const field of ['profile.times.1', 'profile.exclude.0', 'weekStart']) {
      expect(fields).toContain(field);
    }
  });

  it('answers 400 naming the body for malformed JSON', async () => {
    const res = await post('{"profile": {');
    expect(res.status).toBe(400);
    expect(fieldsOf(await readProblem(res))).toEqual(['(body)']);
  });

  it('answers 415 naming content-type for a body that is not JSON', async () => {
    const res = await post('work=desk', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(fieldsOf(await readProblem(res))).toEqual(['content-type']);
  });
});

/** The calendar's VEVENTs, parsed back with ical.js. */
function events(text: string): InstanceType<typeof ICAL.Component>[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  return calendar.getAllSubcomponents('vevent');
}

const hhmm = (event: InstanceType<typeof ICAL.Component>): string => {
  const start = new ICAL.Event(event).startDate;
  return `${String(start.hour).padStart(2, '0')}:${String(start.minute).padStart(2, '0')}`;
};

describe('POST /api/v1/plan/ics', () => {
  it('answers the plan as a calendar attachment', async () => {
    const res = await ics(LIFTER_PREVENTION);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="unknot-plan.ics"');
    const text = await res.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it.each([
    ['a desk worker in an acute episode', DESK_ACUTE],
    ['a lifter preventing recurrence', LIFTER_PREVENTION],
  ] as const)(
    'gives %s a repeating event with an alarm for each kind of session',
    async (_n, request) => {
      const text = await (await ics(request)).text();
      const all = events(text);
      const sessions = direct(request).sessions;
      for (const session of sessions) {
        expect(all.map(hhmm), `no event at ${session.time}`).toContain(session.time);
      }
      for (const event of all) {
        expect(event.getFirstProperty('rrule'), 'every event repeats').not.toBeNull();
        const alarms = event.getAllSubcomponents('valarm');
        expect(alarms.length).toBeGreaterThan(0);
        for (const alarm of alarms) expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      }
    },
  );

  it('stamps the calendar with the server\u2019s clock and gives each event its own UID', async () => {
    const all = events(await (await ics(DESK_ACUTE)).text());
    const uids = all.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    const base = uuidv7(NOW, BYTES);
    for (const uid of uids) expect(uid.startsWith(base)).toBe(true);
    for (const event of all) {
      const stamp = event.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>;
      expect(stamp.toJSDate().getTime()).toBe(NOW);
    }
  });

  it('adds desk-break reminders only when a desk worker asks for them', async () => {
    const sessionKinds = (request: typeof DESK_ACUTE | typeof LIFTER_PREVENTION) =>
      new Set(direct(request).sessions.map((s) => s.id)).size;
    const withBreaks = events(await (await ics(DESK_ACUTE)).text());
    expect(withBreaks.length).toBeGreaterThan(sessionKinds(DESK_ACUTE));
    const sessionTimes = new Set(direct(DESK_ACUTE).sessions.map((s) => s.time));
    const breaks = withBreaks.filter((e) => !sessionTimes.has(hhmm(e)));
    expect(breaks.length).toBeGreaterThan(0);
    for (const event of breaks) {
      const rule = event.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur>;
      expect(rule.freq).toBe('WEEKLY');
      expect(rule.parts.BYDAY).toEqual(['MO', 'TU', 'WE', 'TH', 'FR']);
      expect(hhmm(event) >= '09:00' && hhmm(event) <= '17:00').toBe(true);
    }
    const without = withProfile(DESK_ACUTE, { deskBreaks: false });
    expect(events(await (await ics(without)).text())).toHaveLength(sessionKinds(DESK_ACUTE));
    expect(events(await (await ics(LIFTER_PREVENTION)).text())).toHaveLength(
      sessionKinds(LIFTER_PREVENTION),
    );
  });
});

describe('the OpenAPI document', () => {
  it('describes both plan routes from the zod schemas', async () => {
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    for (const path of ['/api/v1/plan', '/api/v1/plan/ics']) {
      const post = doc.paths[path].post;
      const body = post.requestBody.content['application/json'].schema;
      expect(body.additionalProperties).toBe(false);
      expect([...body.required].sort()).toEqual(['profile', 'weekStart']);
      expect(body.properties.profile.properties.painNow0to10).toMatchObject({
        minimum: 0,
        maximum: 10,
      });
      expect(Object.keys(post.responses).sort()).toEqual(['200', '400', '413', '415', '422']);
      expect(post.responses['422'].content['application/problem+json'].schema.required).toContain(
        'errors',
      );
    }
    const planOk = doc.paths['/api/v1/plan'].post.responses['200'];
    expect(planOk.content['application/json'].schema.required).toContain('phase');
    const icsOk = doc.paths['/api/v1/plan/ics'].post.responses['200'];
    expect(icsOk.content['text/calendar'].schema).toEqual({ type: 'string' });
  });
});
