/**
 * Who may read a person's records: the one decision every route that touches them asks (DESIGN:
 * "access is decided in one place"). A person reads their own records and no one else's; a
 * clinician reads a person's records of a kind only through a consent that person made for them,
 * not revoked, whose scopes open that kind, and only while the clinician's account is enabled.
 * Pure: the consents and the time are passed in, so revoking takes effect on the next request.
 */
import type { Kind } from '../sync/kinds.js';
import { type ConsentScope, scopeOf } from './scopes.js';

export type Actor =
  | { role: 'person'; accountId: string }
  | { role: 'clinician'; accountId: string; disabled: boolean };

/** A person's consent for one clinician (FHIR Consent: patient, actor, provision). */
export interface Consent {
  id: string;
  personId: string;
  clinicianId: string;
  scopes: readonly ConsentScope[];
  createdAt: string;
  /** When the person revoked it; a revoked consent opens nothing. */
  revokedAt?: string;
}

export type Decision =
  | { allowed: true; reason: 'own' | 'consent'; consentId?: string }
  | {
      allowed: false;
      reason: 'not-theirs' | 'clinician-disabled' | 'no-consent' | 'out-of-scope' | 'never-shared';
    };

/** Whether a consent is in force at `nowMs`. */
export function inForce(consent: Consent, nowMs: number): boolean {
  return consent.revokedAt === undefined || Date.parse(consent.revokedAt) > nowMs;
}

/**
 * May `actor` read `ownerId`'s records of `kind`? `consents` may hold any consents; only those of
 * this owner for this clinician count.
 */
export function canRead(
  actor: Actor,
  ownerId: string,
  kind: Kind,
  consents: readonly Consent[],
  nowMs: number,
): Decision {
  if (actor.accountId === ownerId) return { allowed: true, reason: 'own' };
  if (actor.role === 'person') return { allowed: false, reason: 'not-theirs' };
  if (actor.disabled) return { allowed: false, reason: 'clinician-disabled' };
  const scope = scopeOf(kind);
  if (scope === undefined) return { allowed: false, reason: 'never-shared' };
  const theirs = consents.filter(
    (c) => c.personId === ownerId && c.clinicianId === actor.accountId && inForce(c, nowMs),
  );
  if (theirs.length === 0) return { allowed: false, reason: 'no-consent' };
  const opening = theirs.find((c) => c.scopes.includes(scope));
  if (opening === undefined) return { allowed: false, reason: 'out-of-scope' };
  return { allowed: true, reason: 'consent', consentId: opening.id };
}
