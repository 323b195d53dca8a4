/** The schema of a kept check (see check-record.ts), which the device checks on every read. */
import * as z from 'zod/mini';
import { IsoInstantSchema } from '../units.schema.js';
import { Answers } from './answers.schema.js';
import type * as T from './check-record.js';
import { EMERGENCY_NUMBERS, type Region } from './emergency-numbers.js';
import { Actions, Disposition, Reasons, SafetyNet } from './result.schema.js';

const REGIONS = Object.keys(EMERGENCY_NUMBERS) as [Region, ...Region[]];

export const CheckRecord = z.strictObject({
  createdAt: IsoInstantSchema,
  answers: Answers,
  disposition: Disposition,
  reasons: Reasons,
  actions: Actions,
  safetyNet: SafetyNet,
  region: z.optional(z.enum(REGIONS)),
}) satisfies z.ZodMiniType<T.CheckRecord>;
