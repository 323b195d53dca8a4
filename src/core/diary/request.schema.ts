/**
 * What the diary API and CLI take and give (`POST /api/v1/diary/summary` and `/export`, `unknot
 * diary`): entries, the person's today and time zone in; episodes, trend and escalations out. One
 * schema for both, so a bad entry is named the same way ("entries.3.pain0to10") wherever it comes.
 */
import * as z from 'zod/mini';
import { isTimeZone } from '../time/index.js';
import { IsoDateSchema, PainScoreSchema } from '../units.schema.js';
import { DiaryEntrySchema } from './entry.schema.js';
import { ESCALATION_ACTIONS } from './escalation.js';

/** A diary of ten years of several entries a day, and no more. */
export const ENTRIES_MAX = 20_000;

export const DiaryRequest = z.strictObject({
  entries: z.array(DiaryEntrySchema).check(
    z.maxLength(ENTRIES_MAX, { error: `must hold at most ${ENTRIES_MAX} entries` }),
    z.superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((e, i) => {
        if (seen.has(e.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'id'],
            message: 'is the id of an earlier entry',
            input: e.id,
          });
        }
        seen.add(e.id);
      });
    }),
  ),
  today: IsoDateSchema,
  timeZone: z.optional(
    z
      .string()
      .check(
        z.refine(isTimeZone, { error: 'is not a known time zone (for example Europe/London)' }),
      ),
  ),
});
export type DiaryRequest = z.output<typeof DiaryRequest>;

const Trend = z.enum(['better', 'same', 'worse']);
const DayScore = z.object({ date: IsoDateSchema, worst: PainScoreSchema, last: PainScoreSchema });

export const DiarySummaryResponse = z.object({
  episodes: z.array(
    z.object({
      start: IsoDateSchema,
      end: z.optional(IsoDateSchema),
      days: z.number(),
      worst: PainScoreSchema,
      latest: PainScoreSchema,
      trend: Trend,
      scores: z.array(DayScore),
    }),
  ),
  trend: Trend,
  escalations: z.array(
    z.object({
      rule: z.string(),
      action: z.enum(ESCALATION_ACTIONS),
      reason: z.string(),
      source: z.string(),
    }),
  ),
});
