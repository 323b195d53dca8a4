/**
 * The clinician's programmes kept on this device (records of kind `programme`, arrived by sync),
 * each with what it runs at now: its doses over its weeks so far (core/programme/progression.ts,
 * from this device's session logs and diary), this week's sessions done, and whether its review
 * has come. Reads only the device, so the plan, the player and the handout work offline. A
 * programme the clinician ended is a tombstone and is simply not here.
 */
import type { DiaryEntry } from '../../core/diary/entry.js';
import {
  isRunning,
  type Programme,
  type ProgrammeExercise,
  reviewDue,
} from '../../core/programme/programme.js';
import {
  type ProgrammeSession,
  type ProgrammeWeek,
  playerDose,
  programmeDoses,
  programmeWeeks,
} from '../../core/programme/progression.js';
import { localDate } from '../../core/time/index.js';
import type { IsoDate } from '../../core/units.js';
import { browserTimeZone } from '../dates.js';
import { loadEntries } from '../diary/data.js';
import { type ExerciseItem, exerciseById } from '../exercises/catalogue.js';
import type { GivenDose } from '../player/build.js';
import { recentLogs } from '../player/logs.js';
import { getRecord, listRecords } from '../store/records.js';

export interface ProgrammeNow {
  id: string;
  programme: Programme;
  /** Each exercise at the dose it runs at now: the clinician's, or stepped up when they allowed it. */
  doses: ProgrammeExercise[];
  /** The programme's week that holds today; undefined before it starts. */
  week: ProgrammeWeek | undefined;
  today: IsoDate;
  started: boolean;
  reviewDue: boolean;
}

/** What the programme runs at on `today`, from the sessions and diary given. */
export function programmeNow(input: {
  id: string;
  programme: Programme;
  sessions: readonly ProgrammeSession[];
  diary: readonly DiaryEntry[];
  today: IsoDate;
  timeZone: string;
}): ProgrammeNow {
  const { id, programme, today } = input;
  const weeks = programmeWeeks({ ...input, programmeId: id });
  return {
    id,
    programme,
    doses: programmeDoses(programme, weeks),
    week: weeks.at(-1),
    today,
    started: isRunning(programme, today),
    reviewDue: reviewDue(programme, today),
  };
}

/** An exercise of the programme with its library item; one the library lacks is left out. */
export interface ProgrammeStep {
  item: ExerciseItem;
  exercise: ProgrammeExercise;
  /** The dose as the player takes it. */
  dose: GivenDose;
}

export function programmeSteps(now: Pick<ProgrammeNow, 'doses'>): ProgrammeStep[] {
  return now.doses.flatMap((exercise) => {
    const item = exerciseById(exercise.exerciseId);
    if (item === undefined) return [];
    const { perSide, ...numbers } = playerDose(exercise, item.exercise.perSide);
    const dose: GivenDose =
      exercise.side === 'both' ? { ...numbers, perSide } : { ...numbers, side: exercise.side };
    return [{ item, exercise, dose }];
  });
}

/** Newest assigned first: the one the clinician saved last is the one they are likely to ask about. */
const byAssigned = (a: ProgrammeNow, b: ProgrammeNow) =>
  b.programme.assignedAt.localeCompare(a.programme.assignedAt);

async function context(now: number) {
  const timeZone = browserTimeZone();
  const [sessions, diary] = await Promise.all([
    recentLogs(2000).catch(() => []),
    loadEntries().catch(() => [] as DiaryEntry[]),
  ]);
  return { timeZone, today: localDate(now, timeZone), sessions, diary };
}

/** Every programme on the device with what it runs at now. */
export async function loadProgrammes(now = Date.now()): Promise<ProgrammeNow[]> {
  const records = await listRecords('programme');
  if (records.length === 0) return [];
  const shared = await context(now);
  return records
    .map((r) => programmeNow({ ...shared, id: r.id, programme: r.data }))
    .sort(byAssigned);
}

/** One programme with what it runs at now, or undefined when it is not on the device (or ended). */
export async function loadProgramme(
  id: string,
  now = Date.now(),
): Promise<ProgrammeNow | undefined> {
  const record = await getRecord('programme', id);
  if (record === undefined) return undefined;
  return programmeNow({ ...(await context(now)), id, programme: record.data });
}
