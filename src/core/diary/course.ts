/**
 * What the diary page draws and says about the course of the pain, worked out here so the page
 * only renders it: the pain chart's geometry (each day's worst score, episodes shaded, exercise
 * sessions marked), the sentence a screen reader hears instead of the chart, sessions done against
 * planned by week, and what helped, counted. Pure; the page's SVG and tables read these.
 */
import { addDays, dateWords, daysBetween, localDate, weekStartOf } from '../time/index.js';
import type { IsoDate } from '../units.js';
import { type DiaryEntry, HELPED, type Helped } from './entry.js';
import type { DayScore, Episode } from './episodes.js';

export interface ChartBox {
  width: number;
  height: number;
  /** Room for the axis labels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const CHART_BOX: ChartBox = {
  width: 360,
  height: 200,
  left: 28,
  right: 8,
  top: 8,
  bottom: 24,
};

export interface PainChart {
  box: ChartBox;
  from: IsoDate;
  to: IsoDate;
  points: { date: IsoDate; worst: number; x: number; y: number }[];
  /** SVG path data through the points; a gap of more than three days breaks the line. */
  line: string;
  /** Episodes inside the range, as shaded bands. */
  bands: { x: number; width: number; start: IsoDate; end?: IsoDate }[];
  /** Days with an exercise session, as marks along the bottom. */
  sessions: { x: number; date: IsoDate }[];
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: IsoDate }[];
}

/** Dates as 'YYYY-MM-DD' compare as text. */
const laterDate = (a: IsoDate, b: IsoDate): IsoDate => (a.localeCompare(b) < 0 ? b : a);
const earlierDate = (a: IsoDate, b: IsoDate): IsoDate => (a.localeCompare(b) < 0 ? a : b);

const round = (n: number) => Math.round(n * 10) / 10;

/** The chart of the days from `from` to `to`, both shown. */
export function painChart(input: {
  days: readonly DayScore[];
  episodes: readonly Episode[];
  sessionDates: readonly IsoDate[];
  from: IsoDate;
  to: IsoDate;
  box?: ChartBox;
}): PainChart {
  const box = input.box ?? CHART_BOX;
  const { from, to } = input;
  const span = Math.max(1, daysBetween(from, to));
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const xOf = (date: IsoDate) => round(box.left + (daysBetween(from, date) / span) * plotW);
  const yOf = (pain: number) => round(box.top + plotH - (pain / 10) * plotH);
  const inRange = (date: IsoDate) => date >= from && date <= to;

  const points = input.days
    .filter((d) => inRange(d.date))
    .map((d) => ({ date: d.date, worst: d.worst, x: xOf(d.date), y: yOf(d.worst) }));
  let line = '';
  points.forEach((p, i) => {
    const before = points[i - 1];
    const joined = before !== undefined && daysBetween(before.date, p.date) <= 3;
    line += `${line === '' ? '' : ' '}${joined ? 'L' : 'M'}${p.x} ${p.y}`;
  });

  const bands = input.episodes
    .filter((e) => e.start <= to && (e.end ?? to) >= from)
    .map((e) => {
      const start = laterDate(e.start, from);
      const end = e.end === undefined ? to : earlierDate(e.end, to);
      return {
        x: xOf(start),
        width: Math.max(2, round(xOf(end) - xOf(start))),
        start: e.start,
        ...(e.end === undefined ? {} : { end: e.end }),
      };
    });

  const sessions = [...new Set(input.sessionDates.filter(inRange))]
    .sort()
    .map((date) => ({ date, x: xOf(date) }));
  const yTicks = [0, 5, 10].map((v) => ({ y: yOf(v), label: String(v) }));
  const xTicks = [from, addDays(from, Math.round(span / 2)), to].map((d) => ({
    x: xOf(d),
    label: d,
  }));
  return { box, from, to, points, line, bands, sessions, yTicks, xTicks };
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/**
 * The chart in one sentence, for a screen reader and for the print summary: from the first day's
 * worst score to the last's, over how many days ("Pain fell from 7 to 3 over 5 days.").
 */
export function courseSentence(scores: readonly DayScore[]): string {
  const first = scores[0];
  const last = scores.at(-1);
  if (first === undefined || last === undefined) return 'No pain scores in this time yet.';
  if (first === last)
    return `One pain score: ${first.worst} out of 10 on ${dateWords(first.date)}.`;
  const over = days(daysBetween(first.date, last.date) + 1);
  const worst = Math.max(...scores.map((s) => s.worst));
  const peak = worst > first.worst && worst > last.worst ? `, at worst ${worst},` : '';
  if (last.worst < first.worst)
    return `Pain fell from ${first.worst} to ${last.worst}${peak} over ${over}.`;
  if (last.worst > first.worst)
    return `Pain rose from ${first.worst} to ${last.worst}${peak} over ${over}.`;
  return `Pain was ${first.worst} at the start and at the end${peak} over ${over}.`;
}

export interface WeekSessions {
  weekStart: IsoDate;
  done: number;
  /** Sessions the plan asked for that week, or null when there was no plan. */
  planned: number | null;
}

/** Sessions done against planned, for the `weeks` weeks up to `today`'s, oldest first. */
export function sessionsByWeek(input: {
  sessionStarts: readonly string[];
  planned: ReadonlyMap<IsoDate, number>;
  today: IsoDate;
  timeZone: string;
  weeks: number;
}): WeekSessions[] {
  const thisWeek = weekStartOf(input.today);
  const starts = Array.from({ length: input.weeks }, (_, i) =>
    addDays(thisWeek, -7 * (input.weeks - 1 - i)),
  );
  const done = new Map<IsoDate, number>();
  for (const at of input.sessionStarts) {
    const week = weekStartOf(localDate(Date.parse(at), input.timeZone));
    done.set(week, (done.get(week) ?? 0) + 1);
  }
  return starts.map((weekStart) => ({
    weekStart,
    done: done.get(weekStart) ?? 0,
    planned: input.planned.get(weekStart) ?? null,
  }));
}

/** What helped, by how many entries name it, most first; what nobody named is left out. */
export function helpedCounts(entries: readonly DiaryEntry[]): { helped: Helped; count: number }[] {
  return HELPED.map((helped) => ({
    helped,
    count: entries.filter((e) => e.helped?.includes(helped) === true).length,
  }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** The longest the chart looks back, and the shortest it shows. */
export const CHART_DAYS = 28;
export const CHART_MIN_DAYS = 7;

/**
 * The chart's first day: four weeks back, or the diary's first day when it is younger, so a new
 * diary's few days fill the chart instead of huddling at its right edge; at least a week is shown.
 */
export function chartFrom(days: readonly DayScore[], today: IsoDate): IsoDate {
  const earliest = addDays(today, -(CHART_DAYS - 1));
  const latest = addDays(today, -(CHART_MIN_DAYS - 1));
  const first = days[0]?.date;
  if (first === undefined || first < earliest) return earliest;
  return earlierDate(first, latest);
}

/** The sessions table in one sentence, for a screen reader and the print summary. */
export function sessionsSentence(weeks: readonly WeekSessions[]): string {
  const done = weeks.reduce((n, w) => n + w.done, 0);
  const current = weeks.at(-1);
  const total = `${done === 1 ? '1 exercise session' : `${done} exercise sessions`} in the last ${weeks.length} weeks`;
  if (current === undefined || current.planned === null) return `${total}.`;
  return `${total}; this week ${current.done} of ${current.planned} planned.`;
}

/** What helped most, in one sentence. */
export function helpedSentence(
  counts: readonly { helped: Helped; count: number }[],
  words: Record<Helped, string>,
): string {
  const [top] = counts;
  if (top === undefined) return 'Nothing recorded as helping yet.';
  return `${words[top.helped]} helped most often (${top.count === 1 ? '1 entry' : `${top.count} entries`}).`;
}
