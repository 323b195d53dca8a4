/**
 * Test support: changes as devices push them, shared by the sync tests of core, the server and
 * the bench. Stamps are made with the real clock functions, so they are real stamps.
 */
import { fixtureId } from '../diary/fixtures.js';
import type { Change } from './change.js';
import { hlcText } from './hlc.js';

export const NODE_A = '00000000000000aa';
export const NODE_B = '00000000000000bb';
export const AT = Date.parse('2026-03-02T08:00:00.000Z');

export const stamp = (millis: number, counter = 0, node = NODE_A): string =>
  hlcText({ millis, counter, node });

/** The n-th diary entry as a change stamped `hlc`, scored `pain`. */
export function diaryChange(n: number, pain: number, hlc = stamp(AT + n)): Change {
  return {
    id: fixtureId(n),
    kind: 'diary-entry',
    hlc,
    deleted: false,
    data: { at: new Date(AT + n * 60_000).toISOString(), pain0to10: pain },
  };
}

export function tombstoneChange(n: number, hlc: string): Change {
  return { id: fixtureId(n), kind: 'diary-entry', hlc, deleted: true, data: null };
}
