/**
 * The player's address:
 * `/session?exercises=a,b[&dose=20-2-1,5-5-1][&from=relief|plan][&programme=<id>]`. Any page may
 * link into a session with `sessionPath`; the player reads it back with `readSessionQuery`. A dose
 * (hold seconds, reps, sets per exercise) lets the plan run its own, adapted doses; without one,
 * each exercise runs at its starting dose. A programme names a clinician's programme kept on the
 * device: the player then runs it from the record (its doses and sides now), not from the address,
 * and logs the session against it.
 */
import { type Dose, HOLD_SECONDS, REPS, SETS } from '../../core/exercises/dose.js';
import { UUID_V7_PATTERN } from '../../core/ids.js';

export const SESSION_PATH = '/session';

/** Where a session was started from, so its end can lead back there. */
export type SessionOrigin = 'relief' | 'plan';

/** What the address carries of a dose: the exercise itself says whether it is per side. */
export type SessionDose = Readonly<Pick<Dose, 'holdSeconds' | 'reps' | 'sets'>>;

export function sessionPath(
  exerciseIds: readonly string[],
  from?: SessionOrigin,
  doses?: readonly SessionDose[],
  programmeId?: string,
): string {
  const params = new URLSearchParams({ exercises: exerciseIds.join(',') });
  if (doses !== undefined) {
    params.set('dose', doses.map((d) => `${d.holdSeconds}-${d.reps}-${d.sets}`).join(','));
  }
  if (from !== undefined) params.set('from', from);
  if (programmeId !== undefined) params.set('programme', programmeId);
  // Commas are safe in a query and keep the address readable.
  return `${SESSION_PATH}?${params.toString().replace(/%2C/g, ',')}`;
}

const within = (n: number, range: { min: number; max: number }) => n >= range.min && n <= range.max;

/** "20-2-1" as a dose, or undefined when it is not one the player can run. */
function readDose(text: string | undefined): SessionDose | undefined {
  const match = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/.exec(text?.trim() ?? '');
  if (match === null) return undefined;
  const [holdSeconds, reps, sets] = match.slice(1).map(Number) as [number, number, number];
  if (!within(holdSeconds, HOLD_SECONDS) || !within(reps, REPS) || !within(sets, SETS)) {
    return undefined;
  }
  return { holdSeconds, reps, sets };
}

export function readSessionQuery(query: Record<string, string | undefined>): {
  exerciseIds: string[];
  /** One per exercise id; undefined where the address gave none, or one out of range. */
  doses: (SessionDose | undefined)[];
  from: SessionOrigin | undefined;
  /** The clinician's programme to run, when the address names one by its record id. */
  programmeId: string | undefined;
} {
  const doseTexts = (query.dose ?? '').split(',');
  const exerciseIds: string[] = [];
  const doses: (SessionDose | undefined)[] = [];
  (query.exercises ?? '').split(',').forEach((raw, i) => {
    const id = raw.trim();
    if (id === '' || exerciseIds.includes(id)) return;
    exerciseIds.push(id);
    doses.push(readDose(doseTexts[i]));
  });
  const from = query.from === 'relief' || query.from === 'plan' ? query.from : undefined;
  const programme = query.programme?.trim();
  // Only a record id: anything else could never name a programme on the device.
  const programmeId =
    programme !== undefined && UUID_V7_PATTERN.test(programme) ? programme : undefined;
  return { exerciseIds, doses, from, programmeId };
}
