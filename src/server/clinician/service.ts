/**
 * The clinician's use cases (issue 10): the operator makes and disables clinician accounts (CLI),
 * a clinician sets up their sign-in from a one-time link, redeems a person's share code, lists the
 * people who share with them (most in need first), reads one person's records, and writes home
 * programmes into that person's records. Every read and write of a person's records asks the one
 * access decision (core/consent/access.ts) with the consents read fresh from the database on this
 * request, so a revocation or a disabled account takes effect on the next request; and each is put
 * on the person's audit trail, refusals too.
 */
import { createHash } from 'node:crypto';
import { usernameKey, usernameProblem } from '../../core/auth/username.js';
import { byNeed, type NeedInput, needOf } from '../../core/clinician/need.js';
import { type Actor, canRead, inForce } from '../../core/consent/access.js';
import type { PersonView, ProgrammeView } from '../../core/consent/api.schema.js';
import { normalShareCode } from '../../core/consent/share-code.js';
import { AppError, type FieldError } from '../../core/errors.js';
import { uuidv7 } from '../../core/ids.js';
import { libraryExercise } from '../../core/plan/catalogue.js';
import type { Profession, Programme } from '../../core/programme/programme.js';
import { ProgrammeData, type ProgrammeInput } from '../../core/programme/programme.schema.js';
import { type Kind, RECORD_KINDS } from '../../core/sync/kinds.js';
import { daysBetween, localDate } from '../../core/time/index.js';
import { parseOrThrow } from '../../core/validation.js';
import { checkPassword, hashPassword } from '../account/passwords.js';
import type { AccountRepository } from '../account/repository.js';
import type { AccountService, Caller, NewSession, Refused } from '../account/service.js';
import type { ConsentRepository, ConsentRow } from '../consent/repository.js';
import { auditor, shareCodeHash } from '../consent/service.js';
import type { SyncRepository } from '../sync/repository.js';
import type { ProgrammeWriter } from './programme-writer.js';
import type { ClinicianRepository, ClinicianRow } from './repository.js';

/** A set-up link works once, for three days. */
export const SETUP_LINK_MS = 3 * 24 * 3_600_000;

export interface ClinicianServiceDeps {
  clinicians: ClinicianRepository;
  consents: ConsentRepository;
  sync: SyncRepository;
  programmes: ProgrammeWriter;
  accountRepository: AccountRepository;
  accounts: AccountService;
  now: () => number;
  randomBytes: (n: number) => Uint8Array;
}

export function setupTokenHash(token: string): string {
  return createHash('sha256').update(`setup:${token}`).digest('hex');
}

const notShared = () =>
  new AppError('not_found', 'no one with this id shares their records with you');

export function createClinicianService(deps: ClinicianServiceDeps) {
  const { clinicians, consents, sync } = deps;
  const audit = auditor(deps);
  const nowText = () => new Date(deps.now()).toISOString();

  async function newLink(): Promise<{ token: string; tokenHash: string; expiresAt: string }> {
    const token = Buffer.from(deps.randomBytes(32)).toString('base64url');
    return {
      token,
      tokenHash: setupTokenHash(token),
      expiresAt: new Date(deps.now() + SETUP_LINK_MS).toISOString(),
    };
  }

  /** The clinician asking, or a refusal: a person's account, or a disabled clinician, sees nothing. */
  async function clinicianOf(caller: Caller): Promise<ClinicianRow> {
    const row = await clinicians.byId(caller.accountId);
    if (row === undefined) {
      throw new AppError('forbidden', 'this area is for clinicians', [
        { path: 'account', message: 'must be a clinician\u2019s account' },
      ]);
    }
    if (row.disabledAt !== undefined) {
      throw new AppError('forbidden', 'this clinician account is disabled', [
        { path: 'account', message: 'is disabled' },
      ]);
    }
    return row;
  }

  const actorOf = (row: ClinicianRow): Actor => ({
    role: 'clinician',
    accountId: row.id,
    disabled: row.disabledAt !== undefined,
  });

  /**
   * The consent in force between the person and this clinician, read now; a refusal (404, so the
   * answer does not tell whether the person exists) is put on the person's trail when they had
   * ever shared with this clinician.
   */
  async function sharedWith(caller: Caller, row: ClinicianRow, personId: string) {
    const between = await consents.consentsBetween(personId, row.id);
    const live = between.find(inForce);
    if (live === undefined) {
      if (between.length > 0) {
        await audit({
          actor: { role: 'clinician', accountId: row.id },
          sessionId: caller.sessionId,
          action: 'read',
          personId,
          outcome: 'denied',
        });
      }
      throw notShared();
    }
    return { consent: live, all: between };
  }

  /** The kinds this clinician may read of the person's, by the one access decision. */
  function readable(row: ClinicianRow, personId: string, all: readonly ConsentRow[]): Kind[] {
    return RECORD_KINDS.filter((kind) => canRead(actorOf(row), personId, kind, all).allowed);
  }

  function personView(consent: ConsentRow, name: string, need: PersonView['need']): PersonView {
    return {
      id: consent.personId,
      name,
      consentId: consent.id,
      scopes: [...consent.scopes],
      since: consent.createdAt,
      reviewedAt: consent.reviewedAt ?? null,
      need,
    };
  }

  /** The person's records this clinician may read, and their own programmes for the person. */
  async function recordsFor(row: ClinicianRow, personId: string, all: readonly ConsentRow[]) {
    const kinds = readable(row, personId, all);
    const records = await sync.liveOfKinds(personId, [
      ...new Set([...kinds, 'programme' as const]),
    ]);
    const programmes = records
      .filter((r) => r.kind === 'programme' && (r.data as Programme).clinicianId === row.id)
      .map((r) => ({ id: r.id, data: r.data as Programme }));
    return { kinds, records: records.filter((r) => kinds.includes(r.kind)), programmes };
  }

  function needFrom(
    kinds: readonly Kind[],
    records: readonly { kind: Kind; data: unknown; id: string }[],
    programmes: NeedInput['programmes'],
    reviewedAt: string | undefined,
    timeZone: string,
  ) {
    const of = <T>(kind: Kind) =>
      kinds.includes(kind)
        ? records
            .filter((r) => r.kind === kind)
            .map((r) => ({ id: r.id, ...(r.data as object) }) as T)
        : undefined;
    return needOf({
      diary: of<NonNullable<NeedInput['diary']>[number]>('diary-entry'),
      checks: of<NonNullable<NeedInput['checks']>[number]>('check-result'),
      sessions: of<NonNullable<NeedInput['sessions']>[number]>('session-log'),
      programmes,
      reviewedAt,
      today: localDate(deps.now(), timeZone),
      timeZone,
    });
  }

  /**
   * The checks the schema cannot make: each exercise is in the library, its dose within the
   * library's range for it (as the editor keeps it), a side only for one-sided ones, and a start
   * within a year of today either way.
   */
  function checkProgramme(input: ProgrammeInput): void {
    const errors: FieldError[] = [];
    input.exercises.forEach((e, i) => {
      const at = `exercises.${i}`;
      const lib = libraryExercise(e.exerciseId);
      if (lib === undefined) {
        errors.push({ path: `${at}.exerciseId`, message: 'is not an exercise in the library' });
        return;
      }
      if (e.side !== 'both' && !lib.details.perSide) {
        errors.push({ path: `${at}.side`, message: 'must be both: this exercise has no sides' });
      }
      const { holdSeconds: hold, reps } = lib.dose;
      if (e.holdSeconds < hold.min || e.holdSeconds > hold.max) {
        errors.push({
          path: `${at}.holdSeconds`,
          message: `must be ${hold.min} to ${hold.max} for this exercise`,
        });
      }
      if (e.reps < reps.min || e.reps > reps.max) {
        errors.push({
          path: `${at}.reps`,
          message: `must be ${reps.min} to ${reps.max} for this exercise`,
        });
      }
    });
    const today = localDate(deps.now(), 'UTC');
    if (Math.abs(daysBetween(today, input.startDate)) > 366) {
      errors.push({ path: 'startDate', message: 'must be within a year of today' });
    }
    if (errors.length > 0)
      throw new AppError('validation_failed', 'the programme was not saved', errors);
  }

  /** This clinician's live programme for the person, or not found. */
  async function theirProgramme(personId: string, programmeId: string, row: ClinicianRow) {
    const kept = await deps.programmes.keptBy(personId, programmeId, row.id);
    if (kept === undefined) {
      throw new AppError('not_found', 'you have no such programme for this person');
    }
    return kept;
  }

  return {
    /** A new clinician account and its one-time set-up link's token (CLI). */
    async add(name: string, profession: Profession) {
      const trimmed = name.trim();
      if (trimmed.length === 0 || trimmed.length > 80) {
        throw new AppError('validation_failed', 'the clinician was not added', [
          { path: 'name', message: 'must be 1 to 80 characters' },
        ]);
      }
      const id = uuidv7(deps.now(), deps.randomBytes);
      const link = await newLink();
      await clinicians.create({ id, name: trimmed, profession, now: nowText(), ...link });
      return { id, name: trimmed, profession, token: link.token, expiresAt: link.expiresAt };
    },

    /** A new set-up link for a clinician who has not set up yet (CLI). */
    async relink(id: string) {
      const row = await clinicians.byId(id);
      if (row === undefined || row.disabledAt !== undefined) {
        throw new AppError('not_found', 'no enabled clinician has this id');
      }
      if (row.username !== undefined) {
        throw new AppError(
          'conflict',
          'this clinician has set up already; they sign in with their name',
        );
      }
      const link = await newLink();
      await clinicians.newSetup(id, link.tokenHash, link.expiresAt);
      return { ...row, token: link.token, expiresAt: link.expiresAt };
    },

    list: () => clinicians.list(),

    /**
     * Disables a clinician (CLI): from the next request they see nothing, and the programmes they
     * assigned leave their people's plans, since no one follows them any more.
     */
    async disable(idOrUsername: string) {
      const row = await clinicians.disable(idOrUsername, nowText());
      if (row === undefined) throw new AppError('not_found', 'no clinician has this id or name');
      for (const consent of await consents.consentsOfClinician(row.id)) {
        await deps.programmes.endAllBy(consent.personId, row.id);
      }
      return row;
    },

    /** A clinician chooses their sign-in name and password from their set-up link. */
    async setup(input: {
      token: string;
      username: string;
      password: string;
      device: string;
      address: string;
    }): Promise<{ ok: true; session: NewSession } | Refused> {
      const tooMany = await deps.accounts.tryFrom(input.address);
      if (tooMany !== undefined) return tooMany;
      const errors: FieldError[] = [];
      const nameProblem = usernameProblem(input.username);
      if (nameProblem !== undefined) errors.push({ path: 'username', message: nameProblem });
      const passwordProblem = checkPassword(input.password, input.username);
      if (passwordProblem !== undefined)
        errors.push({ path: 'password', message: passwordProblem });
      if (errors.length > 0)
        throw new AppError('validation_failed', 'the account was not set up', errors);
      const username = usernameKey(input.username);
      const linkGone = () =>
        new AppError('not_found', 'this set-up link has been used or has run out', [
          { path: 'token', message: 'Ask the server\u2019s operator for a new set-up link.' },
        ]);
      const tokenHash = setupTokenHash(input.token);
      // The link first: without a live one, nothing is said about which names are taken.
      if (!(await clinicians.setupIsLive(tokenHash, nowText()))) throw linkGone();
      if (await deps.accountRepository.usernameTaken(username)) {
        throw new AppError('conflict', 'the account was not set up', [
          { path: 'username', message: 'That name is taken. Choose another.' },
        ]);
      }
      const accountId = await clinicians.takeSetup(tokenHash, nowText());
      if (accountId === undefined) throw linkGone();
      if (!(await deps.accountRepository.claimUsername(accountId, username))) {
        throw new AppError('conflict', 'the account was not set up', [
          {
            path: 'username',
            message: 'That name is taken. Ask for a new link and choose another.',
          },
        ]);
      }
      await deps.accountRepository.setPassword(
        accountId,
        username,
        await hashPassword(input.password),
        nowText(),
      );
      return { ok: true, session: await deps.accounts.signedInOtherwise(accountId, input.device) };
    },

    /** The clinician redeems a person's share code: a consent is made (or its scopes renewed). */
    async redeem(
      caller: Caller,
      typed: string,
      address: string,
      timeZone: string,
    ): Promise<PersonView | Refused> {
      const row = await clinicianOf(caller);
      const tooMany = await deps.accounts.tryFrom(address);
      if (tooMany !== undefined) return tooMany;
      const code = normalShareCode(typed);
      const taken =
        code === undefined ? undefined : await consents.takeCode(shareCodeHash(code), nowText());
      if (taken === undefined) {
        throw new AppError('not_found', 'the code was not redeemed', [
          { path: 'code', message: 'That code is not right, was used already, or has run out.' },
        ]);
      }
      const now = nowText();
      const live = (await consents.consentsBetween(taken.personId, row.id)).find(
        (c) => c.revokedAt === undefined,
      );
      let consent: ConsentRow;
      if (live !== undefined) {
        await consents.setScopes(taken.personId, live.id, taken.scopes, now);
        consent = { ...live, scopes: taken.scopes, updatedAt: now };
      } else {
        consent = {
          id: uuidv7(deps.now(), deps.randomBytes),
          personId: taken.personId,
          clinicianId: row.id,
          scopes: taken.scopes,
          createdAt: now,
          updatedAt: now,
          reviewedAt: undefined,
        };
        await consents.addConsent(consent);
      }
      const by = { actor: { role: 'clinician' as const, accountId: row.id } };
      // The answer carries what the shared records say (the need), so it is a read too.
      await audit(
        {
          ...by,
          sessionId: caller.sessionId,
          action: live === undefined ? 'consent-made' : 'consent-changed',
          personId: taken.personId,
          consentId: consent.id,
          scopes: taken.scopes,
          outcome: 'allowed',
        },
        {
          ...by,
          sessionId: caller.sessionId,
          action: 'read',
          personId: taken.personId,
          consentId: consent.id,
          outcome: 'allowed',
        },
      );
      const names = await clinicians.namesOf([taken.personId]);
      const { kinds, records, programmes } = await recordsFor(row, taken.personId, [consent]);
      return personView(
        consent,
        names.get(taken.personId) ?? '',
        needFrom(kinds, records, programmes, undefined, timeZone),
      );
    },

    /** The people sharing with this clinician, most in need first. Each look is on their trail. */
    async people(caller: Caller, timeZone: string): Promise<PersonView[]> {
      const row = await clinicianOf(caller);
      const live = await consents.consentsOfClinician(row.id);
      const names = await clinicians.namesOf(live.map((c) => c.personId));
      const people: PersonView[] = [];
      for (const consent of live) {
        const { kinds, records, programmes } = await recordsFor(row, consent.personId, [consent]);
        people.push(
          personView(
            consent,
            names.get(consent.personId) ?? '',
            needFrom(kinds, records, programmes, consent.reviewedAt, timeZone),
          ),
        );
      }
      // One trail entry per person whose records the list was worked out from, in one write.
      await audit(
        ...live.map((consent) => ({
          actor: { role: 'clinician' as const, accountId: row.id },
          sessionId: caller.sessionId,
          action: 'read' as const,
          personId: consent.personId,
          consentId: consent.id,
          outcome: 'allowed' as const,
        })),
      );
      return byNeed(people);
    },

    /** One person's records in scope, and this clinician's programmes for them. */
    async person(caller: Caller, personId: string, timeZone: string) {
      const row = await clinicianOf(caller);
      const { consent, all } = await sharedWith(caller, row, personId);
      const { kinds, records, programmes } = await recordsFor(row, personId, all);
      await audit(
        ...consent.scopes.map((scope) => ({
          actor: { role: 'clinician' as const, accountId: row.id },
          sessionId: caller.sessionId,
          action: 'read' as const,
          personId,
          scope,
          consentId: consent.id,
          outcome: 'allowed' as const,
        })),
      );
      const names = await clinicians.namesOf([personId]);
      return {
        person: personView(
          consent,
          names.get(personId) ?? '',
          needFrom(kinds, records, programmes, consent.reviewedAt, timeZone),
        ),
        records: records.map((r) => ({ id: r.id, kind: r.kind, data: r.data })),
        programmes,
      };
    },

    /** Marks the person's current flags as seen by this clinician. */
    async reviewed(caller: Caller, personId: string): Promise<void> {
      const row = await clinicianOf(caller);
      const { consent } = await sharedWith(caller, row, personId);
      await consents.markReviewed(row.id, consent.id, nowText());
    },

    /** Saves a programme (new, or one of this clinician's) into the person's records. */
    async saveProgramme(
      caller: Caller,
      personId: string,
      programmeId: string | undefined,
      input: ProgrammeInput,
    ): Promise<ProgrammeView> {
      const row = await clinicianOf(caller);
      const { consent } = await sharedWith(caller, row, personId);
      checkProgramme(input);
      const id = programmeId ?? uuidv7(deps.now(), deps.randomBytes);
      if (programmeId !== undefined) await theirProgramme(personId, programmeId, row);
      const data = parseOrThrow(ProgrammeData, {
        ...input,
        clinicianId: row.id,
        clinicianName: row.name,
        profession: row.profession,
        assignedAt: nowText(),
      });
      if (!(await deps.programmes.write(personId, id, data))) throw notShared();
      await audit({
        actor: { role: 'clinician', accountId: row.id },
        sessionId: caller.sessionId,
        action: 'write',
        personId,
        recordId: id,
        consentId: consent.id,
        outcome: 'allowed',
      });
      return { id, data };
    },

    /** Ends one of this clinician's programmes: it leaves the person's plan on their next sync. */
    async endProgramme(caller: Caller, personId: string, programmeId: string): Promise<void> {
      const row = await clinicianOf(caller);
      const { consent } = await sharedWith(caller, row, personId);
      await theirProgramme(personId, programmeId, row);
      await deps.programmes.write(personId, programmeId, null);
      await audit({
        actor: { role: 'clinician', accountId: row.id },
        sessionId: caller.sessionId,
        action: 'write',
        personId,
        recordId: programmeId,
        consentId: consent.id,
        outcome: 'allowed',
      });
    },
  };
}

export type ClinicianService = ReturnType<typeof createClinicianService>;
