import { describe, expect, it } from 'vitest';
import { fhirErrors } from '../export/fhir-validators.test-support.js';
import { AUDIT_ACTIONS, type AuditEntry, auditEventResource } from './audit.js';

const entry = (extra: Partial<AuditEntry> = {}): AuditEntry => ({
  id: '0190a000-0000-7000-8000-000000000001',
  at: '2026-12-04T09:00:00.000Z',
  actor: { role: 'clinician', accountId: 'clinician-1' },
  sessionId: 'session-1',
  action: 'read',
  personId: 'person-ana',
  scope: 'diary',
  recordId: '0190a000-0000-7000-8000-000000000002',
  consentId: 'consent-1',
  outcome: 'allowed',
  ...extra,
});

describe('the audit trail as FHIR', () => {
  it('writes every action, allowed or refused, as an AuditEvent that validators not ours accept', () => {
    for (const action of AUDIT_ACTIONS) {
      for (const outcome of ['allowed', 'denied'] as const) {
        expect(fhirErrors(auditEventResource(entry({ action, outcome })))).toEqual([]);
      }
    }
  });

  it('names who asked, from which session, whose records, the scope and the record', () => {
    const event = auditEventResource(entry());
    expect(event.action).toBe('R');
    expect(event.outcome).toBe('0');
    expect(event.agent[0]).toMatchObject({
      who: { reference: 'Practitioner/clinician-1' },
      altId: 'session-1',
    });
    expect(event.entity?.map((e) => e.what)).toEqual([
      { reference: 'Patient/person-ana' },
      { reference: 'Consent/consent-1' },
      { identifier: { value: '0190a000-0000-7000-8000-000000000002' } },
    ]);
    expect(event.entity?.[0]?.detail).toEqual([{ type: 'scope', valueString: 'diary' }]);
  });

  it('marks a refused request as a failure and a consent change by the person as theirs', () => {
    expect(auditEventResource(entry({ outcome: 'denied' })).outcome).toBe('4');
    const revoked = auditEventResource(
      entry({ action: 'consent-revoked', actor: { role: 'person', accountId: 'person-ana' } }),
    );
    expect(revoked.agent[0]?.who).toEqual({ reference: 'Patient/person-ana' });
    expect(revoked.action).toBe('U');
  });

  it('names every scope a consent change shared', () => {
    const made = auditEventResource(
      entry({
        action: 'consent-made',
        scope: undefined,
        recordId: undefined,
        scopes: ['diary', 'plan'],
      }),
    );
    expect(made.entity?.[0]?.detail).toEqual([
      { type: 'scope', valueString: 'diary' },
      { type: 'scope', valueString: 'plan' },
    ]);
    expect(fhirErrors(made)).toEqual([]);
  });
});
