import { describe, expect, it } from 'vitest';
import { painScore } from '../units.js';
import {
  chartFrom,
  courseSentence,
  helpedCounts,
  helpedSentence,
  painChart,
  sessionsByWeek,
  sessionsSentence,
} from './course.js';
import type { DayScore } from './episodes.js';
import { episodesOf } from './episodes.js';
import { dailyEntries } from './fixtures.js';
import { HELPED_WORDS } from './words.js';

const day = (date: string, worst: number): DayScore => ({
  date,
  worst: painScore(worst),
  last: painScore(worst),
});

describe('the course in words', () => {
  it('says how pain fell, rose or stayed, over how many days', () => {
    expect(courseSentence([day('2026-03-01', 7), day('2026-03-03', 5), day('2026-03-05', 3)])).toBe(
      'Pain fell from 7 to 3 over 5 days.',
    );
    expect(courseSentence([day('2026-03-01', 2), day('2026-03-02', 8), day('2026-03-03', 4)])).toBe(
      'Pain rose from 2 to 4, at worst 8, over 3 days.',
    );
    expect(courseSentence([day('2026-03-01', 0), day('2026-03-02', 0)])).toBe(
      'Pain was 0 at the start and at the end over 2 days.',
    );
    expect(courseSentence([])).toBe('No pain scores in this time yet.');
    expect(courseSentence([day('2026-03-01', 6)])).toBe(
      'One pain score: 6 out of 10 on Sun 1 Mar.',
    );
  });
});

describe('the pain chart', () => {
  const entries = dailyEntries('2026-03-01', [1, 6, 5, 4, 2, 1, 1]);
  const episodes = episodesOf(entries, 'UTC', '2026-03-07');
  const days = [day('2026-03-01', 1), day('2026-03-02', 6), day('2026-03-08', 2)];
  const chart = painChart({
    days,
    episodes,
    sessionDates: ['2026-03-02', '2026-03-02', '2026-02-01'],
    from: '2026-03-01',
    to: '2026-03-28',
  });

  it('puts 10 at the top and 0 at the bottom, the first day at the left', () => {
    const { box } = chart;
    expect(chart.points[0]?.x).toBe(box.left);
    expect(chart.yTicks.find((t) => t.label === '0')?.y).toBe(box.height - box.bottom);
    expect(chart.yTicks.find((t) => t.label === '10')?.y).toBe(box.top);
    // A score of 6 sits six tenths of the way up.
    const plotH = box.height - box.top - box.bottom;
    expect(chart.points[1]?.y).toBeCloseTo(box.top + plotH * 0.4, 0);
  });

  it('breaks the line over a gap of more than three days', () => {
    expect(chart.line.match(/M/g)).toHaveLength(2);
    expect(chart.line.match(/L/g)).toHaveLength(1);
  });

  it('shades each episode in range and marks each day with a session once', () => {
    expect(chart.bands).toHaveLength(1);
    expect(chart.bands[0]?.start).toBe('2026-03-02');
    expect(chart.sessions.map((s) => s.date)).toEqual(['2026-03-02']);
  });
});

describe('sessions by week and what helped', () => {
  it('counts sessions in each of the last weeks against the plan’s', () => {
    const weeks = sessionsByWeek({
      sessionStarts: ['2026-03-02T08:00:00Z', '2026-03-03T08:00:00Z', '2026-03-10T08:00:00Z'],
      planned: new Map([['2026-03-09', 6]]),
      today: '2026-03-11',
      timeZone: 'UTC',
      weeks: 3,
    });
    expect(weeks).toEqual([
      { weekStart: '2026-02-23', done: 0, planned: null },
      { weekStart: '2026-03-02', done: 2, planned: null },
      { weekStart: '2026-03-09', done: 1, planned: 6 },
    ]);
  });

  it('counts what helped, most first, leaving out what nobody named', () => {
    const [a, b] = dailyEntries('2026-03-01', [5, 4]).map((e, i) => ({
      ...e,
      helped: i === 0 ? (['heat', 'stretching'] as const) : (['heat'] as const),
    }));
    const counts = helpedCounts(
      [a, b].flatMap((e) => (e === undefined ? [] : [{ ...e, helped: [...e.helped] }])),
    );
    expect(counts).toEqual([
      { helped: 'heat', count: 2 },
      { helped: 'stretching', count: 1 },
    ]);
  });
});

describe('the chart’s window', () => {
  it('looks back four weeks, starts at a young diary’s first day, and shows at least a week', () => {
    const today = '2026-03-31';
    expect(chartFrom([day('2026-01-01', 3)], today)).toBe('2026-03-04');
    expect(chartFrom([day('2026-03-20', 3)], today)).toBe('2026-03-20');
    expect(chartFrom([day('2026-03-30', 3)], today)).toBe('2026-03-25');
    expect(chartFrom([], today)).toBe('2026-03-04');
  });
});

describe('the tables in words', () => {
  it('sums up sessions and what helped most', () => {
    const weeks = [
      { weekStart: '2026-03-02', done: 2, planned: null },
      { weekStart: '2026-03-09', done: 1, planned: 6 },
    ];
    expect(sessionsSentence(weeks)).toBe(
      '3 exercise sessions in the last 2 weeks; this week 1 of 6 planned.',
    );
    expect(helpedSentence([{ helped: 'heat', count: 2 }], HELPED_WORDS)).toBe(
      'Heat helped most often (2 entries).',
    );
    expect(helpedSentence([], HELPED_WORDS)).toBe('Nothing recorded as helping yet.');
  });
});
