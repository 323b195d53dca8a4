/**
 * A diary's summary: its episodes, the current trend and the escalations that hold today. This is
 * what the diary page, Today, the API's `POST /api/v1/diary/summary` and the CLI all give.
 */
import { sourceLabel } from '../content/sources.js';
import { localDate } from '../time/index.js';
import type { IsoDate } from '../units.js';
import type { DiaryEntry } from './entry.js';
import { dayScores, type Episode, type Trend, trendOf } from './episodes.js';
import { type Course, courseOf, type Escalation, escalationsFor } from './escalation.js';

export interface DiarySummary {
  episodes: Episode[];
  /** The trend of the current episode, or of the last days when none is open. */
  trend: Trend;
  escalations: Escalation[];
}

/** Entries oldest first; two at the same moment keep the order of their ids (made in time order). */
export function byTime(entries: readonly DiaryEntry[]): DiaryEntry[] {
  return [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
}

/** The course the escalation rules read, from the diary alone. */
export function diaryCourse(
  entries: readonly DiaryEntry[],
  today: IsoDate,
  timeZone: string,
): Course {
  const sorted = byTime(entries).filter((e) => localDate(Date.parse(e.at), timeZone) <= today);
  return courseOf({
    days: dayScores(sorted, timeZone),
    today,
    lastScores: sorted.slice(-3).map((e) => e.pain0to10),
    overOn: new Set(
      sorted
        .filter((e) => e.episodeOver === true)
        .map((e) => localDate(Date.parse(e.at), timeZone)),
    ),
  });
}

export function diarySummary(
  entries: readonly DiaryEntry[],
  today: IsoDate,
  timeZone: string,
): DiarySummary {
  const course = diaryCourse(entries, today, timeZone);
  return {
    episodes: [...course.episodes],
    trend: course.current?.trend ?? trendOf(course.days),
    escalations: escalationsFor(course),
  };
}

/** An escalation as the API and CLI give it: its sources written out. */
export interface EscalationOut {
  rule: string;
  action: Escalation['action'];
  reason: string;
  source: string;
}

/** The summary as the API and CLI give it. */
export function summaryOut(
  entries: readonly DiaryEntry[],
  today: IsoDate,
  timeZone: string,
): { episodes: Episode[]; trend: Trend; escalations: EscalationOut[] } {
  const summary = diarySummary(entries, today, timeZone);
  return {
    ...summary,
    escalations: summary.escalations.map((e) => ({
      rule: e.rule,
      action: e.action,
      reason: e.reason,
      source: e.sources.map(sourceLabel).join('; '),
    })),
  };
}
