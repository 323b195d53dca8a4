/**
 * Stores and reads share codes, consents and the audit trail: the only module that queries those
 * tables. Every read of a consent is by its person or by its clinician, never by id alone, so one
 * account can never see or change another's. The trail is only ever appended to (the database
 * refuses updates); it goes with the person's account. Times are passed in.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Consent } from '../../core/consent/access.js';
import type { AuditEntry } from '../../core/consent/audit.js';
import { type ConsentScope, isScope } from '../../core/consent/scopes.js';
import type { Database } from '../storage/schema.js';
import type { ConsentsTable } from './tables.js';

export interface ConsentRow extends Consent {
  updatedAt: string;
  reviewedAt: string | undefined;
}

export interface ShareCodeRow {
  id: string;
  personId: string;
  scopes: ConsentScope[];
  createdAt: string;
  expiresAt: string;
}

/** Scopes as stored: a JSON list, read back keeping only scopes this version knows. */
const scopesOf = (text: string): ConsentScope[] => {
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? parsed.filter(isScope) : [];
};

function consentOf(row: Selectable<ConsentsTable>): ConsentRow {
  return {
    id: row.id,
    personId: row.person_id,
    clinicianId: row.clinician_id,
    scopes: scopesOf(row.scopes),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at }),
    reviewedAt: row.reviewed_at ?? undefined,
  };
}

export function createConsentRepository(db: Kysely<Database>) {
  return {
    async addShareCode(code: ShareCodeRow & { codeHash: string }): Promise<void> {
      await db
        .insertInto('share_codes')
        .values({
          id: code.id,
          code_hash: code.codeHash,
          person_id: code.personId,
          scopes: JSON.stringify(code.scopes),
          created_at: code.createdAt,
          expires_at: code.expiresAt,
        })
        .execute();
    },

    /** The person's codes not yet used, live at `now`. */
    async liveCodesOf(personId: string, now: string): Promise<ShareCodeRow[]> {
      const rows = await db
        .selectFrom('share_codes')
        .selectAll()
        .where('person_id', '=', personId)
        .where('expires_at', '>', now)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        personId: r.person_id,
        scopes: scopesOf(r.scopes),
        createdAt: r.created_at,
        expiresAt: r.expires_at,
      }));
    },

    /** Cancels one of the person's codes; another person's code id cancels nothing. */
    async cancelCode(personId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('share_codes')
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return result.numDeletedRows === 1n;
    },

    /**
     * Uses up the code with this hash if it is live: deleted in the same statement that reads it,
     * so two clinicians redeeming one code at once cannot both have it.
     */
    async takeCode(codeHash: string, now: string): Promise<ShareCodeRow | undefined> {
      const row = await db
        .deleteFrom('share_codes')
        .where('code_hash', '=', codeHash)
        .returningAll()
        .executeTakeFirst();
      if (row === undefined || row.expires_at <= now) return undefined;
      return {
        id: row.id,
        personId: row.person_id,
        scopes: scopesOf(row.scopes),
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      };
    },

    /** Forgets codes that ran out before `now`. */
    async dropExpiredCodes(now: string): Promise<void> {
      await db.deleteFrom('share_codes').where('expires_at', '<=', now).execute();
    },

    async addConsent(consent: ConsentRow): Promise<void> {
      await db
        .insertInto('consents')
        .values({
          id: consent.id,
          person_id: consent.personId,
          clinician_id: consent.clinicianId,
          scopes: JSON.stringify(consent.scopes),
          created_at: consent.createdAt,
          updated_at: consent.updatedAt,
          revoked_at: consent.revokedAt ?? null,
          reviewed_at: null,
        })
        .execute();
    },

    /** The person's consents, newest first, revoked ones too. */
    async consentsOfPerson(personId: string): Promise<ConsentRow[]> {
      const rows = await db
        .selectFrom('consents')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(consentOf);
    },

    /** The clinician's consents in force (not revoked), oldest first. */
    async consentsOfClinician(clinicianId: string): Promise<ConsentRow[]> {
      const rows = await db
        .selectFrom('consents')
        .selectAll()
        .where('clinician_id', '=', clinicianId)
        .where('revoked_at', 'is', null)
        .orderBy('created_at')
        .execute();
      return rows.map(consentOf);
    },

    /** Every consent between one person and one clinician, revoked ones too. */
    async consentsBetween(personId: string, clinicianId: string): Promise<ConsentRow[]> {
      const rows = await db
        .selectFrom('consents')
        .selectAll()
        .where('person_id', '=', personId)
        .where('clinician_id', '=', clinicianId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(consentOf);
    },

    /** Sets a live consent's scopes, by its person; false when the person has no such live consent. */
    async setScopes(
      personId: string,
      id: string,
      scopes: readonly ConsentScope[],
      now: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('consents')
        .set({ scopes: JSON.stringify(scopes), updated_at: now })
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },

    /** Revokes a live consent, by its person; false when there is no such live consent. */
    async revoke(personId: string, id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('consents')
        .set({ revoked_at: now, updated_at: now })
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },

    /** Marks the person reviewed by the clinician holding this live consent. */
    async markReviewed(clinicianId: string, id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('consents')
        .set({ reviewed_at: now })
        .where('id', '=', id)
        .where('clinician_id', '=', clinicianId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },

    /** Appends entries to their people's trails, in one statement (one commit, one fsync). */
    async appendAudit(entries: readonly AuditEntry[]): Promise<void> {
      if (entries.length === 0) return;
      await db
        .insertInto('audit_log')
        .values(
          entries.map((entry) => ({
            id: entry.id,
            person_id: entry.personId,
            at: entry.at,
            actor_id: entry.actor.accountId,
            actor_role: entry.actor.role,
            session_id: entry.sessionId,
            action: entry.action,
            scope: entry.scope ?? null,
            scopes: entry.scopes === undefined ? null : JSON.stringify(entry.scopes),
            record_id: entry.recordId ?? null,
            consent_id: entry.consentId ?? null,
            outcome: entry.outcome,
          })),
        )
        .execute();
    },

    /** The person's trail, newest first. */
    async auditOf(personId: string, limit: number): Promise<AuditEntry[]> {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        at: r.at,
        actor: { role: r.actor_role, accountId: r.actor_id },
        sessionId: r.session_id,
        action: r.action,
        personId: r.person_id,
        ...(r.scope !== null && isScope(r.scope) ? { scope: r.scope } : {}),
        ...(r.scopes === null ? {} : { scopes: scopesOf(r.scopes) }),
        ...(r.record_id === null ? {} : { recordId: r.record_id }),
        ...(r.consent_id === null ? {} : { consentId: r.consent_id }),
        outcome: r.outcome,
      }));
    },
  };
}

export type ConsentRepository = ReturnType<typeof createConsentRepository>;
