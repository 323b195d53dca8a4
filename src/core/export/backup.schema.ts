/**
 * The backup file's schema: the envelope, then every record checked against its kind's schema
 * (core/sync/kinds.schema.ts), so a restore refuses a bad file whole, naming each bad field, before
 * it writes anything.
 */
import * as z from 'zod/mini';
import type { FieldError } from '../errors.js';
import { parseHlc } from '../sync/hlc.js';
import { RECORD_KINDS } from '../sync/kinds.js';
import { RECORD_SCHEMAS } from '../sync/kinds.schema.js';
import { IdSchema, IsoInstantSchema } from '../units.schema.js';
import { fieldErrors } from '../validation.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup.js';

const Envelope = z.strictObject({
  id: IdSchema,
  kind: z.enum(RECORD_KINDS),
  changedAt: IsoInstantSchema,
  hlc: z.optional(
    z.string().check(z.refine((text) => parseHlc(text) !== undefined, 'must be a clock stamp')),
  ),
  deleted: z.boolean(),
  data: z.unknown(),
});

const Record = Envelope.check(
  z.superRefine((r, ctx) => {
    if (r.deleted) {
      if (r.data !== null)
        ctx.addIssue({
          code: 'custom',
          path: ['data'],
          message: 'a deleted record keeps no data',
          input: r.data,
        });
      return;
    }
    const parsed = RECORD_SCHEMAS[r.kind].safeParse(r.data);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      ctx.addIssue({
        code: 'custom',
        path: ['data', ...issue.path.map((p) => p as string | number)],
        message: issue.message,
        input: r.data,
      });
    }
  }),
);

const SETTINGS_MAX = 100;
const RECORDS_MAX = 100_000;

export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, {
    error: `must be "${BACKUP_FORMAT}": this is not an Unknot backup`,
  }),
  version: z.literal(BACKUP_VERSION, {
    error: `must be ${BACKUP_VERSION}, the version this app reads`,
  }),
  exportedAt: IsoInstantSchema,
  records: z.array(Record).check(z.maxLength(RECORDS_MAX)),
  settings: z
    .array(
      z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(80)), value: z.unknown() }),
    )
    .check(z.maxLength(SETTINGS_MAX)),
});

/** The file checked whole, its records' data in their schemas' normal form; or every bad field. */
export function parseBackup(
  input: unknown,
): { ok: true; backup: Backup } | { ok: false; errors: FieldError[] } {
  const parsed = BackupSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: fieldErrors(parsed.error) };
  }
  const records = parsed.data.records.map((r) =>
    r.deleted
      ? { ...r, deleted: true as const, data: null }
      : { ...r, deleted: false as const, data: RECORD_SCHEMAS[r.kind].parse(r.data) },
  );
  return { ok: true, backup: { ...parsed.data, records } as Backup };
}
