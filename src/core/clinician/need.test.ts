import { describe, expect, it } from 'vitest';
import { entriesFrom } from '../diary/fixtures.js';
import type { Programme } from '../programme/programme.js';
import { byNeed, type NeedInput, needOf } from './need.js';

const TODAY = '2026-03-16';
const base: NeedInput = { programmes: [], today: TODAY, timeZone: 'UTC' };
const stop = (at: string) => ({
  startedAt: at,
  stoppedForPain: true,
  stopPain0to10: 6,
  exercises: [{ exerciseId: 'knee-to-chest', completed: false }],
});

describe('who needs their clinician first', () => {
  it('is steady with nothing shared, or nothing of concern', () => {
    expect(needOf(base)).toEqual({ level: 'steady', reasons: [] });
    expect(needOf({ ...base, diary: entriesFrom('2026-03-10', [2, 2, 1, 1, 1, 1, 1]) }).level).toBe(
      'steady',
    );
  });

  it('acts on an urgent or emergency check since the last review, and not on one before it', () => {
    const checks = [{ createdAt: '2026-03-15T10:00:00.000Z', disposition: 'emergency' as const }];
    const need = needOf({ ...base, checks });
    expect(need.level).toBe('act');
    expect(need.reasons[0]).toMatch(/^Check on Sun 15 Mar: /);
    expect(needOf({ ...base, checks, reviewedAt: '2026-03-15T11:00:00.000Z' }).level).toBe(
      'steady',
    );
    const selfCare = [{ createdAt: '2026-03-15T10:00:00.000Z', disposition: 'self_care' as const }];
    expect(needOf({ ...base, checks: selfCare }).level).toBe('steady');
  });

  it('acts on what the diary is telling the person, quoting it', () => {
    const need = needOf({ ...base, diary: entriesFrom('2026-03-08', Array(9).fill(8)) });
    expect(need.level).toBe('act');
    expect(need.reasons.some((r) => r.startsWith('The diary told them: “'))).toBe(true);
  });

  it('watches a “This hurts” stop since the review, with the exercise and the pain', () => {
    const need = needOf({ ...base, sessions: [stop('2026-03-14T08:00:00.000Z')] });
    expect(need).toEqual({
      level: 'watch',
      reasons: [
        '“This hurts” stop on Knee-to-chest stretch (one leg), pain 6 out of 10, Sat 14 Mar.',
      ],
    });
  });

  it('watches falling adherence to the clinician’s programme, and a review come due', () => {
    const programme: Programme = {
      clinicianId: '0190a000-0000-7000-8000-000000000ccc',
      clinicianName: 'Sam Patel',
      profession: 'physiotherapist',
      title: 'Low back',
      exercises: [{ exerciseId: 'knee-to-chest', holdSeconds: 20, reps: 3, sets: 1, side: 'both' }],
      sessionsPerDay: 1,
      daysPerWeek: 7,
      startDate: '2026-03-02',
      reviewDate: '2026-03-16',
      allowProgression: false,
      assignedAt: '2026-03-01T09:00:00.000Z',
    };
    const sessions = Array.from({ length: 8 }, (_, i) => ({
      startedAt: `2026-03-${String(2 + i).padStart(2, '0')}T08:00:00.000Z`,
      programmeId: 'p1',
      stoppedForPain: false,
      exercises: [{ exerciseId: 'knee-to-chest', completed: true }],
    }));
    const need = needOf({ ...base, sessions, programmes: [{ id: 'p1', data: programme }] });
    expect(need.level).toBe('watch');
    expect(need.reasons).toEqual([
      '“Low back”: 1 of 7 sessions last week, 14% (7 of 7 the week before).',
      '“Low back” was due for review on Mon 16 Mar.',
    ]);
  });

  it('orders people act, watch, steady, and by how many reasons within a level', () => {
    const p = (name: string, level: 'act' | 'watch' | 'steady', n: number) => ({
      name,
      need: { level, reasons: Array(n).fill('r') },
    });
    const ordered = byNeed([
      p('a', 'steady', 0),
      p('b', 'watch', 1),
      p('c', 'act', 1),
      p('d', 'watch', 2),
    ]);
    expect(ordered.map((x) => x.name)).toEqual(['c', 'd', 'b', 'a']);
  });
});
