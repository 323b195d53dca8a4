/**
 * The daily prevention checklist built from the profile, and the streak that rewards keeping it.
 * Each habit links to the content item that explains it and carries that item's sources, so the
 * checklist says nothing the library does not.
 */
import { contentById } from '../content/index.js';
import { sourceLabel } from '../content/sources.js';
import { addDays, isIsoDate } from '../time/index.js';
import type { Habit, Profile } from './types.js';

interface HabitSpec {
  id: string;
  title: string;
  detail: string;
  examples?: string[];
  /** The content item the habit rests on; its sources become the habit's source. */
  contentId: string;
  /** Who it is for; everyone when absent. */
  for?: readonly Profile['work'][];
}

/** In checklist order: the work-specific habits first, then the ones for everyone. */
export const HABITS: readonly HabitSpec[] = [
  {
    id: 'move-break',
    title: 'Get up and move every 30–60 minutes',
    detail: 'Stand, walk a few steps and stretch before you sit down again.',
    contentId: 'frequent-breaks',
    for: ['desk', 'mixed'],
  },
  {
    id: 'posture-check',
    title: 'Posture check',
    detail:
      'Feet flat, back supported, screen at eye level, shoulders loose. Then change position often.',
    contentId: 'good-posture',
    for: ['desk', 'mixed'],
  },
  {
    id: 'lift-safely',
    title: 'Lift the safe way',
    detail:
      'Feet apart, bend at the knees, brace, keep the load close and turn with your feet, not your back.',
    contentId: 'lifting-technique',
    for: ['lifting', 'mixed', 'standing'],
  },
  {
    id: 'active-day',
    title: 'A walk or your exercises',
    detail:
      'A brisk walk, a swim or the day’s exercises. Regular exercise is what lowers the chance of another episode of back pain.',
    contentId: 'regular-exercise',
    for: ['lifting', 'mixed', 'standing'],
  },
  {
    id: 'water',
    title: 'Drink water through the day',
    detail:
      'Keep a bottle nearby and sip often; more when it is hot or you are active. It is good for your general health.',
    contentId: 'hydration',
  },
  {
    id: 'calcium-potassium',
    title: 'Eat a calcium food and a potassium food',
    detail:
      'Part of a healthy, varied diet, which usually gives enough. Ask a doctor before supplements.',
    examples: [
      'Calcium: milk, yoghurt, cheese, leafy greens, tofu',
      'Potassium: bananas, potatoes, beans, lentils, spinach',
    ],
    contentId: 'calcium-potassium-foods',
  },
  {
    id: 'warm-up',
    title: 'Warm up before exercise',
    detail: 'Five minutes of easy movement first, such as marching on the spot or a brisk walk.',
    contentId: 'warm-up',
  },
];

function sourceOf(contentId: string): string {
  const item = contentById(contentId);
  if (item === undefined) return '';
  return item.sources.map(sourceLabel).join('; ');
}

export function habitsFor(profile: Pick<Profile, 'work'>): Habit[] {
  return HABITS.filter((h) => h.for === undefined || h.for.includes(profile.work)).map((h) => {
    const habit: Habit = {
      id: h.id,
      title: h.title,
      detail: h.detail,
      contentId: h.contentId,
      source: sourceOf(h.contentId),
    };
    if (h.examples !== undefined) habit.examples = [...h.examples];
    return habit;
  });
}

/**
 * Days in a row a habit was kept, ending today, or yesterday when today is not ticked yet (so a
 * streak does not read 0 every morning). Repeated and malformed dates are ignored.
 */
export function streak(dates: readonly string[], today: string): number {
  const done = new Set(dates.filter(isIsoDate));
  let day = done.has(today) ? today : addDays(today, -1);
  let count = 0;
  while (done.has(day)) {
    count++;
    day = addDays(day, -1);
  }
  return count;
}
