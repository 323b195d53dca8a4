/**
 * Everything the diary page and the print summary read, in one load: the entries, and beside them
 * by reference the exercise sessions (with their pain before, after and at a "This hurts" stop)
 * and the check's results, the plan's sessions per week, and the summary core makes of them.
 */

import { sessionsByWeek, type WeekSessions } from '../../core/diary/course.js';
import type { DiaryEntry } from '../../core/diary/entry.js';
import { type DayScore, dayScores, type Episode } from '../../core/diary/episodes.js';
import { type DiarySummary, diarySummary } from '../../core/diary/summary.js';
import type { Plan } from '../../core/plan/index.js';
import { localDate } from '../../core/time/index.js';
import { listChecks, type PastCheck } from '../check/history.js';
import { browserTimeZone } from '../dates.js';
import { recentLogs, type SessionLog } from '../player/logs.js';
import { latestRecord } from '../store/records.js';
import { loadEntries } from './data.js';

export interface DiaryOverview {
  timeZone: string;
  today: string;
  entries: DiaryEntry[];
  days: DayScore[];
  summary: DiarySummary;
  episodes: Episode[];
  logs: SessionLog[];
  checks: PastCheck[];
  /** Sessions the plan asked for, by the Monday of its week. */
  planned: Map<string, number>;
  plan: Plan | undefined;
  /** Sessions done against planned in the last four weeks. */
  weeks: WeekSessions[];
  /** The days with an exercise session, for the chart. */
  sessionDates: string[];
}

function plannedOf(plans: readonly (Plan | undefined)[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of plans) {
    if (p !== undefined)
      out.set(
        p.weekStart,
        p.days.reduce((n, d) => n + d.sessionIds.length, 0),
      );
  }
  return out;
}

export async function loadOverview(now = Date.now()): Promise<DiaryOverview> {
  const timeZone = browserTimeZone();
  const today = localDate(now, timeZone);
  const [entries, logs, checks, plan] = await Promise.all([
    loadEntries(),
    recentLogs(1000).catch(() => [] as SessionLog[]),
    listChecks().catch(() => [] as PastCheck[]),
    latestRecord('plan').catch(() => undefined),
  ]);
  return overviewFrom({ entries, logs, checks, plan: plan?.data, today, timeZone });
}

/**
 * The overview of records already read: the device's own (loadOverview) or a person's shared with
 * their clinician (web/clinician), so both summaries are made the same way.
 */
export function overviewFrom(input: {
  entries: DiaryEntry[];
  logs: SessionLog[];
  checks: PastCheck[];
  plan: { plan: Plan; previous?: Plan | undefined } | undefined;
  today: string;
  timeZone: string;
}): DiaryOverview {
  const { entries, logs, checks, plan, today, timeZone } = input;
  const summary = diarySummary(entries, today, timeZone);
  const planned = plannedOf([plan?.previous, plan?.plan]);
  return {
    timeZone,
    today,
    entries,
    days: dayScores(entries, timeZone),
    summary,
    episodes: summary.episodes,
    logs,
    checks,
    planned,
    plan: plan?.plan,
    weeks: sessionsByWeek({
      sessionStarts: logs.map((l) => l.startedAt),
      planned,
      today,
      timeZone,
      weeks: 4,
    }),
    sessionDates: logs.map((l) => localDate(Date.parse(l.startedAt), timeZone)),
  };
}
