/**
 * When self-care is not enough: the escalation rules, as data, each with its source. The diary,
 * the plan and Today all read these rules, and only these. A rule suggests care (book a GP or
 * physiotherapist, see one within days, or do the check now); it never diagnoses, and every
 * screen that shows one also links the check and its emergency signs.
 *
 * The rules read the course of the pain by day (each day counts by its worst score) and are built
 * so that a worse score never takes an escalation away: each compares the latest day with the
 * episode's worst or lowest, or counts days, never a moving average that a new high day could
 * shift (properties in escalation.test.ts).
 */
import { guideline, S004, seed } from '../content/items/refs.js';
import type { Source } from '../content/schema.js';
import { addDays, daysBetween } from '../time/index.js';
import type { IsoDate, PainScore } from '../units.js';
import {
  currentEpisode,
  type DayScore,
  EPISODE_PAIN,
  type Episode,
  episodesOfDays,
} from './episodes.js';

/** What an escalation asks of the person. */
export const ESCALATION_ACTIONS = ['book', 'soon', 'check'] as const;
export type EscalationAction = (typeof ESCALATION_ACTIONS)[number];

/** The one action of each kind, in the words every screen shows. */
export const ACTION_WORDS: Record<EscalationAction, string> = {
  book: 'Book an appointment with a GP or physiotherapist',
  soon: 'See a doctor or physiotherapist in the next few days',
  check: 'Do the check “Should I see a doctor?” now',
};

/** Self-care "for a few days" (article 004) is this many calendar days of an episode. */
export const FEW_DAYS = 3;
/** A week or more of pain: seven calendar days, the first counted. */
export const A_WEEK = 7;
/** Severe pain. */
export const SEVERE_PAIN = 8;
/** High pain, counted over the last seven days. */
export const HIGH_PAIN = 7;
export const HIGH_PAIN_DAYS = 3;
/** Longer than six weeks is persistent back pain. */
export const SIX_WEEKS = 42;
/** Episodes in twelve months that make a recurring pattern. */
export const EPISODES_IN_A_YEAR = 3;
/** A latest day this far below the episode's worst counts as easing. */
export const EASING_POINTS = 2;

/** What the rules read: the person's course up to `today`. */
export interface Course {
  today: IsoDate;
  /** Each diary day's worst and last score, oldest first. */
  days: readonly DayScore[];
  /** The last scores given, oldest first (for "rising on consecutive entries"). */
  lastScores: readonly PainScore[];
  episodes: readonly Episode[];
  /** The open episode, while the latest day still has pain. */
  current: Episode | undefined;
  /** Days since the current episode began: from the diary, or else what the person told the plan. */
  daysSinceOnset: number | null;
}

/**
 * The course from day scores. `daysSinceOnset` is what the person told the plan; the diary's own
 * open episode takes its place when it began earlier, the cautious reading.
 */
export function courseOf(input: {
  days: readonly DayScore[];
  today: IsoDate;
  lastScores?: readonly PainScore[];
  overOn?: ReadonlySet<IsoDate>;
  daysSinceOnset?: number | null;
}): Course {
  const episodes = episodesOfDays(input.days, input.today, input.overOn);
  const open = currentEpisode(episodes);
  const latest = input.days.at(-1);
  const current = open !== undefined && latest !== undefined && latest.worst >= EPISODE_PAIN;
  const fromDiary =
    current && open !== undefined ? Math.max(0, daysBetween(open.start, input.today)) : null;
  const told = input.daysSinceOnset ?? null;
  return {
    today: input.today,
    days: input.days,
    lastScores: input.lastScores ?? input.days.map((d) => d.last),
    episodes,
    current: current ? open : undefined,
    daysSinceOnset:
      fromDiary === null ? told : told === null ? fromDiary : Math.max(fromDiary, told),
  };
}

export interface EscalationRule {
  id: string;
  action: EscalationAction;
  when: (course: Course) => boolean;
  /** Why, in the person's own numbers. */
  reason: (course: Course) => string;
  sources: readonly Source[];
}

/** The latest day's worst score. */
const latestWorst = (c: Course): number => c.days.at(-1)?.worst ?? 0;

/** The current episode is not easing: its latest day is within a point of its worst. */
function notEasing(c: Course): boolean {
  return c.current !== undefined && latestWorst(c) > c.current.worst - EASING_POINTS;
}

/** Calendar days with pain so far, the first and today both counted; 0 when none is known. */
const painDays = (c: Course): number => (c.daysSinceOnset === null ? 0 : c.daysSinceOnset + 1);

/** The lowest day of the current episode before its latest day. */
function lowestBefore(c: Course): number | undefined {
  const before = c.current?.scores.slice(0, -1) ?? [];
  return before.length === 0 ? undefined : Math.min(...before.map((d) => d.worst));
}

function highDaysThisWeek(c: Course): number {
  const from = addDays(c.today, -6);
  return c.days.filter((d) => d.date >= from && d.date <= c.today && d.worst >= HIGH_PAIN).length;
}

function episodesThisYear(c: Course): number {
  const from = addDays(c.today, -364);
  return c.episodes.filter((e) => e.start >= from && e.start <= c.today).length;
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

const SEED_SEE_A_DOCTOR: Source = seed(4, S004.doctor);
const NHS_BACK_PAIN: Source = guideline('nhs-back-pain', 'Non-urgent advice: see a GP');
const CKS_SAFETY_NET: Source = guideline('nice-cks-low-back-pain', 'Safety-netting');
const NG59: Source = guideline('nice-ng59', 'Assessment of low back pain and sciatica');

/** The rules, most pressing action last within each kind; all that hold are shown. */
export const ESCALATION_RULES: readonly EscalationRule[] = [
  {
    id: 'self-care-not-easing',
    action: 'book',
    when: (c) => c.current !== undefined && c.current.days >= FEW_DAYS && notEasing(c),
    reason: (c) =>
      `Your back has not eased after ${days(c.current?.days ?? 0)} of looking after it yourself. When self-care has not helped within a few days, a GP or physiotherapist should see it.`,
    sources: [SEED_SEE_A_DOCTOR],
  },
  {
    id: 'a-week-not-improving',
    action: 'soon',
    when: (c) => painDays(c) >= A_WEEK && notEasing(c),
    reason: (c) =>
      `Your back has hurt for ${days(painDays(c))} and is not getting better (${latestWorst(c)} out of 10 now).`,
    sources: [NHS_BACK_PAIN, CKS_SAFETY_NET],
  },
  {
    id: 'severe-not-improving',
    action: 'soon',
    when: (c) =>
      c.current !== undefined &&
      c.current.scores.length >= 2 &&
      latestWorst(c) >= SEVERE_PAIN &&
      notEasing(c),
    reason: (c) => `Your pain is ${latestWorst(c)} out of 10 and has not come down.`,
    sources: [NHS_BACK_PAIN, CKS_SAFETY_NET],
  },
  {
    id: 'getting-worse',
    action: 'soon',
    when: (c) => {
      const lowest = lowestBefore(c);
      return lowest !== undefined && latestWorst(c) >= lowest + EASING_POINTS;
    },
    reason: (c) =>
      `Your pain has gone up from ${lowestBefore(c)} to ${latestWorst(c)} out of 10 in this episode.`,
    sources: [NHS_BACK_PAIN, CKS_SAFETY_NET],
  },
  {
    id: 'more-than-six-weeks',
    action: 'soon',
    when: (c) => painDays(c) > SIX_WEEKS && c.current !== undefined,
    reason: (c) =>
      `Your back has hurt for ${days(painDays(c))}, more than six weeks. Pain that lasts this long deserves a proper assessment.`,
    sources: [NG59, CKS_SAFETY_NET],
  },
  {
    id: 'three-episodes-a-year',
    action: 'soon',
    when: (c) => episodesThisYear(c) >= EPISODES_IN_A_YEAR,
    reason: (c) =>
      `You have had ${episodesThisYear(c)} episodes of back pain in the last twelve months. Spasms that keep coming back are worth a check for a cause and a plan to prevent them.`,
    sources: [NG59, CKS_SAFETY_NET],
  },
  {
    id: 'pain-rising',
    action: 'check',
    when: (c) => {
      const [a, b, d] = c.lastScores.slice(-3);
      return a !== undefined && b !== undefined && d !== undefined && a < b && b < d;
    },
    reason: (c) =>
      `Your pain has risen each time you recorded it (${c.lastScores.slice(-3).join(', then ')}).`,
    sources: [CKS_SAFETY_NET],
  },
  {
    id: 'high-pain-three-days',
    action: 'check',
    when: (c) => highDaysThisWeek(c) >= HIGH_PAIN_DAYS,
    reason: (c) => `Your pain was 7 or more on ${highDaysThisWeek(c)} of the last seven days.`,
    sources: [CKS_SAFETY_NET],
  },
];

export interface Escalation {
  rule: string;
  action: EscalationAction;
  reason: string;
  sources: readonly Source[];
}

/** Every rule that holds for this course, in the order of the table. */
export function escalationsFor(course: Course): Escalation[] {
  return ESCALATION_RULES.filter((r) => r.when(course)).map((r) => ({
    rule: r.id,
    action: r.action,
    reason: r.reason(course),
    sources: r.sources,
  }));
}
