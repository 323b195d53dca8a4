import { describe, expect, it } from 'vitest';
import { fhirErrors } from '../export/fhir-validators.test-support.js';
import type { Consent } from './access.js';
import type { AuditEntry } from './audit.js';
import { consentResource, SCOPE_SYSTEM, sharingBundle } from './fhir.js';

const consent: Consent = {
  id: '0190a000-0000-7000-8000-00000000000c',
  personId: 'person-ana',
  clinicianId: 'clinician-1',
  scopes: ['diary', 'sessions'],
  createdAt: '2026-12-01T09:00:00.000Z',
};
const entry: AuditEntry = {
  id: '0190a000-0000-7000-8000-00000000000e',
  at: '2026-12-02T09:00:00.000Z',
  actor: { role: 'clinician', accountId: 'clinician-1' },
  sessionId: 'session-1',
  action: 'read',
  personId: 'person-ana',
  scope: 'diary',
  consentId: consent.id,
  outcome: 'allowed',
};

describe('consents and the trail as FHIR', () => {
  it('writes a consent in force and a revoked one as Consents that validators not ours accept', () => {
    const active = consentResource(consent);
    const revoked = consentResource({ ...consent, revokedAt: '2026-12-03T09:00:00.000Z' });
    expect(fhirErrors(active)).toEqual([]);
    expect(fhirErrors(revoked)).toEqual([]);
    expect(active.status).toBe('active');
    expect(revoked.status).toBe('inactive');
    expect(revoked.provision?.period).toEqual({
      start: consent.createdAt,
      end: '2026-12-03T09:00:00.000Z',
    });
  });

  it('names the practitioner permitted and exactly the scopes chosen', () => {
    const resource = consentResource(consent);
    expect(resource.provision?.actor?.[0]?.reference).toEqual({
      reference: 'Practitioner/clinician-1',
    });
    expect(resource.provision?.code?.map((c) => c.coding?.[0])).toEqual([
      { system: SCOPE_SYSTEM, code: 'diary', display: 'Pain diary and trend' },
      { system: SCOPE_SYSTEM, code: 'sessions', display: 'Exercise sessions and adherence' },
    ]);
  });

  it('gathers consents and trail entries in one valid collection Bundle', () => {
    const bundle = sharingBundle([consent], [entry], 'bundle-1', '2026-12-04T09:00:00.000Z');
    expect(fhirErrors(bundle)).toEqual([]);
    expect(bundle.entry?.map((e) => e.resource?.resourceType)).toEqual(['Consent', 'AuditEvent']);
  });
});
