import { describe, expect, it } from 'vitest';
import { contentById } from '../content/index.js';
import { habitsFor, streak } from './habits.js';

const ids = (work: 'desk' | 'standing' | 'lifting' | 'mixed') =>
  habitsFor({ work }).map((h) => h.id);

describe('habits', () => {
  it('gives desk work a break to move and a posture check, not the lifting card', () => {
    expect(ids('desk')).toEqual(expect.arrayContaining(['move-break', 'posture-check']));
    expect(ids('desk')).not.toContain('lift-safely');
  });

  it('gives lifting work the lifting technique card and a daily walk or exercises', () => {
    const habits = habitsFor({ work: 'lifting' });
    const lift = habits.find((h) => h.id === 'lift-safely');
    expect(lift?.contentId).toBe('lifting-technique');
    expect(habits.map((h) => h.id)).toContain('active-day');
    expect(habits.map((h) => h.id)).not.toContain('move-break');
  });

  it('has no footwear or back-support habit; the same work types get exercise instead (NICE NG59; Steffens 2016)', () => {
    for (const work of ['desk', 'standing', 'lifting', 'mixed'] as const) {
      const habits = habitsFor({ work });
      expect(habits.map((h) => h.id)).not.toContain('supportive-footwear');
      const words = habits.map((h) => `${h.title} ${h.detail}`).join('\n');
      expect(words, work).not.toMatch(
        /\bshoes?\b|footwear|insole|orthotic|\bbelts?\b|corset|back brace|back supports?\b/i,
      );
    }
    for (const work of ['lifting', 'mixed', 'standing'] as const) {
      const active = habitsFor({ work }).find((h) => h.id === 'active-day');
      expect(active?.contentId, work).toBe('regular-exercise');
      expect(active?.source, work).toMatch(/Steffens/);
    }
  });

  it('water and food habits do not claim to prevent spasms (Schwellnus 2011)', () => {
    for (const id of ['water', 'calcium-potassium']) {
      const habit = habitsFor({ work: 'desk' }).find((h) => h.id === id);
      expect(habit, id).toBeDefined();
      expect(`${habit?.title} ${habit?.detail}`, id).not.toMatch(
        /spasm|cramp|prevent|help(s)? (your )?muscles/i,
      );
    }
  });

  it('gives everyone water, calcium and potassium foods with examples, and a warm-up', () => {
    for (const work of ['desk', 'standing', 'lifting', 'mixed'] as const) {
      expect(ids(work)).toEqual(expect.arrayContaining(['water', 'calcium-potassium', 'warm-up']));
    }
    const foods = habitsFor({ work: 'desk' }).find((h) => h.id === 'calcium-potassium');
    expect(foods?.examples?.join(' ')).toMatch(/banana/i);
    expect(foods?.examples?.join(' ')).toMatch(/milk|yoghurt/i);
  });

  it('names a source and an existing content item for every habit', () => {
    for (const h of habitsFor({ work: 'mixed' })) {
      expect(h.source.length).toBeGreaterThan(10);
      expect(contentById(h.contentId ?? '')).toBeDefined();
    }
  });
});

describe('streak', () => {
  it('counts consecutive days ending today', () => {
    expect(streak(['2025-03-22', '2025-03-23', '2025-03-24'], '2025-03-24')).toBe(3);
  });

  it('still counts a streak ending yesterday, before today is ticked', () => {
    expect(streak(['2025-03-22', '2025-03-23'], '2025-03-24')).toBe(2);
  });

  it('breaks at a missed day, and ignores repeats, order and bad dates', () => {
    expect(
      streak(['2025-03-24', '2025-03-21', '2025-03-23', '2025-03-23', 'nope'], '2025-03-24'),
    ).toBe(2);
    expect(streak(['2025-03-21'], '2025-03-24')).toBe(0);
    expect(streak([], '2025-03-24')).toBe(0);
  });

  it('crosses month and year ends', () => {
    expect(streak(['2024-12-30', '2024-12-31', '2025-01-01'], '2025-01-01')).toBe(3);
    expect(streak(['2024-02-28', '2024-02-29', '2024-03-01'], '2024-03-01')).toBe(3);
  });
});
