/**
 * What the sharing and clinician APIs take and give (issue 10): `/api/v1/sharing/*` for the person
 * (share codes, who sees what, the audit trail) and `/api/v1/clinician/*` for the clinician (set-up,
 * redeeming a code, their people, one person's records in scope, programmes). One schema for the
 * server's checks and its OpenAPI document, and the types the web's screens read.
 */
import { z } from 'zod';
import { NEED_LEVELS } from '../clinician/need.js';
import { PROFESSIONS } from '../programme/programme.js';
import { ProgrammeData } from '../programme/programme.schema.js';
import { RECORD_KINDS } from '../sync/kinds.js';
import { AUDIT_ACTIONS } from './audit.js';
import { CONSENT_SCOPES } from './scopes.js';

export const Scopes = z
  .array(z.enum(CONSENT_SCOPES, { error: `must be one of ${CONSENT_SCOPES.join(', ')}` }), {
    error: 'must be a list of scopes',
  })
  .min(1, 'must name at least one thing to share')
  .max(CONSENT_SCOPES.length, `must name at most ${CONSENT_SCOPES.length} scopes`)
  .refine((s) => new Set(s).size === s.length, 'must not name a scope twice')
  .describe(`What the clinician may see: ${CONSENT_SCOPES.join(', ')}`);

export const ScopesRequest = z.strictObject({ scopes: Scopes });

export const ShareCodeView = z.object({
  id: z.string(),
  scopes: z.array(z.enum(CONSENT_SCOPES)),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type ShareCodeView = z.infer<typeof ShareCodeView>;

export const MadeShareCode = ShareCodeView.extend({
  code: z.string().describe('Shown once: "K7QM-2XPD". Works once, for seven days.'),
});
export type MadeShareCode = z.infer<typeof MadeShareCode>;

export const ClinicianView = z.object({
  id: z.string(),
  name: z.string(),
  profession: z.enum(PROFESSIONS),
});
export type ClinicianView = z.infer<typeof ClinicianView>;

export const ConsentView = z.object({
  id: z.string(),
  clinician: ClinicianView,
  scopes: z.array(z.enum(CONSENT_SCOPES)),
  createdAt: z.string(),
  updatedAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type ConsentView = z.infer<typeof ConsentView>;

export const SharingView = z.object({
  consents: z.array(ConsentView).describe('Newest first; revoked ones too, marked'),
  codes: z.array(ShareCodeView).describe('Codes made and not yet redeemed or expired'),
});
export type SharingView = z.infer<typeof SharingView>;

export const AuditEntryView = z.object({
  id: z.string(),
  at: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  actor: z.object({
    role: z.enum(['person', 'clinician']),
    name: z.string().describe('The clinician\u2019s name, or "You"'),
  }),
  scope: z.enum(CONSENT_SCOPES).nullable(),
  scopes: z
    .array(z.enum(CONSENT_SCOPES))
    .describe('What a consent change shared; empty for a read or a write'),
  recordId: z.string().nullable(),
  consentId: z.string().nullable(),
  outcome: z.enum(['allowed', 'denied']),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;
export const AuditList = z.object({ entries: z.array(AuditEntryView) });

export const RedeemRequest = z.strictObject({
  code: z.string({ error: 'must be the code as text' }).max(40, 'must be at most 40 characters'),
});

export const SetupRequest = z.strictObject({
  token: z
    .string({ error: 'must be the set-up token as text' })
    .max(100, 'must be at most 100 characters'),
  username: z.string({ error: 'must be the name as text' }).max(200),
  password: z.string({ error: 'must be the password as text' }).max(512),
});

export const NeedView = z.object({
  level: z.enum(NEED_LEVELS),
  reasons: z.array(z.string()),
});

export const PersonView = z.object({
  id: z.string(),
  name: z.string().describe('The name the person signs in with'),
  consentId: z.string(),
  scopes: z.array(z.enum(CONSENT_SCOPES)),
  since: z.string(),
  reviewedAt: z.string().nullable(),
  need: NeedView,
});
export type PersonView = z.infer<typeof PersonView>;
export const PeopleList = z.object({ people: z.array(PersonView).describe('Most in need first') });

export const TimeZoneQuery = z.strictObject({
  timeZone: z
    .string()
    .max(64)
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Europe/London')
    .default('UTC'),
});

export const SharedRecord = z.object({
  id: z.string(),
  kind: z.enum(RECORD_KINDS),
  data: z.unknown(),
});
export type SharedRecord = z.infer<typeof SharedRecord>;

export const ProgrammeView = z.object({ id: z.string(), data: ProgrammeData });
export type ProgrammeView = z.infer<typeof ProgrammeView>;

export const PersonRecords = z.object({
  person: PersonView,
  records: z.array(SharedRecord).describe('Only the kinds the consent\u2019s scopes open'),
  programmes: z.array(ProgrammeView).describe('The programmes this clinician assigned'),
});
export type PersonRecords = z.infer<typeof PersonRecords>;
