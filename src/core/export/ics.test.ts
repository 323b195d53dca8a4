import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../plan/engine.js';
import { makeProfile, WEEK } from '../plan/fixtures.js';
import type { Profile } from '../plan/types.js';
import { painScore } from '../units.js';
import { escapeText, foldLine, planToIcs, transitions, vtimezone } from './ics.js';

const NOW = Date.UTC(2025, 2, 20, 12, 0, 0);
const uid = (i: number) => `plan-${i}@unknot.test`;

function calendar(profile: Profile) {
  const plan = generatePlan({ profile, weekStart: WEEK });
  const text = planToIcs(plan, profile, { now: NOW, uid });
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  }
  const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { plan, text, root, events };
}

/** The first `n` starts of an event, as UTC ISO strings. */
function starts(event: ICAL.Event, n: number): string[] {
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next !== null && out.length < n; next = it.next()) {
    out.push(next.toJSDate().toISOString());
  }
  return out;
}

describe('planToIcs', () => {
  it('writes one repeating event per session, with an alarm at its start', () => {
    const profile = makeProfile({ painNow0to10: painScore(8), times: ['08:00', '18:00'] });
    const { plan, events, root } = calendar(profile);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(plan.sessions.length);
    const [morning] = events;
    expect(morning?.uid).toBe('plan-0@unknot.test');
    expect(morning?.summary).toContain('morning');
    expect(morning?.duration.toSeconds()).toBe((plan.sessions[0]?.minutes ?? 0) * 60);
    expect(morning?.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=DAILY');
    const alarm = morning?.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('PT0S');
    expect(morning && starts(morning, 2)).toEqual([
      '2025-03-24T08:00:00.000Z',
      '2025-03-25T08:00:00.000Z',
    ]);
    expect(morning?.description).toContain(plan.sessions[0]?.exercises[0]?.name ?? '?');
  });

  it('repeats a prevention session weekly on its five days only', () => {
    const { plan, events } = calendar(makeProfile({ painNow0to10: painScore(0) }));
    expect(plan.phase).toBe('prevention');
    // The week starts on a Monday; rest days are Wednesday and Saturday.
    expect(events[0]?.component.getFirstPropertyValue('rrule')?.toString()).toBe(
      'FREQ=WEEKLY;BYDAY=SU,MO,TU,TH,FR',
    );
    const first = events[0] ? starts(events[0], 6) : [];
    expect(first.map((s) => s.slice(0, 10))).toEqual([
      '2025-03-24',
      '2025-03-25',
      '2025-03-27',
      '2025-03-28',
      '2025-03-30',
      '2025-03-31',
    ]);
  });

  it('keeps sessions at the same local time across a daylight-saving change', () => {
    const profile = makeProfile({
      painNow0to10: painScore(8),
      times: ['08:00'],
      timeZone: 'Europe/London',
    });
    const { events, text } = calendar(profile);
    expect(text).toContain('DTSTART;TZID=Europe/London:20250324T080000');
    // London moves to summer time on Sunday 30 March 2025: 08:00 local is then 07:00 UTC.
    const all = events[0] ? starts(events[0], 8) : [];
    expect(all[5]).toBe('2025-03-29T08:00:00.000Z');
    expect(all[6]).toBe('2025-03-30T07:00:00.000Z');
  });

  it('adds hourly desk-break reminders on weekdays when a desk profile asks', () => {
    const profile = makeProfile({ work: 'desk', deskBreaks: true, timeZone: 'America/New_York' });
    const { events, plan } = calendar(profile);
    const breaks = events.filter((e) => e.summary === 'Move break');
    expect(breaks).toHaveLength(9);
    expect(events).toHaveLength(plan.sessions.length + 9);
    const nine = breaks[0];
    expect(nine?.component.getFirstPropertyValue('rrule')?.toString()).toBe(
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    );
    expect(nine?.component.getFirstSubcomponent('valarm')).not.toBeNull();
    // 09:00 in New York on Monday 24 March 2025 (EDT, UTC−4); Friday, then the next Monday.
    expect(nine && starts(nine, 6).slice(4)).toEqual([
      '2025-03-28T13:00:00.000Z',
      '2025-03-31T13:00:00.000Z',
    ]);
    expect(breaks.at(-1)?.startDate.hour).toBe(17);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('leaves desk breaks out unless asked, and for lifting work', () => {
    const noAsk = calendar(makeProfile({ work: 'desk' }));
    const lifting = calendar(makeProfile({ work: 'lifting', deskBreaks: true }));
    expect(noAsk.events.some((e) => e.summary === 'Move break')).toBe(false);
    expect(lifting.events.some((e) => e.summary === 'Move break')).toBe(false);
  });

  it('is the same file for the same plan, clock and ids', () => {
    const profile = makeProfile({ timeZone: 'Australia/Sydney', deskBreaks: true });
    expect(calendar(profile).text).toBe(calendar(profile).text);
    expect(calendar(profile).text).toContain('DTSTAMP:20250320T120000Z');
  });

  it('writes CRLF lines of at most 75 octets', () => {
    const { text } = calendar(makeProfile({ timeZone: 'Europe/Berlin', deskBreaks: true }));
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('text and folding', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds without splitting a character, and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'é•'.repeat(60)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('time zones', () => {
  it('finds the two yearly changes of a zone with summer time, and none in one without', () => {
    expect(transitions('Europe/London', 2025).map((t) => new Date(t.at).toISOString())).toEqual([
      '2025-03-30T01:00:00.000Z',
      '2025-10-26T01:00:00.000Z',
    ]);
    expect(transitions('Asia/Tokyo', 2025)).toEqual([]);
  });

  it('writes yearly rules for the southern hemisphere too', () => {
    const text = vtimezone('Australia/Sydney', 2025).join('\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU');
    expect(text).toContain('TZOFFSETTO:+1100');
  });

  it('writes a fixed offset for a zone without summer time', () => {
    const text = vtimezone('Asia/Kolkata', 2025).join('\n');
    expect(text).toContain('TZOFFSETTO:+0530');
    expect(text).not.toContain('RRULE');
  });
});
