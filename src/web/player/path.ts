/**
 * The player's address: `/session?exercises=a,b[&dose=20-2-1,5-5-1][&from=relief|plan]`. Any page
 * may link into a session with `sessionPath`; the player reads it back with `readSessionQuery`. A
 * dose (hold seconds, reps, sets per exercise) lets the plan run its own, adapted doses; without
 * one, each exercise runs at its starting dose.
 */
import { type Dose, HOLD_SECONDS, REPS, SETS } from '../../core/exercises/dose.js';

export const SESSION_PATH = '/session';

/** Where a session was started from, so its end can lead back there. */
export type SessionOrigin = 'relief' | 'plan';

/** What the address carries of a dose: the exercise itself says whether it is per side. */
export type SessionDose = Readonly<Pick<Dose, 'holdSeconds' | 'reps' | 'sets'>>;

export function sessionPath(
  exerciseIds: readonly string[],
  from?: SessionOrigin,
  doses?: readonly SessionDose[],
): string {
  const params = new URLSearchParams({ exercises: exerciseIds.join(',') });
  if (doses !== undefined) {
    params.set('dose', doses.map((d) => `${d.holdSeconds}-${d.reps}-${d.sets}`).join(','));
  }
  if (from !== undefined) params.set('from', from);
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
  return { exerciseIds, doses, from };
}
