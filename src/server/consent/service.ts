/**
 * Sharing, the person's side (issue 10): make a share code for the scopes they choose (after giving
 * their password or a passkey again), see who can see what, change the scopes, revoke, and read or
 * download the trail of every look at their records. Only a person's own account shares; every
 * query is for the caller's own consents. Each change is put on the trail as it is made.
 */
import { createHash } from 'node:crypto';
import type { AuditEntryView, ConsentView, MadeShareCode } from '../../core/consent/api.schema.js';
import type { AuditEntry } from '../../core/consent/audit.js';
import { sharingBundle } from '../../core/consent/fhir.js';
import type { ConsentScope } from '../../core/consent/scopes.js';
import { SHARE_CODE_BYTES, SHARE_CODE_MS, shareCode } from '../../core/consent/share-code.js';
import { AppError } from '../../core/errors.js';
import { uuidv7 } from '../../core/ids.js';
import { type Caller, requireConfirmedAt } from '../account/service.js';
import type { ProgrammeWriter } from '../clinician/programme-writer.js';
import type { ClinicianRepository, ClinicianRow } from '../clinician/repository.js';
import type { ConsentRepository, ConsentRow } from './repository.js';

export interface SharingServiceDeps {
  consents: ConsentRepository;
  clinicians: ClinicianRepository;
  /** Ends a clinician's programmes when the person stops sharing with them. */
  programmes: Pick<ProgrammeWriter, 'endAllBy'>;
  now: () => number;
  randomBytes: (n: number) => Uint8Array;
}

/** A share code as stored: its SHA-256 (40 random bits, single use, seven days). */
export function shareCodeHash(code: string): string {
  return createHash('sha256').update(`share:${code}`).digest('hex');
}

/** Puts entries on people's trails, stamped now, in one write. */
export function auditor(deps: Pick<SharingServiceDeps, 'consents' | 'now' | 'randomBytes'>) {
  return (...entries: Omit<AuditEntry, 'id' | 'at'>[]): Promise<void> => {
    const now = deps.now();
    return deps.consents.appendAudit(
      entries.map((entry) => ({
        id: uuidv7(now, deps.randomBytes),
        at: new Date(now).toISOString(),
        ...entry,
      })),
    );
  };
}

export function consentView(consent: ConsentRow, clinician: ClinicianRow | undefined): ConsentView {
  return {
    id: consent.id,
    clinician: {
      id: consent.clinicianId,
      name: clinician?.name ?? 'A clinician no longer on this server',
      profession: clinician?.profession ?? 'physiotherapist',
    },
    scopes: [...consent.scopes],
    createdAt: consent.createdAt,
    updatedAt: consent.updatedAt,
    revokedAt: consent.revokedAt ?? null,
  };
}

export function createSharingService(deps: SharingServiceDeps) {
  const { consents, clinicians } = deps;
  const audit = auditor(deps);
  const nowText = () => new Date(deps.now()).toISOString();

  async function requirePerson(caller: Caller): Promise<void> {
    if (!(await clinicians.isPerson(caller.accountId))) {
      throw new AppError('forbidden', 'sharing is for a person\u2019s own records', [
        { path: 'account', message: 'must be a person\u2019s account, not a clinician\u2019s' },
      ]);
    }
  }

  async function clinicianNames(ids: readonly string[]): Promise<Map<string, ClinicianRow>> {
    const out = new Map<string, ClinicianRow>();
    for (const id of new Set(ids)) {
      const row = await clinicians.byId(id);
      if (row !== undefined) out.set(id, row);
    }
    return out;
  }

  async function liveConsent(caller: Caller, id: string): Promise<ConsentRow> {
    const found = (await consents.consentsOfPerson(caller.accountId)).find(
      (c) => c.id === id && c.revokedAt === undefined,
    );
    if (found === undefined) throw new AppError('not_found', 'you have no such sharing in force');
    return found;
  }

  return {
    /** A new share code for the scopes chosen, after the password or a passkey was given again. */
    async makeCode(caller: Caller, scopes: readonly ConsentScope[]): Promise<MadeShareCode> {
      await requirePerson(caller);
      requireConfirmedAt(caller, deps.now());
      const now = deps.now();
      const code = shareCode(deps.randomBytes(SHARE_CODE_BYTES));
      const row = {
        id: uuidv7(now, deps.randomBytes),
        personId: caller.accountId,
        scopes: [...scopes],
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + SHARE_CODE_MS).toISOString(),
      };
      await consents.dropExpiredCodes(row.createdAt);
      await consents.addShareCode({ ...row, codeHash: shareCodeHash(code) });
      await audit({
        actor: { role: 'person', accountId: caller.accountId },
        sessionId: caller.sessionId,
        action: 'code-made',
        personId: caller.accountId,
        scopes: row.scopes,
        outcome: 'allowed',
      });
      return {
        id: row.id,
        code,
        scopes: row.scopes,
        createdAt: row.createdAt,
        expiresAt: row.expiresAt,
      };
    },

    async cancelCode(caller: Caller, id: string): Promise<void> {
      await requirePerson(caller);
      if (!(await consents.cancelCode(caller.accountId, id))) {
        throw new AppError('not_found', 'you have no such share code');
      }
    },

    /** Who can see what, and the codes not yet used. */
    async sharing(caller: Caller) {
      await requirePerson(caller);
      const all = await consents.consentsOfPerson(caller.accountId);
      const names = await clinicianNames(all.map((c) => c.clinicianId));
      const codes = await consents.liveCodesOf(caller.accountId, nowText());
      return {
        consents: all.map((c) => consentView(c, names.get(c.clinicianId))),
        codes: codes.map(({ personId: _, ...code }) => code),
      };
    },

    /** New scopes for a sharing in force; adding a scope asks for the password again, as sharing does. */
    async setScopes(caller: Caller, id: string, scopes: readonly ConsentScope[]) {
      await requirePerson(caller);
      const consent = await liveConsent(caller, id);
      if (scopes.some((s) => !consent.scopes.includes(s))) requireConfirmedAt(caller, deps.now());
      const now = nowText();
      await consents.setScopes(caller.accountId, id, scopes, now);
      await audit({
        actor: { role: 'person', accountId: caller.accountId },
        sessionId: caller.sessionId,
        action: 'consent-changed',
        personId: caller.accountId,
        consentId: id,
        scopes,
        outcome: 'allowed',
      });
      const clinician = await clinicians.byId(consent.clinicianId);
      return consentView({ ...consent, scopes: [...scopes], updatedAt: now }, clinician);
    },

    /**
     * Stops a sharing: the clinician's next request is refused, and their programmes leave the
     * person's plan (no one follows them any more).
     */
    async revoke(caller: Caller, id: string): Promise<void> {
      await requirePerson(caller);
      const consent = await liveConsent(caller, id);
      if (!(await consents.revoke(caller.accountId, id, nowText()))) {
        throw new AppError('not_found', 'you have no such sharing in force');
      }
      const others = (await consents.consentsOfPerson(caller.accountId)).filter(
        (c) => c.clinicianId === consent.clinicianId && c.revokedAt === undefined,
      );
      if (others.length === 0) {
        await deps.programmes.endAllBy(caller.accountId, consent.clinicianId);
      }
      await audit({
        actor: { role: 'person', accountId: caller.accountId },
        sessionId: caller.sessionId,
        action: 'consent-revoked',
        personId: caller.accountId,
        consentId: id,
        outcome: 'allowed',
      });
    },

    /** The person's trail, newest first, with each clinician's name. */
    async trail(caller: Caller, limit = 500): Promise<AuditEntryView[]> {
      await requirePerson(caller);
      const entries = await consents.auditOf(caller.accountId, limit);
      const names = await clinicianNames(
        entries.filter((e) => e.actor.role === 'clinician').map((e) => e.actor.accountId),
      );
      return entries.map((e) => ({
        id: e.id,
        at: e.at,
        action: e.action,
        actor: {
          role: e.actor.role,
          name:
            e.actor.role === 'person'
              ? 'You'
              : (names.get(e.actor.accountId)?.name ?? 'A clinician no longer on this server'),
        },
        scope: e.scope ?? null,
        scopes: [...(e.scopes ?? [])],
        recordId: e.recordId ?? null,
        consentId: e.consentId ?? null,
        outcome: e.outcome,
      }));
    },

    /** The consents and the whole trail as a FHIR R4 Bundle. */
    async fhir(caller: Caller) {
      await requirePerson(caller);
      const now = deps.now();
      return sharingBundle(
        await consents.consentsOfPerson(caller.accountId),
        await consents.auditOf(caller.accountId, 100_000),
        uuidv7(now, deps.randomBytes),
        new Date(now).toISOString(),
      );
    },
  };
}

export type SharingService = ReturnType<typeof createSharingService>;
