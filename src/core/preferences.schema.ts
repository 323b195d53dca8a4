/**
 * The `preference` record's schema (names in preferences.ts): the setting's name and a value
 * checked for that name, so a server or a restore never keeps a value the device could not use.
 */
import * as z from 'zod/mini';
import { ELSEWHERE } from './preferences.js';
import { EMERGENCY_NUMBERS, type Region } from './triage/emergency-numbers.js';

const REGIONS = Object.keys(EMERGENCY_NUMBERS) as [Region, ...Region[]];

export const PreferenceData = z.discriminatedUnion('name', [
  z.strictObject({
    name: z.literal('player'),
    value: z.strictObject({
      speech: z.boolean({ error: 'must be true or false' }),
      chime: z.boolean({ error: 'must be true or false' }),
    }),
  }),
  z.strictObject({
    name: z.literal('region'),
    value: z.enum([...REGIONS, ELSEWHERE], { error: `must be a region or "${ELSEWHERE}"` }),
  }),
]);
