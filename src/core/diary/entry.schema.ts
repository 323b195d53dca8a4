/**
 * The diary entry's schema (zod/mini, like every record the device checks on read): one check for
 * the browser's store, the API and the CLI, naming each bad field.
 */
import * as z from 'zod/mini';
import { IdSchema, IsoInstantSchema, PainScoreSchema } from '../units.schema.js';
import { HELPED, NAME_MAX, NOTE_MAX, SET_OFF_BY, WHERE } from './entry.js';

const Name = z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX));

/** An entry as the device keeps it: the record's own id is the entry's id. */
export const DiaryEntryData = z.strictObject({
  at: IsoInstantSchema,
  pain0to10: PainScoreSchema,
  where: z.optional(z.array(z.enum(WHERE)).check(z.maxLength(WHERE.length))),
  setOffBy: z.optional(z.array(z.enum(SET_OFF_BY)).check(z.maxLength(SET_OFF_BY.length))),
  helped: z.optional(z.array(z.enum(HELPED)).check(z.maxLength(HELPED.length))),
  medicine: z.optional(Name),
  sleepDisturbed: z.optional(z.boolean()),
  activity: z.optional(z.strictObject({ name: Name, managed0to10: PainScoreSchema })),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX))),
  episodeOver: z.optional(z.boolean()),
});

/** An entry as the API, the CLI and a backup carry it: with its id. */
export const DiaryEntrySchema = z.extend(DiaryEntryData, { id: IdSchema });
