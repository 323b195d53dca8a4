/**
 * Which of a clinician's people need them first, and why (issue 10). Read only from what the
 * person's consent lets the clinician see: a scope not shared adds no reason. Three levels:
 * - act: something the diary or the check flagged since the clinician last marked the person
 *   reviewed (an escalation the diary is showing them, an urgent or emergency check result);
 * - watch: "This hurts" stops since the review, rising pain, falling or low adherence to the
 *   clinician's programme, or its review date come;
 * - steady: none of these.
 * Pure: records, today and the time zone are passed in.
 */
import type { DiaryEntry } from '../diary/entry.js';
import { diarySummary } from '../diary/summary.js';
import { libraryExercise } from '../plan/catalogue.js';
import { stoppedOn } from '../player/summary.js';
import type { Programme } from '../programme/programme.js';
import { reviewDue } from '../programme/programme.js';
import { type ProgrammeSession, programmeWeeks } from '../programme/progression.js';
import { dateWords, localDate } from '../time/index.js';
import { DISPOSITION_INFO, type Disposition } from '../triage/dispositions.js';
import type { IsoDate } from '../units.js';

export const NEED_LEVELS = ['act', 'watch', 'steady'] as const;
export type NeedLevel = (typeof NEED_LEVELS)[number];

export interface Need {
  level: NeedLevel;
  /** Each reason in a sentence, most pressing first. */
  reasons: string[];
}

/** Adherence below this in the last full week, or this far below the week before, is a reason. */
export const LOW_ADHERENCE = 0.5;
export const ADHERENCE_DROP = 0.25;

export interface NeedInput {
  /** Undefined when the scope is not shared. */
  diary?: readonly DiaryEntry[];
  checks?: readonly { createdAt: string; disposition: Disposition }[];
  sessions?: readonly ProgrammeSession[];
  /** This clinician's programmes for the person. */
  programmes: readonly { id: string; data: Programme }[];
  /** When the clinician last marked the person reviewed. */
  reviewedAt?: string | undefined;
  today: IsoDate;
  timeZone: string;
}

const dayOf = (at: string, timeZone: string) => dateWords(localDate(Date.parse(at), timeZone));
const titleOf = (exerciseId: string) => libraryExercise(exerciseId)?.title ?? exerciseId;
const percent = (x: number) => `${Math.round(x * 100)}%`;

export function needOf(input: NeedInput): Need {
  const { today, timeZone } = input;
  const since = (at: string) => input.reviewedAt === undefined || at > input.reviewedAt;
  const act: string[] = [];
  const watch: string[] = [];

  for (const check of [...(input.checks ?? [])].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : -1,
  )) {
    if (
      (check.disposition === 'emergency' || check.disposition === 'urgent') &&
      since(check.createdAt)
    ) {
      act.push(
        `Check on ${dayOf(check.createdAt, timeZone)}: ${DISPOSITION_INFO[check.disposition].title}.`,
      );
    }
  }

  if (input.diary !== undefined && input.diary.length > 0) {
    const summary = diarySummary(input.diary, today, timeZone);
    const latest = input.diary.reduce((a, b) => (a.at > b.at ? a : b));
    if (since(latest.at)) {
      for (const e of summary.escalations) act.push(`The diary told them: “${e.reason}”`);
    }
    if (summary.trend === 'worse') watch.push('Pain is getting worse in the diary.');
  }

  for (const s of input.sessions ?? []) {
    const on = stoppedOn(s);
    if (on === undefined || !since(s.startedAt)) continue;
    const pain = s.stopPain0to10 === undefined ? '' : `, pain ${s.stopPain0to10} out of 10`;
    watch.push(`“This hurts” stop on ${titleOf(on)}${pain}, ${dayOf(s.startedAt, timeZone)}.`);
  }

  for (const { id, data } of input.programmes) {
    if (input.sessions !== undefined) {
      const weeks = programmeWeeks({
        programmeId: id,
        programme: data,
        sessions: input.sessions,
        diary: input.diary ?? [],
        today,
        timeZone,
      }).filter((w) => w.complete);
      const [before, last] =
        weeks.slice(-2).length === 2 ? weeks.slice(-2) : [undefined, weeks.at(-1)];
      if (last !== undefined) {
        const dropped = before !== undefined && before.adherence - last.adherence >= ADHERENCE_DROP;
        if (last.adherence < LOW_ADHERENCE || dropped) {
          const then =
            before === undefined ? '' : ` (${before.done} of ${before.asked} the week before)`;
          watch.push(
            `“${data.title}”: ${last.done} of ${last.asked} sessions last week, ${percent(last.adherence)}${then}.`,
          );
        }
      }
    }
    if (reviewDue(data, today))
      watch.push(`“${data.title}” was due for review on ${dateWords(data.reviewDate)}.`);
  }

  if (act.length > 0) return { level: 'act', reasons: [...act, ...watch] };
  if (watch.length > 0) return { level: 'watch', reasons: watch };
  return { level: 'steady', reasons: [] };
}

/** Orders people by need: act, then watch, then steady; within a level, the most reasons first. */
export function byNeed<T extends { need: Need; name: string }>(people: readonly T[]): T[] {
  const rank = (n: Need) => NEED_LEVELS.indexOf(n.level);
  return [...people].sort(
    (a, b) =>
      rank(a.need) - rank(b.need) ||
      b.need.reasons.length - a.need.reasons.length ||
      a.name.localeCompare(b.name),
  );
}
