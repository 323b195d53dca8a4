/**
 * The move to the device's fifth layout: the plan's daily check-ins become pain diary entries, so
 * every score the person gave is in one diary. A check-in record keeps its id and change stamp and
 * becomes a `diary-entry` with the same moment and score; a deleted check-in stays deleted. It
 * never drops anything: a check-in it cannot read is carried over as it is, under the new kind,
 * and the record layer then skips it on read with a report, as it does any record that fails its
 * schema. Pure, so it is tested on its own.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export const OLD_KIND = 'check-in';
export const NEW_KIND = 'diary-entry';

/** A stored record: a check-in moved to the diary, anything else as it is. */
export function checkInToDiary(raw: unknown): unknown {
  if (!isObject(raw) || raw.kind !== OLD_KIND) return raw;
  const data = raw.data;
  if (raw.deleted === true || !isObject(data)) return { ...raw, kind: NEW_KIND };
  // Version 3's check-ins all had `at`; one without it is dated noon UTC of its day.
  const at =
    typeof data.at === 'string'
      ? data.at
      : typeof data.date === 'string'
        ? `${data.date}T12:00:00.000Z`
        : data.at;
  return { ...raw, kind: NEW_KIND, data: { at, pain0to10: data.pain0to10 } };
}
