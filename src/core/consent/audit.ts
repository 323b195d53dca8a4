/**
 * The audit trail (issue 10): one entry for every read or write of a person's records by someone
 * other than them, and for every change to a consent, appended and never edited; the person can
 * read theirs and download it as FHIR R4 AuditEvents. Pure: ids and times are passed in.
 */
import type { AuditEvent } from '@medplum/fhirtypes';
import type { Actor } from './access.js';
import type { ConsentScope } from './scopes.js';

export const AUDIT_ACTIONS = [
  'code-made',
  'read',
  'write',
  'consent-made',
  'consent-changed',
  'consent-revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: string;
  /** ISO 8601 UTC. */
  at: string;
  actor: Pick<Actor, 'role' | 'accountId'>;
  /** The session the request came from. */
  sessionId: string;
  action: AuditAction;
  /** Whose records or consent. */
  personId: string;
  scope?: ConsentScope;
  /** What a consent change shared: the scopes a code was made for, or a consent made or changed to. */
  scopes?: readonly ConsentScope[];
  /** The record read or written, when one was. */
  recordId?: string;
  /** The consent made, changed or revoked, or the one that allowed a read. */
  consentId?: string;
  outcome: 'allowed' | 'denied';
}

/** FHIR's action codes: Create, Read, Update. */
const FHIR_ACTION: Record<AuditAction, 'C' | 'R' | 'U'> = {
  'code-made': 'C',
  read: 'R',
  write: 'U',
  'consent-made': 'C',
  'consent-changed': 'U',
  'consent-revoked': 'U',
};

const who = (actor: AuditEntry['actor']) =>
  `${actor.role === 'clinician' ? 'Practitioner' : 'Patient'}/${actor.accountId}`;

/** The entry as a FHIR R4 AuditEvent. */
export function auditEventResource(entry: AuditEntry): AuditEvent {
  const shared = entry.scope === undefined ? [...(entry.scopes ?? [])] : [entry.scope];
  const entity: NonNullable<AuditEvent['entity']> = [
    {
      what: { reference: `Patient/${entry.personId}` },
      ...(shared.length === 0
        ? {}
        : { detail: shared.map((scope) => ({ type: 'scope', valueString: scope })) }),
    },
  ];
  if (entry.consentId !== undefined)
    entity.push({ what: { reference: `Consent/${entry.consentId}` } });
  if (entry.recordId !== undefined)
    entity.push({ what: { identifier: { value: entry.recordId } } });
  return {
    resourceType: 'AuditEvent',
    id: entry.id,
    type: {
      system: 'http://terminology.hl7.org/CodeSystem/audit-event-type',
      code: 'rest',
      display: 'RESTful Operation',
    },
    action: FHIR_ACTION[entry.action],
    recorded: entry.at,
    // 0 success; 4 minor failure (the request was refused).
    outcome: entry.outcome === 'allowed' ? '0' : '4',
    outcomeDesc: entry.action,
    agent: [
      {
        who: { reference: who(entry.actor) },
        requestor: true,
        altId: entry.sessionId,
      },
    ],
    source: { observer: { display: 'Unknot' } },
    entity,
  };
}
