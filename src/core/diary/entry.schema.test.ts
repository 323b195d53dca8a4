import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { DiaryEntry } from './entry.js';
import { DiaryEntrySchema } from './entry.schema.js';

const ENTRY = {
  id: '0190a000-0000-7000-8000-000000000001',
  at: '2026-03-02T08:30:00.000Z',
  pain0to10: 6,
  where: ['lower-back', 'left-leg'],
  setOffBy: ['lifting'],
  helped: ['heat', 'medicine'],
  medicine: 'Ibuprofen',
  sleepDisturbed: true,
  activity: { name: 'Putting on socks', managed0to10: 4 },
  note: 'Worse after the drive.',
};

/** The paths of the fields a schema refuses in `value`. */
function badFields(value: unknown): string[] {
  const result = DiaryEntrySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('a diary entry', () => {
  it('is the type the rest of the diary uses', () => {
    expectTypeOf<z.infer<typeof DiaryEntrySchema>>().toEqualTypeOf<DiaryEntry>();
  });

  it('takes the pain alone, or with every optional field', () => {
    expect(DiaryEntrySchema.parse({ id: ENTRY.id, at: ENTRY.at, pain0to10: 0 })).toEqual({
      id: ENTRY.id,
      at: ENTRY.at,
      pain0to10: 0,
    });
    expect(DiaryEntrySchema.parse(ENTRY)).toEqual(ENTRY);
  });

  it('names each field it refuses', () => {
    expect(badFields({ ...ENTRY, pain0to10: 11 })).toEqual(['pain0to10']);
    expect(badFields({ ...ENTRY, pain0to10: 2.5 })).toEqual(['pain0to10']);
    expect(badFields({ ...ENTRY, id: 'not-an-id' })).toEqual(['id']);
    expect(badFields({ ...ENTRY, at: '2 March' })).toEqual(['at']);
    expect(badFields({ ...ENTRY, where: ['knee'] })).toEqual(['where.0']);
    expect(badFields({ ...ENTRY, medicine: 'x'.repeat(61) })).toEqual(['medicine']);
    expect(badFields({ ...ENTRY, activity: { name: 'Walking', managed0to10: 12 } })).toEqual([
      'activity.managed0to10',
    ]);
    expect(badFields({ ...ENTRY, note: 'x'.repeat(501) })).toEqual(['note']);
    expect(badFields({ ...ENTRY, dose: '400 mg' })).toEqual(['']);
  });
});
