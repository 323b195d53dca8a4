import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AT } from '../../core/sync/fixtures.js';
import { createAccountRepository } from '../account/repository.js';
import { createAccountService } from '../account/service.js';
import { operator } from '../clinician/clinician-client.test-support.js';
import type { Storage } from '../storage/database.js';
import { migrateToLatest } from '../storage/migrate.js';
import { type TestDatabase, testDatabases } from '../storage/test-databases.js';
import { type ConsentRepository, createConsentRepository } from './repository.js';

const PASSWORD = 'my back and the long walk home';
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(testDatabases())('consents and the audit trail on $name', (kind) => {
  let database: TestDatabase;
  let storage: Storage;
  let repository: ConsentRepository;
  let ana: string;
  let bob: string;
  let physio: string;

  beforeEach(async () => {
    database = await kind.create();
    storage = await database.open();
    await migrateToLatest(storage);
    repository = createConsentRepository(storage.db);
    const accounts = createAccountService({
      repository: createAccountRepository(storage.db),
      now: () => AT,
      randomBytes: (n) => randomBytes(n),
    });
    const made = async (username: string) => {
      const r = await accounts.signUp({ username, password: PASSWORD, device: 'd', address: 'a' });
      if (!r.ok) throw r.error;
      return r.session.accountId;
    };
    ana = await made('ana');
    bob = await made('bob');
    physio = (await operator(storage, () => AT).add('Sam Patel', 'physiotherapist')).id;
  });
  afterEach(async () => {
    await storage.close();
    await database.destroy();
  });

  const code = (id: string, personId: string, hash: string) => ({
    id,
    personId,
    codeHash: hash,
    scopes: ['diary' as const],
    createdAt: iso(AT),
    expiresAt: iso(AT + 1000),
  });

  it('hands a share code to one taker only, however many ask at once', async () => {
    await repository.addShareCode(code('c1', ana, 'h1'));
    const takes = await Promise.all(
      Array.from({ length: 8 }, () => repository.takeCode('h1', iso(AT))),
    );
    expect(takes.filter((t) => t !== undefined)).toHaveLength(1);
    expect(await repository.liveCodesOf(ana, iso(AT))).toEqual([]);
  });

  it('gives nothing for a code past its time, and a person cancels only their own', async () => {
    await repository.addShareCode(code('c1', ana, 'h1'));
    await repository.addShareCode(code('c2', ana, 'h2'));
    expect(await repository.takeCode('h1', iso(AT + 1000))).toBeUndefined();
    expect(await repository.cancelCode(bob, 'c2')).toBe(false);
    expect(await repository.cancelCode(ana, 'c2')).toBe(true);
  });

  it('changes or revokes a consent only for its person, and only while it is in force', async () => {
    await repository.addConsent({
      id: 'k1',
      personId: ana,
      clinicianId: physio,
      scopes: ['diary'],
      createdAt: iso(AT),
      updatedAt: iso(AT),
      reviewedAt: undefined,
    });
    expect(await repository.setScopes(bob, 'k1', ['checks'], iso(AT))).toBe(false);
    expect(await repository.revoke(bob, 'k1', iso(AT))).toBe(false);
    expect(await repository.revoke(ana, 'k1', iso(AT + 1))).toBe(true);
    expect(await repository.revoke(ana, 'k1', iso(AT + 2))).toBe(false);
    expect(await repository.setScopes(ana, 'k1', ['checks'], iso(AT + 3))).toBe(false);
    expect(await repository.consentsOfClinician(physio)).toEqual([]);
    const [kept] = await repository.consentsOfPerson(ana);
    expect(kept).toMatchObject({ scopes: ['diary'], revokedAt: iso(AT + 1) });
  });

  it('keeps the trail append-only: the database refuses an update', async () => {
    await repository.appendAudit([
      {
        id: 'a1',
        at: iso(AT),
        actor: { role: 'clinician', accountId: physio },
        sessionId: 's1',
        action: 'read',
        personId: ana,
        scope: 'diary',
        outcome: 'allowed',
      },
    ]);
    await expect(
      sql`update audit_log set outcome = 'denied' where id = 'a1'`.execute(storage.db),
    ).rejects.toThrow(/append-only/);
    expect(await repository.auditOf(ana, 10)).toEqual([
      expect.objectContaining({ id: 'a1', outcome: 'allowed', scope: 'diary' }),
    ]);
    expect(await repository.auditOf(bob, 10)).toEqual([]);
  });

  it('deletes a person’s consents and trail with their account', async () => {
    await repository.addConsent({
      id: 'k1',
      personId: ana,
      clinicianId: physio,
      scopes: ['diary'],
      createdAt: iso(AT),
      updatedAt: iso(AT),
      reviewedAt: undefined,
    });
    await repository.appendAudit([
      {
        id: 'a1',
        at: iso(AT),
        actor: { role: 'person', accountId: ana },
        sessionId: 's1',
        action: 'consent-made',
        personId: ana,
        outcome: 'allowed',
      },
    ]);
    await createAccountRepository(storage.db).deleteAccount(ana);
    expect(await repository.consentsOfClinician(physio)).toEqual([]);
    expect(await repository.auditOf(ana, 10)).toEqual([]);
  });
});
