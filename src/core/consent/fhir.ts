/**
 * A person's consents and audit trail as FHIR R4, for the download on their sharing page: each
 * consent as a `Consent` (the person permits one practitioner to see the scopes they chose, from
 * when it was made until it was revoked) and each audit entry as an `AuditEvent` (audit.ts), in one
 * `collection` Bundle. Pure: times and ids come in with the consents and entries.
 */
import type { Bundle, Consent as FhirConsent } from '@medplum/fhirtypes';
import type { Consent } from './access.js';
import { type AuditEntry, auditEventResource } from './audit.js';
import { SCOPE_WORDS } from './scopes.js';

/** Our scopes, named in our own code system: FHIR has no codes for "pain diary" and the like. */
export const SCOPE_SYSTEM = 'https://unknot.app/fhir/CodeSystem/consent-scope';

export function consentResource(consent: Consent): FhirConsent {
  return {
    resourceType: 'Consent',
    id: consent.id,
    status: consent.revokedAt === undefined ? 'active' : 'inactive',
    scope: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/consentscope',
          code: 'patient-privacy',
          display: 'Privacy Consent',
        },
      ],
    },
    category: [
      { coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] },
    ],
    patient: { reference: `Patient/${consent.personId}` },
    dateTime: consent.createdAt,
    performer: [{ reference: `Patient/${consent.personId}` }],
    policyRule: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
          code: 'OPTIN',
          display: 'opt-in',
        },
      ],
    },
    provision: {
      type: 'permit',
      period: {
        start: consent.createdAt,
        ...(consent.revokedAt === undefined ? {} : { end: consent.revokedAt }),
      },
      actor: [
        {
          role: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
                code: 'PRCP',
                display: 'primary information recipient',
              },
            ],
          },
          reference: { reference: `Practitioner/${consent.clinicianId}` },
        },
      ],
      action: [
        {
          coding: [
            { system: 'http://terminology.hl7.org/CodeSystem/consentaction', code: 'access' },
          ],
        },
      ],
      code: consent.scopes.map((scope) => ({
        coding: [{ system: SCOPE_SYSTEM, code: scope, display: SCOPE_WORDS[scope].title }],
      })),
    },
  };
}

/** The consents and the trail in one Bundle. */
export function sharingBundle(
  consents: readonly Consent[],
  entries: readonly AuditEntry[],
  id: string,
  at: string,
): Bundle {
  return {
    resourceType: 'Bundle',
    id,
    type: 'collection',
    timestamp: at,
    entry: [
      ...consents.map((c) => ({ fullUrl: `urn:uuid:${c.id}`, resource: consentResource(c) })),
      ...entries.map((e) => ({ fullUrl: `urn:uuid:${e.id}`, resource: auditEventResource(e) })),
    ],
  };
}
