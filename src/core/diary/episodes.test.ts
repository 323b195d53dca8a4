import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/index.js';
import {
  currentEpisode,
  dayScores,
  daysSinceOnset,
  EPISODE_PAIN,
  episodesOf,
  trendOf,
} from './episodes.js';
import { entriesFrom, entryOn } from './fixtures.js';

const ZONE = 'Europe/London';
const entry = entryOn;
const days = entriesFrom;

describe('episodes', () => {
  it('opens on the first day with pain and stays open, counting days to today', () => {
    const episodes = episodesOf(days('2026-03-01', [1, 6, 5]), ZONE, '2026-03-05');
    expect(episodes).toHaveLength(1);
    const open = currentEpisode(episodes);
    expect(open).toMatchObject({ start: '2026-03-02', days: 4, worst: 6, latest: 5 });
    expect(open?.end).toBeUndefined();
    expect(daysSinceOnset(episodes, '2026-03-05')).toBe(3);
  });

  it('ends on the third low day in a row', () => {
    const episodes = episodesOf(days('2026-03-01', [7, 5, 2, 1, 2, 2]), ZONE, '2026-03-10');
    expect(episodes).toEqual([
      expect.objectContaining({ start: '2026-03-01', end: '2026-03-05', days: 5, worst: 7 }),
    ]);
    expect(currentEpisode(episodes)).toBeUndefined();
    expect(daysSinceOnset(episodes, '2026-03-10')).toBeNull();
  });

  it('ends the day the person says it is over', () => {
    const entries = [...days('2026-03-01', [6, 4]), entry('2026-03-03', 3, { episodeOver: true })];
    expect(episodesOf(entries, ZONE, '2026-03-04')).toEqual([
      expect.objectContaining({ start: '2026-03-01', end: '2026-03-03', days: 3 }),
    ]);
  });

  it('starts a new episode after a quiet spell', () => {
    const entries = [...days('2026-03-01', [6, 2, 1, 0]), ...days('2026-04-10', [8, 7])];
    const episodes = episodesOf(entries, ZONE, '2026-04-11');
    expect(episodes.map((e) => [e.start, e.end])).toEqual([
      ['2026-03-01', '2026-03-04'],
      ['2026-04-10', undefined],
    ]);
  });

  it("counts a day by its worst score, on the person's own calendar", () => {
    // 23:30 UTC on 1 March is already 2 March in Sydney.
    const late = entry('2026-03-01', 4, { at: '2026-03-01T23:30:00.000Z' });
    const morning = entry('2026-03-01', 7, { at: '2026-03-01T08:00:00.000Z' });
    expect(dayScores([late, morning], 'Australia/Sydney').map((d) => d.date)).toEqual([
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(dayScores([late, morning], ZONE)).toEqual([{ date: '2026-03-01', worst: 7, last: 4 }]);
  });
});

describe('the trend', () => {
  it('is better when the latest days are a point or more lower, worse when higher', () => {
    const scores = (list: number[]) => dayScores(days('2026-03-01', list), ZONE);
    expect(trendOf(scores([7, 7, 6, 5, 4, 3]))).toBe('better');
    expect(trendOf(scores([3, 3, 4, 5, 6, 7]))).toBe('worse');
    expect(trendOf(scores([5, 5, 5, 5, 5, 5]))).toBe('same');
    expect(trendOf(scores([6]))).toBe('same');
    expect(trendOf(scores([6, 4]))).toBe('better');
  });
});

describe('episodes, for any diary', () => {
  const diary = fc.array(fc.record({ day: fc.nat(60), pain: fc.integer({ min: 0, max: 10 }) }), {
    maxLength: 80,
  });
  const toEntries = (list: { day: number; pain: number }[]) =>
    list.map(({ day, pain }) => entry(addDays('2026-01-01', day), pain));

  it('are in order, never overlap, and each has pain', () => {
    fc.assert(
      fc.property(diary, (list) => {
        const episodes = episodesOf(toEntries(list), ZONE, '2026-04-01');
        for (const [i, e] of episodes.entries()) {
          expect(e.worst).toBeGreaterThanOrEqual(EPISODE_PAIN);
          expect(e.days).toBeGreaterThanOrEqual(1);
          const next = episodes[i + 1];
          if (next !== undefined) expect(e.end !== undefined && e.end < next.start).toBe(true);
          if (i < episodes.length - 1) expect(e.end).toBeDefined();
        }
      }),
    );
  });

  it('leave no day with pain outside an episode', () => {
    fc.assert(
      fc.property(diary, (list) => {
        const entries = toEntries(list);
        const episodes = episodesOf(entries, ZONE, '2026-04-01');
        for (const day of dayScores(entries, ZONE)) {
          if (day.worst < EPISODE_PAIN) continue;
          expect(
            episodes.some((e) => e.start <= day.date && (e.end === undefined || day.date <= e.end)),
            day.date,
          ).toBe(true);
        }
      }),
    );
  });
});
