/**
 * What a person can let their clinician see (issue 10), each scope in the person's words and the
 * record kinds it opens. A scope opens only these kinds: settings that follow the person
 * (`preference`) are never shared, whatever is chosen.
 */
import type { Kind } from '../sync/kinds.js';

export const CONSENT_SCOPES = ['diary', 'sessions', 'checks', 'plan'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export const SCOPE_WORDS: Record<ConsentScope, { title: string; detail: string }> = {
  diary: {
    title: 'Pain diary and trend',
    detail: 'Your pain scores, where it hurt, what set it off and what helped, and the trend.',
  },
  sessions: {
    title: 'Exercise sessions and adherence',
    detail: 'The sessions you did or stopped, "This hurts" stops, and habits ticked off.',
  },
  checks: {
    title: 'Check results',
    detail: 'What "Should I see a doctor?" said each time, with its reasons.',
  },
  plan: {
    title: 'Your plan',
    detail: 'Your weekly plan, the answers it was made from, and programmes from any clinician.',
  },
};

/** The record kinds each scope opens to a clinician. */
export const SCOPE_KINDS: Record<ConsentScope, readonly Kind[]> = {
  diary: ['diary-entry'],
  sessions: ['session-log', 'habit-tick'],
  checks: ['check-result'],
  plan: ['plan', 'profile', 'programme'],
};

/** The scope that opens a kind, if any does. */
export function scopeOf(kind: Kind): ConsentScope | undefined {
  return CONSENT_SCOPES.find((scope) => SCOPE_KINDS[scope].includes(kind));
}

export function isScope(value: unknown): value is ConsentScope {
  return (CONSENT_SCOPES as readonly unknown[]).includes(value);
}
