/**
 * Who may read a person's records: the one decision every route that touches them asks (DESIGN:
 * "access is decided in one place"). A person reads their own records and no one else's; a
 * clinician reads a person's records of a kind only through a consent that person made for them,
 * not revoked, whose scopes open that kind, and only while the clinician's account is enabled.
 * Pure: the consents are passed in, read on each request, so revoking takes effect on the next one.
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

/**
 * Whether a consent is in force: not revoked. A revocation is stamped "now" by whichever server
 * process took it, so comparing it with another process's clock could let a request through after
 * it; any revocation at all ends the consent.
 */
export function inForce(consent: Consent): boolean {
  return consent.revokedAt === undefined;
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
): Decision {
  if (actor.accountId === ownerId) return { allowed: true, reason: 'own' };
  if (actor.role === 'person') return { allowed: false, reason: 'not-theirs' };
  if (actor.disabled) return { allowed: false, reason: 'clinician-disabled' };
  const scope = scopeOf(kind);
  if (scope === undefined) return { allowed: false, reason: 'never-shared' };
  const theirs = consents.filter(
    (c) => c.personId === ownerId && c.clinicianId === actor.accountId && inForce(c),
  );
  if (theirs.length === 0) return { allowed: false, reason: 'no-consent' };
  const opening = theirs.find((c) => c.scopes.includes(scope));
  if (opening === undefined) return { allowed: false, reason: 'out-of-scope' };
  return { allowed: true, reason: 'consent', consentId: opening.id };
}
