/**
 * The consent feature's tables as Kysely sees them: share codes (kept by the SHA-256 of the code),
 * consents, the clinicians' one-time set-up links (the SHA-256 of the token) and the audit trail.
 * Scopes are stored as JSON text lists. Only the consent and clinician repositories use these.
 */
import type { AuditAction } from '../../core/consent/audit.js';

export interface ShareCodesTable {
  id: string;
  code_hash: string;
  person_id: string;
  scopes: string;
  created_at: string;
  expires_at: string;
}

export interface ConsentsTable {
  id: string;
  person_id: string;
  clinician_id: string;
  scopes: string;
  created_at: string;
  updated_at: string;
  revoked_at: string | null;
  /** When the clinician last marked the person reviewed. */
  reviewed_at: string | null;
}

export interface ClinicianSetupsTable {
  token_hash: string;
  account_id: string;
  expires_at: string;
}

export interface AuditLogTable {
  id: string;
  person_id: string;
  at: string;
  actor_id: string;
  actor_role: 'person' | 'clinician';
  session_id: string;
  action: AuditAction;
  scope: string | null;
  /** What a consent change shared: a JSON list of scopes; null for a read or a write. */
  scopes: string | null;
  record_id: string | null;
  consent_id: string | null;
  outcome: 'allowed' | 'denied';
}

export interface ConsentTables {
  share_codes: ShareCodesTable;
  consents: ConsentsTable;
  clinician_setups: ClinicianSetupsTable;
  audit_log: AuditLogTable;
}
