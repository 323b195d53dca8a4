/**
 * Each record kind's data schema (names in kinds.ts): the device checks every record it reads
 * with these, and sync will check every record it receives. Each schema lives beside its feature;
 * this map only gathers them. All are zod/mini, so the browser's validator stays small.
 */
import type * as z from 'zod/mini';
import { DiaryEntryData } from '../diary/entry.schema.js';
import { HabitTick, PlanRecord, ProfileRecord } from '../plan/schema.js';
import { SessionLogData } from '../player/log.schema.js';
import { PreferenceData } from '../preferences.schema.js';
import { ProgrammeData } from '../programme/programme.schema.js';
import { CheckRecord } from '../triage/check-record.schema.js';
import type { Kind } from './kinds.js';

export const RECORD_SCHEMAS = {
  'diary-entry': DiaryEntryData,
  'habit-tick': HabitTick,
  profile: ProfileRecord,
  plan: PlanRecord,
  'session-log': SessionLogData,
  'check-result': CheckRecord,
  preference: PreferenceData,
  programme: ProgrammeData,
} as const satisfies Record<Kind, z.ZodMiniType>;

export type RecordSchemas = typeof RECORD_SCHEMAS;
/** A kind's data as read back: checked, and in the schema's normal form. */
export type DataOf<K extends Kind> = z.output<RecordSchemas[K]>;
/** A kind's data as it may be written: whatever its schema accepts. */
export type DataIn<K extends Kind> = z.input<RecordSchemas[K]>;
