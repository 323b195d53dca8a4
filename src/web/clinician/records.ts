/**
 * One person's shared records, read for the clinician's screens: the server's list of records
 * (each kind only when the consent's scopes open it) sorted into the diary, the sessions, the
 * checks and the plan, and from those what the person page and the printed summary show, worked
 * out by core's own rules (the diary's summary, the programme's weeks, "This hurts" stops) so the
 * clinician sees exactly what the person's diary and plan see. Pure: today and the zone are passed
 * in.
 */
import type { PersonRecords, ProgrammeView } from '../../core/consent/api.schema.js';
import type { ConsentScope } from '../../core/consent/scopes.js';
import type { DiaryEntry, DiaryEntryData } from '../../core/diary/entry.js';
import { byTime } from '../../core/diary/summary.js';
import { libraryExercise } from '../../core/plan/catalogue.js';
import type { PlanRecord } from '../../core/plan/records.js';
import type { SessionRecord } from '../../core/player/record.js';
import { stoppedOn } from '../../core/player/summary.js';
import type { Programme, ProgrammeExercise } from '../../core/programme/programme.js';
import {
  type ProgrammeWeek,
  programmeDoses,
  programmeWeeks,
} from '../../core/programme/progression.js';
import { localDate } from '../../core/time/index.js';
import type { CheckRecord } from '../../core/triage/check-record.js';
import type { PastCheck } from '../check/history.js';
import { type DiaryOverview, overviewFrom } from '../diary/overview.js';

export interface Shared {
  today: string;
  timeZone: string;
  scopes: ReadonlySet<ConsentScope>;
  /** Oldest first. */
  entries: DiaryEntry[];
  /** Newest first. */
  logs: SessionRecord[];
  /** Newest first. */
  checks: PastCheck[];
  plan: PlanRecord | undefined;
  /** Programmes other clinicians gave the person, seen through the plan scope. */
  otherProgrammes: ProgrammeView[];
  /** This clinician's programmes, as the server gives them. */
  programmes: ProgrammeView[];
}

/**
 * The server's records by kind. Their data was checked against each kind's schema when it was
 * kept, and the server sends only what it read back through them, so it is trusted as its type.
 */
export function sharedOf(data: PersonRecords, today: string, timeZone: string): Shared {
  const of = <T>(kind: string): { id: string; data: T }[] =>
    data.records.filter((r) => r.kind === kind).map((r) => ({ id: r.id, data: r.data as T }));
  const entries = byTime(
    of<DiaryEntryData>('diary-entry').map((r): DiaryEntry => ({ id: r.id, ...r.data })),
  );
  const logs = of<Omit<SessionRecord, 'id'>>('session-log')
    .map((r): SessionRecord => ({ id: r.id, ...r.data }))
    .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
  const checks = of<CheckRecord>('check-result')
    .map((r): PastCheck => ({ id: r.id, ...r.data }))
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const plans = of<PlanRecord>('plan').sort((a, b) =>
    a.data.generatedAt < b.data.generatedAt ? 1 : -1,
  );
  const mine = new Set(data.programmes.map((p) => p.id));
  return {
    today,
    timeZone,
    scopes: new Set(data.person.scopes),
    entries,
    logs,
    checks,
    plan: plans[0]?.data,
    otherProgrammes: of<Programme>('programme').filter((p) => !mine.has(p.id)),
    programmes: [...data.programmes].sort((a, b) => (a.data.startDate < b.data.startDate ? 1 : -1)),
  };
}

const dayOf = (at: string, timeZone: string) => localDate(Date.parse(at), timeZone);

/** What the diary's one-page summary reads, made from the shared records instead of the device. */
export function overviewOf(shared: Shared): DiaryOverview {
  return overviewFrom({
    entries: shared.entries,
    logs: shared.logs,
    checks: shared.checks,
    plan: shared.plan,
    today: shared.today,
    timeZone: shared.timeZone,
  });
}

export interface HurtStop {
  id: string;
  date: string;
  exercise: string;
  /** The pain the person gave when they stopped, when they gave one. */
  pain: number | undefined;
  /** The title of this clinician's programme the session ran, if it ran one. */
  programme: string | undefined;
}

/** Every "This hurts" stop, newest first, with the exercise it happened on. */
export function hurtStops(shared: Shared): HurtStop[] {
  const titles = new Map(shared.programmes.map((p) => [p.id, p.data.title]));
  return shared.logs.flatMap((log) => {
    const on = stoppedOn(log);
    if (on === undefined) return [];
    return [
      {
        id: log.id,
        date: dayOf(log.startedAt, shared.timeZone),
        exercise: libraryExercise(on)?.title ?? on,
        pain: log.stopPain0to10,
        programme: log.programmeId === undefined ? undefined : titles.get(log.programmeId),
      },
    ];
  });
}

/** A programme's weeks so far, oldest first: sessions done against asked, stops, the pain. */
export function weeksOf(programme: ProgrammeView, shared: Shared): ProgrammeWeek[] {
  return programmeWeeks({
    programmeId: programme.id,
    programme: programme.data,
    sessions: shared.logs,
    diary: shared.entries,
    today: shared.today,
    timeZone: shared.timeZone,
  });
}

/**
 * Each programme's doses as the person's player runs them now, where the clinician let doses step
 * up and the person shares their sessions (without them, the steps cannot be known).
 */
export function dosesNowOf(shared: Shared): Map<string, ProgrammeExercise[]> {
  const out = new Map<string, ProgrammeExercise[]>();
  if (!shared.scopes.has('sessions')) return out;
  for (const p of shared.programmes) {
    if (p.data.allowProgression) out.set(p.id, programmeDoses(p.data, weeksOf(p, shared)));
  }
  return out;
}
