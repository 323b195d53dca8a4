/**
 * Test support: one valid record of every kind a device writes, made with the real engines (the
 * plan's generator, the check's rules), for tests that need a person's whole store: the sharing
 * scopes, the clinician's view and the authorization matrix. Programmes are written by clinicians
 * and are not here.
 */
import { makeProfile, WEEK } from '../plan/fixtures.js';
import { generatePlan } from '../plan/index.js';
import { checkRecord } from '../triage/check-record.js';
import { evaluate } from '../triage/engine.js';
import type { Change } from './change.js';
import { stamp } from './fixtures.js';
import type { Kind } from './kinds.js';

/** Ids 0190a000-0000-7000-8000-0000000001nn, one per kind. */
const idOf = (n: number) => `0190a000-0000-7000-8000-${(0x100 + n).toString(16).padStart(12, '0')}`;

export function dataOfEachKind(at: number): Record<Exclude<Kind, 'programme'>, unknown> {
  const when = new Date(at);
  const profile = makeProfile();
  const plan = generatePlan({ profile, state: {}, weekStart: WEEK });
  const answers = { ageYears: 40, durationDays: 2 };
  return {
    'diary-entry': { at: when.toISOString(), pain0to10: 6, note: 'Stiff after the drive' },
    'habit-tick': { date: '2026-03-02', habitId: 'walk' },
    profile: { profile, skipped: false, savedAt: when.toISOString() },
    plan: { plan, base: plan, generatedAt: when.toISOString() },
    'session-log': {
      startedAt: when.toISOString(),
      endedAt: new Date(at + 60_000).toISOString(),
      exercises: [{ exerciseId: 'knee-to-chest', repsDone: 1, setsDone: 0, completed: false }],
      stoppedForPain: true,
      stopPain0to10: 7,
    },
    'check-result': checkRecord(when, answers, evaluate(answers), 'UK'),
    preference: { name: 'region', value: 'UK' },
  };
}

/** One change of every kind a device writes, stamped from `at`. */
export function changeOfEachKind(at: number): Change[] {
  return Object.entries(dataOfEachKind(at)).map(([kind, data], i) => ({
    id: idOf(i),
    kind: kind as Kind,
    hlc: stamp(at + i),
    deleted: false,
    data,
  }));
}
