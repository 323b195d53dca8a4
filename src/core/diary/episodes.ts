/**
 * Episodes and their course, worked out from the diary alone. Each day counts by its worst score.
 * An episode starts on the first day with pain (3 or more) when none is open, and ends the day the
 * person says it is over, or on the last of three diary days in a row at 2 or less. Each has its
 * days, its worst and latest scores and its trend, so the person (and the plan, and the
 * escalation rules) can see whether it is getting better.
 */
import { daysBetween, localDate } from '../time/index.js';
import { type IsoDate, type PainScore, painScore } from '../units.js';
import type { DiaryEntry } from './entry.js';

/** A day's worst score from this up counts as pain that opens an episode. */
export const EPISODE_PAIN = 3;
/** A day's worst score at or below this is a low day. */
export const LOW_PAIN = 2;
/** Low diary days in a row that end an episode. */
export const LOW_RUN = 3;

export type Trend = 'better' | 'same' | 'worse';

export interface DayScore {
  date: IsoDate;
  /** The day's worst score. */
  worst: PainScore;
  /** The day's last score. */
  last: PainScore;
}

export interface Episode {
  start: IsoDate;
  /** The day it ended, or undefined while it is open. */
  end?: IsoDate;
  /** Calendar days from the start to the end, or to today while it is open, both counted. */
  days: number;
  worst: PainScore;
  latest: PainScore;
  trend: Trend;
  /** The diary days inside it, oldest first. */
  scores: DayScore[];
}

/** Each diary day's worst and last score, oldest first, on the person's own calendar. */
export function dayScores(entries: readonly DiaryEntry[], timeZone: string): DayScore[] {
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const byDay = new Map<IsoDate, DayScore>();
  for (const entry of sorted) {
    const date = localDate(Date.parse(entry.at), timeZone);
    const day = byDay.get(date);
    byDay.set(date, {
      date,
      worst: day === undefined || entry.pain0to10 > day.worst ? entry.pain0to10 : day.worst,
      last: entry.pain0to10,
    });
  }
  return [...byDay.values()];
}

/**
 * Better or worse by the days' worst scores: the mean of the latest three diary days against the
 * three before them (or the first day, early on), a whole point either way counting as a change.
 */
export function trendOf(scores: readonly DayScore[]): Trend {
  if (scores.length < 2) return 'same';
  const mean = (list: readonly DayScore[]) => list.reduce((s, d) => s + d.worst, 0) / list.length;
  const recent = scores.slice(-3);
  const before = scores.slice(Math.max(0, scores.length - 6), Math.max(1, scores.length - 3));
  const change = mean(recent) - mean(before);
  if (change <= -1) return 'better';
  if (change >= 1) return 'worse';
  return 'same';
}

function episodeOf(scores: DayScore[], today: IsoDate, end?: IsoDate): Episode {
  const first = scores[0];
  const last = scores.at(-1);
  if (first === undefined || last === undefined) throw new Error('an episode has at least one day');
  return {
    start: first.date,
    ...(end === undefined ? {} : { end }),
    days: daysBetween(first.date, end ?? (today < last.date ? last.date : today)) + 1,
    worst: painScore(Math.max(...scores.map((d) => d.worst))),
    latest: last.last,
    trend: trendOf(scores),
    scores,
  };
}

/** The diary's episodes, oldest first; the last one is open when it has no end. */
export function episodesOf(
  entries: readonly DiaryEntry[],
  timeZone: string,
  today: IsoDate,
): Episode[] {
  const overOn = new Set(
    entries.filter((e) => e.episodeOver === true).map((e) => localDate(Date.parse(e.at), timeZone)),
  );
  return episodesOfDays(dayScores(entries, timeZone), today, overOn);
}

/**
 * Episodes from day scores (oldest first), for callers that keep scores by day, such as the plan's
 * check-ins. `overOn` holds the days the person said an episode was over.
 */
export function episodesOfDays(
  days: readonly DayScore[],
  today: IsoDate,
  overOn: ReadonlySet<IsoDate> = new Set(),
): Episode[] {
  const episodes: Episode[] = [];
  let open: DayScore[] | undefined;
  let lowRun = 0;
  for (const day of days) {
    if (open === undefined) {
      if (day.worst < EPISODE_PAIN || overOn.has(day.date)) continue;
      open = [day];
      lowRun = 0;
      continue;
    }
    open.push(day);
    lowRun = day.worst <= LOW_PAIN ? lowRun + 1 : 0;
    if (overOn.has(day.date) || lowRun >= LOW_RUN) {
      episodes.push(episodeOf(open, today, day.date));
      open = undefined;
    }
  }
  if (open !== undefined) episodes.push(episodeOf(open, today));
  return episodes;
}

/** The episode still going on `today`, if any. */
export function currentEpisode(episodes: readonly Episode[]): Episode | undefined {
  const last = episodes.at(-1);
  return last !== undefined && last.end === undefined ? last : undefined;
}

/** Days since the current episode began (0 on its first day), for the plan's profile. */
export function daysSinceOnset(episodes: readonly Episode[], today: IsoDate): number | null {
  const open = currentEpisode(episodes);
  return open === undefined ? null : Math.max(0, daysBetween(open.start, today));
}
