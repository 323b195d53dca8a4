import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_SCOPES, SCOPE_KINDS } from '../../core/consent/scopes.js';
import { fhirErrors } from '../../core/export/fhir-validators.test-support.js';
import { EXAMPLE_PROGRAMME } from '../../core/programme/fixtures.js';
import { AT } from '../../core/sync/fixtures.js';
import { changeOfEachKind } from '../../core/sync/kind-fixtures.js';
import { SIGN_IN_LIMITS } from '../account/service.js';
import { SessionClient, signedUp, TEST_PASSWORD } from '../http/session-client.test-support.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { clinicianSignedIn, operator, shareCodeFrom } from './clinician-client.test-support.js';

let clock = AT + 3_600_000;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    now: () => clock,
    signInLimits: { ...SIGN_IN_LIMITS, signUpsPerAddress: 1000, perAddress: 1000 },
  });
});
afterAll(() => server.close());

let n = 0;
const unique = (what: string) => {
  n += 1;
  return `${what}${n}`;
};

/** A person with one record of every kind on the server, and their account id. */
async function person(): Promise<{ client: SessionClient; id: string }> {
  const { client } = await signedUp(server.url, unique('person'));
  await client.post('/api/v1/sync', { changes: changeOfEachKind(AT) });
  const me = await client.get('/api/v1/account');
  return { client, id: (me.body as { id: string }).id };
}

const clinician = (name = 'Sam Patel') =>
  clinicianSignedIn(
    server.url,
    server.storage,
    unique('physio'),
    name,
    'physiotherapist',
    () => clock,
  );

describe('clinician set-up', () => {
  it('opens the account from the one-time link, which then works no more', async () => {
    const made = await operator(server.storage, () => clock).add('Ana Ruiz', 'doctor');
    const { client } = await signedUp(server.url, unique('someone'));
    void client;
    const first = await fetch(`${server.url}/api/v1/clinician/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: made.token, username: unique('ana'), password: TEST_PASSWORD }),
    });
    expect(first.status).toBe(200);
    expect(((await first.json()) as { account: unknown }).account).toMatchObject({
      role: 'clinician',
      clinician: { name: 'Ana Ruiz', profession: 'doctor' },
    });
    const again = await fetch(`${server.url}/api/v1/clinician/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: made.token, username: unique('ana'), password: TEST_PASSWORD }),
    });
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ errors: [{ field: 'token' }] });
  });

  it('names the field when the sign-in name is taken or the password too weak, and keeps the link', async () => {
    const made = await operator(server.storage, () => clock).add('Kim Lee', 'physiotherapist');
    const { client: taken } = await signedUp(server.url, unique('taken'));
    const name = ((await taken.get('/api/v1/account')).body as { username: string }).username;
    const post = (body: unknown) =>
      fetch(`${server.url}/api/v1/clinician/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    // Without a live link, nothing is said about which names are taken.
    const probe = await post({ token: 'not-a-link', username: name, password: TEST_PASSWORD });
    expect(probe.status).toBe(404);
    expect(await probe.json()).toMatchObject({ errors: [{ field: 'token' }] });
    const clash = await post({ token: made.token, username: name, password: TEST_PASSWORD });
    expect(clash.status).toBe(409);
    expect(await clash.json()).toMatchObject({ errors: [{ field: 'username' }] });
    const weak = await post({ token: made.token, username: unique('kim'), password: 'password' });
    expect(weak.status).toBe(422);
    expect(await weak.json()).toMatchObject({ errors: [{ field: 'password' }] });
    expect(
      (await post({ token: made.token, username: unique('kim'), password: TEST_PASSWORD })).status,
    ).toBe(200);
  });
});

describe('sharing, from the person’s side', () => {
  it('makes a code only after the password is given again', async () => {
    const { client } = await person();
    const refused = await client.post('/api/v1/sharing/codes', { scopes: ['diary'] });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ errors: [{ field: 'password' }] });
    const code = await shareCodeFrom(client, ['diary']);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const sharing = (await client.get('/api/v1/sharing')).body as { codes: unknown[] };
    expect(sharing.codes).toHaveLength(1);
  });

  it('names the field of a bad scope list, and keeps nothing', async () => {
    const { client } = await person();
    await client.post('/api/v1/auth/confirm', { password: TEST_PASSWORD });
    for (const scopes of [[], ['diary', 'diary'], ['everything'], 'diary']) {
      const res = await client.post('/api/v1/sharing/codes', { scopes });
      expect(res.status).toBe(422);
      const fields = (res.body as { errors: { field: string }[] }).errors.map((e) => e.field);
      expect(fields.length).toBeGreaterThan(0);
      expect(fields.every((f) => f.startsWith('scopes'))).toBe(true);
    }
    expect(((await client.get('/api/v1/sharing')).body as { codes: unknown[] }).codes).toEqual([]);
  });

  it('refuses a clinician’s account', async () => {
    const physio = await clinician();
    expect((await physio.client.get('/api/v1/sharing')).status).toBe(403);
    expect((await physio.client.post('/api/v1/sharing/codes', { scopes: ['diary'] })).status).toBe(
      403,
    );
  });
});

describe('a clinician redeeming a code and reading', () => {
  it('works once: a second redeem, by anyone, is refused naming the code', async () => {
    const ana = await person();
    const code = await shareCodeFrom(ana.client, ['diary']);
    const first = await clinician();
    const second = await clinician();
    expect((await first.client.post('/api/v1/clinician/redeem', { code })).status).toBe(200);
    const again = await second.client.post('/api/v1/clinician/redeem', {
      code: code.toLowerCase(),
    });
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ errors: [{ field: 'code' }] });
  });

  it('refuses a code after its seven days', async () => {
    const ana = await person();
    const code = await shareCodeFrom(ana.client, ['diary']);
    const saved = clock;
    clock += 7 * 24 * 3_600_000 + 1;
    try {
      const physio = await clinician();
      expect((await physio.client.post('/api/v1/clinician/redeem', { code })).status).toBe(404);
    } finally {
      clock = saved;
    }
  });

  it.each(CONSENT_SCOPES)('shows exactly the kinds the %s scope opens', async (scope) => {
    const ana = await person();
    const physio = await clinician();
    await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(ana.client, [scope]),
    });
    const res = await physio.client.get(`/api/v1/clinician/people/${ana.id}`);
    expect(res.status).toBe(200);
    const kinds = (res.body as { records: { kind: string }[] }).records.map((r) => r.kind);
    expect(kinds.sort()).toEqual(
      SCOPE_KINDS[scope]
        .filter((k) => k !== 'programme')
        .slice()
        .sort(),
    );
  });

  it('never shows the settings that follow the person, whatever is shared', async () => {
    const ana = await person();
    const physio = await clinician();
    await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(ana.client, [...CONSENT_SCOPES]),
    });
    const res = await physio.client.get(`/api/v1/clinician/people/${ana.id}`);
    const kinds = (res.body as { records: { kind: string }[] }).records.map((r) => r.kind);
    expect(kinds).not.toContain('preference');
    expect(kinds).toHaveLength(6);
  });

  it('puts the person first who has a stop, and gives the reason in words', async () => {
    const ana = await person();
    const { client: quiet } = await signedUp(server.url, unique('quiet'));
    const physio = await clinician();
    await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(quiet, ['sessions']),
    });
    await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(ana.client, ['sessions', 'checks']),
    });
    const people = (await physio.client.get('/api/v1/clinician/people?timeZone=Europe/London'))
      .body as {
      people: { id: string; need: { level: string; reasons: string[] } }[];
    };
    expect(people.people.map((p) => p.id)[0]).toBe(ana.id);
    expect(people.people[0]?.need.reasons.join(' ')).toMatch(
      /“This hurts” stop on Knee-to-chest stretch \(one leg\), pain 7 out of 10/,
    );
    expect(people.people[1]?.need).toEqual({ level: 'steady', reasons: [] });
    const bad = await physio.client.get('/api/v1/clinician/people?timeZone=Mars/Olympus');
    expect(bad.status).toBe(400);
  });

  it('refuses from the request after revocation, and the refusal is on the person’s trail', async () => {
    const ana = await person();
    const physio = await clinician();
    // A second between steps, so the trail's order is the order of the steps.
    const code = await shareCodeFrom(ana.client, ['diary']);
    clock += 1000;
    const redeemed = await physio.client.post('/api/v1/clinician/redeem', { code });
    const consentId = (redeemed.body as { consentId: string }).consentId;
    clock += 1000;
    expect((await physio.client.get(`/api/v1/clinician/people/${ana.id}`)).status).toBe(200);
    clock += 1000;
    expect((await ana.client.delete(`/api/v1/sharing/${consentId}`)).status).toBe(204);
    clock += 1000;
    const after = await physio.client.get(`/api/v1/clinician/people/${ana.id}`);
    expect(after.status).toBe(404);
    expect(JSON.stringify(after.body)).not.toContain('Stiff after the drive');
    expect(
      ((await physio.client.get('/api/v1/clinician/people')).body as { people: unknown[] }).people,
    ).toEqual([]);
    const trail = (await ana.client.get('/api/v1/sharing/audit')).body as {
      entries: { action: string; outcome: string; actor: { name: string }; scope: string | null }[];
    };
    const steps = trail.entries.map((e) => `${e.action}:${e.outcome}`);
    expect(steps.slice(0, 3)).toEqual(['read:denied', 'consent-revoked:allowed', 'read:allowed']);
    // Redeeming made the consent and read the records its answer is worked out from.
    expect(steps.slice(3, 5).sort()).toEqual(['consent-made:allowed', 'read:allowed']);
    expect(steps.at(-1)).toBe('code-made:allowed');
    expect(trail.entries[2]).toMatchObject({ actor: { name: 'Sam Patel' }, scope: 'diary' });
  });

  it('takes a narrowed scope away on the next request, and asks the password to widen it', async () => {
    const ana = await person();
    const physio = await clinician();
    const redeemed = await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(ana.client, ['diary', 'checks']),
    });
    const consentId = (redeemed.body as { consentId: string }).consentId;
    expect(
      (await ana.client.put(`/api/v1/sharing/${consentId}`, { scopes: ['checks'] })).status,
    ).toBe(200);
    const trail = (await ana.client.get('/api/v1/sharing/audit')).body as {
      entries: { action: string; scopes: string[] }[];
    };
    expect(trail.entries.find((e) => e.action === 'consent-changed')?.scopes).toEqual(['checks']);
    expect(trail.entries.find((e) => e.action === 'code-made')?.scopes).toEqual([
      'diary',
      'checks',
    ]);
    const res = await physio.client.get(`/api/v1/clinician/people/${ana.id}`);
    expect((res.body as { records: { kind: string }[] }).records.map((r) => r.kind)).toEqual([
      'check-result',
    ]);
    clock += 6 * 60_000;
    const widen = await ana.client.put(`/api/v1/sharing/${consentId}`, {
      scopes: ['checks', 'plan'],
    });
    expect(widen.status).toBe(403);
    expect(widen.body).toMatchObject({ errors: [{ field: 'password' }] });
  });

  it('sees nothing once the operator disables the clinician', async () => {
    const ana = await person();
    const physio = await clinician();
    await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(ana.client, ['diary']),
    });
    await operator(server.storage, () => clock).disable(physio.id);
    const res = await physio.client.get(`/api/v1/clinician/people/${ana.id}`);
    expect(res.status).toBe(401);
    // Signing in again with the password opens no session that works.
    const username = ((await physio.client.get('/api/v1/account')).body as { username?: string })
      .username;
    expect(username).toBeUndefined();
    const name =
      (await operator(server.storage, () => clock).list()).find((c) => c.id === physio.id)
        ?.username ?? '';
    const again = new SessionClient(server.url);
    await again.post('/api/v1/auth/sign-in', { username: name, password: TEST_PASSWORD });
    expect((await again.get('/api/v1/clinician/people')).status).toBe(401);
  });

  it('downloads the consents and the trail as a FHIR Bundle that validators not ours accept', async () => {
    const ana = await person();
    const physio = await clinician();
    await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(ana.client, ['diary']),
    });
    await physio.client.get(`/api/v1/clinician/people/${ana.id}`);
    const res = await ana.client.get('/api/v1/sharing/audit/fhir');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('unknot-sharing.fhir.json');
    const bundle = res.body as Parameters<typeof fhirErrors>[0] & {
      entry: { resource: { resourceType: string } }[];
    };
    expect(fhirErrors(bundle)).toEqual([]);
    expect(bundle.entry.map((e) => e.resource.resourceType)).toContain('Consent');
  });
});

describe('programmes', () => {
  it('reach the person’s devices by sync, from the clinician, and end the same way', async () => {
    const ana = await person();
    const physio = await clinician();
    await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(ana.client, ['sessions']),
    });
    const { cursor } = (await ana.client.get('/api/v1/sync')).body as { cursor: number };
    const made = await physio.client.post(
      `/api/v1/clinician/people/${ana.id}/programmes`,
      EXAMPLE_PROGRAMME,
    );
    expect(made.status).toBe(201);
    const id = (made.body as { id: string }).id;
    const pulled = (await ana.client.get(`/api/v1/sync?after=${cursor}`)).body as {
      changes: {
        id: string;
        kind: string;
        data: { clinicianName: string; exercises: unknown[] };
      }[];
      cursor: number;
    };
    expect(pulled.changes).toHaveLength(1);
    expect(pulled.changes[0]).toMatchObject({
      id,
      kind: 'programme',
      data: { clinicianName: 'Sam Patel' },
    });
    const seen = await physio.client.get(`/api/v1/clinician/people/${ana.id}`);
    expect((seen.body as { programmes: { id: string }[] }).programmes.map((p) => p.id)).toEqual([
      id,
    ]);

    const changed = await physio.client.put(`/api/v1/clinician/people/${ana.id}/programmes/${id}`, {
      ...EXAMPLE_PROGRAMME,
      sessionsPerDay: 1,
    });
    expect(changed.status).toBe(200);
    expect(
      (await physio.client.delete(`/api/v1/clinician/people/${ana.id}/programmes/${id}`)).status,
    ).toBe(204);
    const ended = (await ana.client.get(`/api/v1/sync?after=${pulled.cursor}`)).body as {
      changes: { id: string; deleted: boolean }[];
    };
    expect(ended.changes).toEqual([expect.objectContaining({ id, deleted: true })]);
  });

  it('are written only by a clinician: a device may echo one back but not change it', async () => {
    const ana = await person();
    const physio = await clinician();
    await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(ana.client, ['sessions']),
    });
    await physio.client.post(`/api/v1/clinician/people/${ana.id}/programmes`, EXAMPLE_PROGRAMME);
    const pulled = (await ana.client.get('/api/v1/sync')).body as {
      changes: {
        id: string;
        kind: string;
        hlc: string;
        deleted: boolean;
        data: { sets?: number };
      }[];
    };
    const programme = pulled.changes.find((c) => c.kind === 'programme');
    if (programme === undefined) throw new Error('no programme pulled');
    const { seq: _, ...echo } = programme as typeof programme & { seq: number };
    expect((await ana.client.post('/api/v1/sync', { changes: [echo] })).body).toMatchObject({
      accepted: [programme.id],
      refused: [],
    });
    const forged = {
      ...echo,
      hlc: echo.hlc.replace(/-0000-/, '-0009-'),
      data: { ...echo.data, title: 'Mine' },
    };
    expect((await ana.client.post('/api/v1/sync', { changes: [forged] })).body).toMatchObject({
      accepted: [],
      refused: [{ id: programme.id, field: 'kind' }],
    });
  });

  it('names the field of an exercise not in the library, a side it has not, or a review before the start', async () => {
    const ana = await person();
    const physio = await clinician();
    await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(ana.client, ['plan']),
    });
    const post = (body: unknown) =>
      physio.client.post(`/api/v1/clinician/people/${ana.id}/programmes`, body);
    const first = EXAMPLE_PROGRAMME.exercises[0];
    const unknown = await post({
      ...EXAMPLE_PROGRAMME,
      exercises: [{ ...first, exerciseId: 'back-flip' }],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ errors: [{ field: 'exercises.0.exerciseId' }] });
    const side = await post({
      ...EXAMPLE_PROGRAMME,
      exercises: [{ ...EXAMPLE_PROGRAMME.exercises[1], side: 'left' }],
    });
    expect(side.body).toMatchObject({ errors: [{ field: 'exercises.0.side' }] });
    const early = await post({ ...EXAMPLE_PROGRAMME, reviewDate: '2026-03-01' });
    expect(early.body).toMatchObject({ errors: [{ field: 'reviewDate' }] });
    const huge = await post({ ...EXAMPLE_PROGRAMME, exercises: [{ ...first, reps: 1000 }] });
    expect(huge.body).toMatchObject({ errors: [{ field: 'exercises.0.reps' }] });
    const seen = await physio.client.get(`/api/v1/clinician/people/${ana.id}`);
    expect((seen.body as { programmes: unknown[] }).programmes).toEqual([]);
  });

  it('leave the person’s plan when they stop sharing, or when the operator disables the clinician', async () => {
    const ana = await person();
    const physio = await clinician();
    const redeemed = await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(ana.client, ['sessions']),
    });
    await physio.client.post(`/api/v1/clinician/people/${ana.id}/programmes`, EXAMPLE_PROGRAMME);
    const consentId = (redeemed.body as { consentId: string }).consentId;
    await ana.client.delete(`/api/v1/sharing/${consentId}`);
    const live = async (who: SessionClient) => {
      const pulled = (await who.get('/api/v1/sync')).body as {
        changes: { kind: string; deleted: boolean }[];
      };
      return pulled.changes.filter((c) => c.kind === 'programme' && !c.deleted).length;
    };
    expect(await live(ana.client)).toBe(0);

    const bob = await person();
    const other = await clinician();
    await other.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(bob.client, ['sessions']),
    });
    await other.client.post(`/api/v1/clinician/people/${bob.id}/programmes`, EXAMPLE_PROGRAMME);
    expect(await live(bob.client)).toBe(1);
    await operator(server.storage, () => clock).disable(other.id);
    expect(await live(bob.client)).toBe(0);
  });

  it('can be taken off the plan by the person’s device, and the clinician sees it gone', async () => {
    const ana = await person();
    const physio = await clinician();
    await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(ana.client, ['sessions']),
    });
    await physio.client.post(`/api/v1/clinician/people/${ana.id}/programmes`, EXAMPLE_PROGRAMME);
    const pulled = (await ana.client.get('/api/v1/sync')).body as {
      changes: { id: string; kind: string; hlc: string }[];
    };
    const programme = pulled.changes.find((c) => c.kind === 'programme');
    if (programme === undefined) throw new Error('no programme pulled');
    const removed = {
      id: programme.id,
      kind: 'programme',
      hlc: programme.hlc.replace(/-0000-/, '-0001-'),
      deleted: true,
      data: null,
    };
    expect((await ana.client.post('/api/v1/sync', { changes: [removed] })).body).toEqual({
      accepted: [programme.id],
      refused: [],
    });
    const seen = await physio.client.get(`/api/v1/clinician/people/${ana.id}`);
    expect((seen.body as { programmes: unknown[] }).programmes).toEqual([]);
  });

  it('keeps each dose to the library’s range for that exercise, and a start within a year', async () => {
    const ana = await person();
    const physio = await clinician();
    await physio.client.post('/api/v1/clinician/redeem', {
      code: await shareCodeFrom(ana.client, ['plan']),
    });
    const post = (body: unknown) =>
      physio.client.post(`/api/v1/clinician/people/${ana.id}/programmes`, body);
    const first = EXAMPLE_PROGRAMME.exercises[0];
    const long = await post({ ...EXAMPLE_PROGRAMME, exercises: [{ ...first, holdSeconds: 3600 }] });
    expect(long.status).toBe(422);
    expect(long.body).toMatchObject({ errors: [{ field: 'exercises.0.holdSeconds' }] });
    const old = await post({
      ...EXAMPLE_PROGRAMME,
      startDate: '1000-01-01',
      reviewDate: '1000-02-01',
    });
    expect(old.body).toMatchObject({ errors: [{ field: 'startDate' }] });
  });
});
