/**
 * The sharing page's calls to the server (`/api/v1/sharing/*`): share codes, who can see what, and
 * the trail of who looked. Each answers an ApiOutcome, so the page can tell "confirm it is you
 * first" (a 403 naming the password) from any other refusal, and shows calm words for the rest.
 */
import type {
  AuditEntryView,
  ConsentView,
  MadeShareCode,
  ShareCodeView,
  SharingView,
} from '../../core/consent/api.schema.js';
import type { ConsentScope } from '../../core/consent/scopes.js';
import { type ApiOutcome, getJson, postJson, sendJson } from '../api.js';

export type { AuditEntryView, ConsentView, MadeShareCode, ShareCodeView, SharingView };

const BASE = '/api/v1/sharing';

export const makeCode = (scopes: readonly ConsentScope[]): Promise<ApiOutcome<MadeShareCode>> =>
  postJson(`${BASE}/codes`, { scopes });

export const cancelCode = (id: string): Promise<ApiOutcome<null>> =>
  sendJson('DELETE', `${BASE}/codes/${encodeURIComponent(id)}`);

export const loadSharing = (): Promise<ApiOutcome<SharingView>> => getJson(BASE);

export const changeScopes = (
  consentId: string,
  scopes: readonly ConsentScope[],
): Promise<ApiOutcome<ConsentView>> =>
  sendJson('PUT', `${BASE}/${encodeURIComponent(consentId)}`, { scopes });

export const revoke = (consentId: string): Promise<ApiOutcome<null>> =>
  sendJson('DELETE', `${BASE}/${encodeURIComponent(consentId)}`);

export const loadAudit = (): Promise<ApiOutcome<{ entries: AuditEntryView[] }>> =>
  getJson(`${BASE}/audit`);

/** The trail as a FHIR R4 Bundle of Consent and AuditEvent resources, for the person to keep. */
export const loadAuditFhir = (): Promise<ApiOutcome<unknown>> => getJson(`${BASE}/audit/fhir`);

/**
 * Whether a refusal means "give your password or passkey again first": the server asks for it,
 * within five minutes, before anything more is shared.
 */
export function needsConfirming(outcome: ApiOutcome<unknown>): boolean {
  return (
    !outcome.ok &&
    outcome.reason === 'problem' &&
    outcome.status === 403 &&
    outcome.fields.some((f) => f.path === 'password')
  );
}
