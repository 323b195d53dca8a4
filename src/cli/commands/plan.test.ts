import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../core/plan/engine.js';
import { PlanRequest } from '../../core/plan/schema.js';
import type { Plan } from '../../core/plan/types.js';
import {
  DESK_ACUTE,
  DESK_ACUTE_PROFILE,
  LIFTER_PREVENTION,
  LIFTER_PREVENTION_PROFILE,
  WEEK_START,
  withProfile,
} from '../../server/plan/test-requests.js';
import { postJson, startTestServer } from '../../server/test-server.js';
import { run } from '../test-harness.js';

/** Runs `unknot plan` with `input` piped in, as a shell would. */
const piped = (input: string, args: string[] = []) => run(['plan', ...args], input);

/** What the engine itself answers, as it travels over JSON. */
const direct = (request: unknown): Plan =>
  JSON.parse(JSON.stringify(generatePlan(PlanRequest.parse(request))));

const isMonday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === 1;

describe('unknot plan with JSON piped in', () => {
  it.each([
    ['a desk worker in an acute episode', DESK_ACUTE, 'acute'],
    ['a lifter preventing recurrence', LIFTER_PREVENTION, 'prevention'],
  ] as const)('writes the plan for %s as JSON and exits 0', async (_name, request, phase) => {
    const { code, stdout, stderr } = await piped(JSON.stringify(request));
    expect(code).toBe(0);
    const plan: Plan = JSON.parse(stdout);
    expect(plan).toEqual(direct(request));
    expect(plan.phase).toBe(phase);
    expect(stderr).toBe('');
  });

  it('plans the week --week-start names for a bare profile', async () => {
    const { code, stdout } = await piped(JSON.stringify(DESK_ACUTE_PROFILE), [
      '--week-start',
      WEEK_START,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(direct(DESK_ACUTE));
  });

  it('plans the current week, from its Monday, for a bare profile without --week-start', async () => {
    const { code, stdout } = await piped(JSON.stringify(LIFTER_PREVENTION_PROFILE));
    expect(code).toBe(0);
    const plan: Plan = JSON.parse(stdout);
    expect(isMonday(plan.weekStart)).toBe(true);
    expect(plan).toEqual(direct({ profile: LIFTER_PREVENTION_PROFILE, weekStart: plan.weekStart }));
  });

  it('lets --week-start=YYYY-MM-DD replace a request\u2019s week', async () => {
    const { code, stdout } = await piped(JSON.stringify(LIFTER_PREVENTION), [
      '--week-start=2025-03-10',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(direct({ ...LIFTER_PREVENTION, weekStart: '2025-03-10' }));
  });

  it('writes the calendar with --ics: repeating events with alarms', async () => {
    const { code, stdout, stderr } = await piped(JSON.stringify(DESK_ACUTE), ['--ics']);
    expect(code).toBe(0);
    expect(stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(stdout));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThanOrEqual(direct(DESK_ACUTE).sessions.length);
    for (const event of events) {
      expect(event.getFirstProperty('rrule')).not.toBeNull();
      expect(event.getAllSubcomponents('valarm').length).toBeGreaterThan(0);
    }
    expect(stderr).toBe('');
  });

  it('is listed in the help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n {2}plan +\S/);
    expect(stdout).toContain('--ics');
  });
});

describe('unknot plan with input that is not valid', () => {
  it.each([
    ['malformed JSON', '{"work": ', [], 'stdin is not valid JSON'],
    ['empty input', ' \n', [], 'nothing on stdin'],
    ['input that is not an object', '[1, 2]', [], '(stdin): '],
    [
      'a bad time in a request',
      JSON.stringify(withProfile(DESK_ACUTE, { times: ['08:00', '25:00'] })),
      [],
      'profile.times.1: ',
    ],
    [
      'a bad time in a bare profile',
      JSON.stringify({ ...DESK_ACUTE_PROFILE, times: ['08:00', '25:00'] }),
      [],
      '  times.1: ',
    ],
    [
      'an unknown exercise id',
      JSON.stringify(withProfile(DESK_ACUTE, { exclude: ['moonwalk'] })),
      [],
      'profile.exclude.0: ',
    ],
    [
      'an unknown key in a bare profile',
      JSON.stringify({ ...LIFTER_PREVENTION_PROFILE, shoeSize: 42 }),
      [],
      'shoeSize: ',
    ],
    [
      'a request without a week',
      JSON.stringify({ profile: DESK_ACUTE_PROFILE }),
      [],
      'weekStart: ',
    ],
    [
      'a week that is not a date',
      JSON.stringify({ ...DESK_ACUTE, weekStart: '3 March' }),
      [],
      'weekStart: ',
    ],
    [
      'a --week-start that is not a date',
      JSON.stringify(DESK_ACUTE_PROFILE),
      ['--week-start', 'monday'],
      '--week-start',
    ],
    [
      'a --week-start with no date',
      JSON.stringify(DESK_ACUTE_PROFILE),
      ['--week-start'],
      '--week-start',
    ],
    ['an unknown option', JSON.stringify(DESK_ACUTE), ['--pdf'], 'unexpected argument "--pdf"'],
  ])(
    'exits 2 with nothing on stdout for %s, naming it on stderr',
    async (_n, input, args, error) => {
      const { code, stdout, stderr } = await piped(input, args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(error);
    },
  );

  it('exits 2 for input that is not valid with --ics too', async () => {
    const input = withProfile(DESK_ACUTE, { painNow0to10: 11 });
    const { code, stdout, stderr } = await piped(JSON.stringify(input), ['--ics']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('profile.painNow0to10: ');
  });
});

describe('unknot plan, the API and the engine', () => {
  it('give the same plan for the same request', async () => {
    const server = await startTestServer();
    try {
      for (const request of [DESK_ACUTE, LIFTER_PREVENTION]) {
        const res = await postJson(`${server.url}/api/v1/plan`, request);
        expect(res.status).toBe(200);
        const fromApi = await res.json();
        const cli = await piped(JSON.stringify(request));
        expect(cli.code).toBe(0);
        const fromCli = JSON.parse(cli.stdout);
        expect(fromCli).toEqual(direct(request));
        expect(fromApi).toEqual(direct(request));
      }
    } finally {
      await server.close();
    }
  });
});
