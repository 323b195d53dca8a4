/**
 * The authorization matrix (issue 10): every route of the OpenAPI document, asked by each kind of
 * caller, each time in a world where person A has records and consents and person B has their own.
 * The table below says, for every route, exactly who gets past authorization; a route missing
 * from the table fails the first test, so a new route cannot be left out. "Refused" is 401, 403 or
 * 404 with no data; every GET a caller is refused or is not meant to see A in must not carry A's
 * records; and after all the refused calls of a route, A's records and consents are as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeInput } from '../../core/programme/programme.schema.js';
import { AT } from '../../core/sync/fixtures.js';
import { changeOfEachKind } from '../../core/sync/kind-fixtures.js';
import { SIGN_IN_LIMITS } from '../account/service.js';
import {
  clinicianSignedIn,
  operator,
  shareCodeFrom,
} from '../clinician/clinician-client.test-support.js';
import {
  type Sent,
  SessionClient,
  signedUp,
  TEST_PASSWORD,
} from '../http/session-client.test-support.js';
import { startTestServer, type TestServer } from '../test-server.js';

const CALLERS = [
  'none',
  'personA',
  'personB',
  'clinicianShared',
  'clinicianNotShared',
  'clinicianRevoked',
  'clinicianDisabled',
] as const;
type Caller = (typeof CALLERS)[number];

const PERSONS: Caller[] = ['personA', 'personB'];
const LIVE_CLINICIANS: Caller[] = ['clinicianShared', 'clinicianNotShared', 'clinicianRevoked'];
const SIGNED_IN: Caller[] = [...PERSONS, ...LIVE_CLINICIANS];
/** A's note: any answer carrying it carries A's records. */
const A_MARK = 'Stiff after the drive';

interface World {
  clients: Record<Caller, SessionClient>;
  aId: string;
  bId: string;
  consentId: string;
  codeId: string;
  aSessionId: string;
  programmeId: string;
}

interface Row {
  /** Who gets past authorization; null for a route that needs no account. */
  allowed: readonly Caller[] | null;
  /** The request; the world's ids fill the path. Async when it must make something first. */
  request?: (
    w: World,
  ) => { path?: string; body?: unknown } | Promise<{ path?: string; body?: unknown }>;
  /** Callers allowed to see A's records in the answer. */
  seesA?: readonly Caller[];
}

const PROGRAMME: ProgrammeInput = {
  title: 'Settling the low back',
  exercises: [{ exerciseId: 'knee-to-chest', holdSeconds: 20, reps: 3, sets: 1, side: 'both' }],
  sessionsPerDay: 1,
  daysPerWeek: 5,
  startDate: '2026-03-02',
  reviewDate: '2026-03-30',
  allowProgression: false,
};
const PASSKEY_ANSWER = { response: { id: 'x', rawId: 'x', type: 'public-key', response: {} } };

const TABLE: Record<string, Row> = {
  // Routes that take no account and keep nothing of a person's.
  'GET /healthz': { allowed: null },
  'GET /api/openapi.json': { allowed: null },
  'GET /api/problems/{code}': { allowed: null },
  'GET /api/v1/content': { allowed: null },
  'GET /api/v1/content/{id}': { allowed: null },
  'GET /api/v1/search': { allowed: null },
  'GET /api/v1/exercises': { allowed: null },
  'GET /api/v1/exercises/{id}': { allowed: null },
  'GET /api/v1/relief': { allowed: null },
  'POST /api/v1/feedback': { allowed: null },
  'POST /api/v1/triage': { allowed: null },
  'GET /api/v1/triage/questions': { allowed: null },
  'POST /api/v1/triage/text': { allowed: null },
  'POST /api/v1/plan': { allowed: null },
  'POST /api/v1/plan/ics': { allowed: null },
  'POST /api/v1/diary/summary': { allowed: null },
  'POST /api/v1/diary/export': { allowed: null },
  'POST /api/v1/auth/sign-up': { allowed: null },
  'POST /api/v1/auth/sign-in': { allowed: null },
  'POST /api/v1/auth/recover': { allowed: null },
  'POST /api/v1/auth/sign-out': { allowed: null },
  'POST /api/v1/auth/passkey/sign-up/options': { allowed: null },
  'POST /api/v1/auth/passkey/sign-up': { allowed: null },
  'POST /api/v1/auth/passkey/sign-in/options': { allowed: null },
  'POST /api/v1/auth/passkey/sign-in': { allowed: null },
  'POST /api/v1/clinician/setup': { allowed: null },

  // Each signed-in account's own: any live account, for itself only.
  'GET /api/v1/auth/session': { allowed: SIGNED_IN, seesA: ['personA'] },
  'POST /api/v1/auth/confirm': {
    allowed: SIGNED_IN,
    request: () => ({ body: { password: TEST_PASSWORD } }),
  },
  'POST /api/v1/auth/recovery-codes': { allowed: SIGNED_IN },
  'GET /api/v1/auth/sessions': { allowed: SIGNED_IN, seesA: ['personA'] },
  'DELETE /api/v1/auth/sessions': { allowed: SIGNED_IN },
  'DELETE /api/v1/auth/sessions/{id}': {
    allowed: ['personA'],
    request: (w) => ({ path: `/api/v1/auth/sessions/${w.aSessionId}` }),
  },
  'POST /api/v1/auth/passkeys/options': { allowed: SIGNED_IN },
  'POST /api/v1/auth/passkeys': { allowed: SIGNED_IN, request: () => ({ body: PASSKEY_ANSWER }) },
  'GET /api/v1/auth/passkeys': { allowed: SIGNED_IN },
  // A has no passkey: the row shows no one else can remove one by its id.
  'DELETE /api/v1/auth/passkeys/{id}': {
    allowed: [],
    request: () => ({ path: '/api/v1/auth/passkeys/not-a-passkey-of-theirs' }),
  },
  'POST /api/v1/auth/passkey/confirm/options': { allowed: SIGNED_IN },
  'POST /api/v1/auth/passkey/confirm': {
    allowed: SIGNED_IN,
    request: () => ({ body: PASSKEY_ANSWER }),
  },
  'GET /api/v1/account': { allowed: SIGNED_IN, seesA: ['personA'] },
  'GET /api/v1/account/events': { allowed: SIGNED_IN, seesA: ['personA'] },
  'GET /api/v1/account/export': { allowed: SIGNED_IN, seesA: ['personA'] },
  'DELETE /api/v1/account': { allowed: SIGNED_IN },
  'GET /api/v1/sync': { allowed: SIGNED_IN, seesA: ['personA'] },
  'POST /api/v1/sync': { allowed: SIGNED_IN, request: () => ({ body: { changes: [] } }) },

  // A person's sharing: persons only, each their own consents.
  'GET /api/v1/sharing': { allowed: PERSONS, seesA: ['personA'] },
  'POST /api/v1/sharing/codes': {
    allowed: PERSONS,
    request: () => ({ body: { scopes: ['diary'] } }),
  },
  'DELETE /api/v1/sharing/codes/{id}': {
    allowed: ['personA'],
    request: (w) => ({ path: `/api/v1/sharing/codes/${w.codeId}` }),
  },
  'PUT /api/v1/sharing/{id}': {
    allowed: ['personA'],
    request: (w) => ({ path: `/api/v1/sharing/${w.consentId}`, body: { scopes: ['diary'] } }),
  },
  'DELETE /api/v1/sharing/{id}': {
    allowed: ['personA'],
    request: (w) => ({ path: `/api/v1/sharing/${w.consentId}` }),
  },
  'GET /api/v1/sharing/audit': { allowed: PERSONS, seesA: ['personA'] },
  'GET /api/v1/sharing/audit/fhir': { allowed: PERSONS, seesA: ['personA'] },

  // The clinician's: live clinicians, and A's records only through A's consent in force.
  'POST /api/v1/clinician/redeem': {
    allowed: LIVE_CLINICIANS,
    request: async (w) => ({ body: { code: await shareCodeFrom(w.clients.personA, ['diary']) } }),
  },
  'GET /api/v1/clinician/people': { allowed: LIVE_CLINICIANS, seesA: ['clinicianShared'] },
  'GET /api/v1/clinician/people/{id}': {
    allowed: ['clinicianShared'],
    request: (w) => ({ path: `/api/v1/clinician/people/${w.aId}` }),
    seesA: ['clinicianShared'],
  },
  'POST /api/v1/clinician/people/{id}/reviewed': {
    allowed: ['clinicianShared'],
    request: (w) => ({ path: `/api/v1/clinician/people/${w.aId}/reviewed` }),
  },
  'POST /api/v1/clinician/people/{id}/programmes': {
    allowed: ['clinicianShared'],
    request: (w) => ({ path: `/api/v1/clinician/people/${w.aId}/programmes`, body: PROGRAMME }),
  },
  'PUT /api/v1/clinician/people/{id}/programmes/{programmeId}': {
    allowed: ['clinicianShared'],
    request: (w) => ({
      path: `/api/v1/clinician/people/${w.aId}/programmes/${w.programmeId}`,
      body: PROGRAMME,
    }),
  },
  'DELETE /api/v1/clinician/people/{id}/programmes/{programmeId}': {
    allowed: ['clinicianShared'],
    request: (w) => ({ path: `/api/v1/clinician/people/${w.aId}/programmes/${w.programmeId}` }),
  },
};

/** The same clinician routes aimed at B, who shares with no one: no caller gets past. */
const AT_B: Record<string, (w: World) => { path: string; body?: unknown }> = {
  'GET /api/v1/clinician/people/{id}': (w) => ({ path: `/api/v1/clinician/people/${w.bId}` }),
  'POST /api/v1/clinician/people/{id}/reviewed': (w) => ({
    path: `/api/v1/clinician/people/${w.bId}/reviewed`,
  }),
  'POST /api/v1/clinician/people/{id}/programmes': (w) => ({
    path: `/api/v1/clinician/people/${w.bId}/programmes`,
    body: PROGRAMME,
  }),
  'PUT /api/v1/clinician/people/{id}/programmes/{programmeId}': (w) => ({
    path: `/api/v1/clinician/people/${w.bId}/programmes/${w.programmeId}`,
    body: PROGRAMME,
  }),
};

let server: TestServer;
let worlds = 0;
beforeAll(async () => {
  server = await startTestServer({
    signInLimits: { ...SIGN_IN_LIMITS, signUpsPerAddress: 100_000, perAddress: 100_000 },
  });
});
afterAll(() => server.close());

async function confirm(client: SessionClient): Promise<void> {
  const res = await client.post('/api/v1/auth/confirm', { password: TEST_PASSWORD });
  if (res.status !== 204) throw new Error(`confirm answered ${res.status}`);
}

/** A fresh world: A with records, a consent and a programme; B; four clinicians in each state. */
async function world(): Promise<World> {
  worlds += 1;
  const name = (who: string) => `${who}${worlds}`;
  const a = (await signedUp(server.url, name('ana'))).client;
  const b = (await signedUp(server.url, name('bob'))).client;
  await a.post('/api/v1/sync', { changes: changeOfEachKind(AT) });
  await b.post('/api/v1/sync', {
    changes: changeOfEachKind(AT).map((c) => ({
      ...c,
      data: c.kind === 'diary-entry' ? { at: new Date(AT).toISOString(), pain0to10: 2 } : c.data,
    })),
  });
  const aId = ((await a.get('/api/v1/account')).body as { id: string }).id;
  const bId = ((await b.get('/api/v1/account')).body as { id: string }).id;
  const shared = await clinicianSignedIn(server.url, server.storage, name('shared'));
  const notShared = await clinicianSignedIn(server.url, server.storage, name('notshared'));
  const revoked = await clinicianSignedIn(server.url, server.storage, name('revoked'));
  const disabled = await clinicianSignedIn(server.url, server.storage, name('disabled'));
  const redeem = async (c: SessionClient) =>
    (
      (
        await c.post('/api/v1/clinician/redeem', {
          code: await shareCodeFrom(a, ['diary', 'sessions', 'checks', 'plan']),
        })
      ).body as { consentId: string }
    ).consentId;
  const consentId = await redeem(shared.client);
  const revokedId = await redeem(revoked.client);
  await redeem(disabled.client);
  await a.delete(`/api/v1/sharing/${revokedId}`);
  await operator(server.storage).disable(disabled.id);
  const made = await shared.client.post(`/api/v1/clinician/people/${aId}/programmes`, PROGRAMME);
  const programmeId = (made.body as { id: string }).id;
  const code = await a.post('/api/v1/sharing/codes', { scopes: ['checks'] });
  const codeId = (code.body as { id: string }).id;
  const aSessionId = ((await a.get('/api/v1/auth/sessions')).body as { sessions: { id: string }[] })
    .sessions[0]?.id as string;
  for (const c of [a, b, shared.client, notShared.client, revoked.client]) await confirm(c);
  return {
    clients: {
      none: new SessionClient(server.url),
      personA: a,
      personB: b,
      clinicianShared: shared.client,
      clinicianNotShared: notShared.client,
      clinicianRevoked: revoked.client,
      clinicianDisabled: disabled.client,
    },
    aId,
    bId,
    consentId,
    codeId,
    aSessionId,
    programmeId,
  };
}

/** What A keeps: records and consents, to compare before and after the refused calls. */
async function aState(w: World): Promise<string> {
  const records = (await w.clients.personA.get('/api/v1/sync')).body;
  const sharing = (await w.clients.personA.get('/api/v1/sharing')).body as { consents: unknown };
  return JSON.stringify({ records, consents: sharing.consents });
}

const refusedStatus = (status: number) => status === 401 || status === 403 || status === 404;

async function call(w: World, caller: Caller, key: string, row: Row): Promise<Sent> {
  const [method, template] = key.split(' ') as [string, string];
  const made = row.request === undefined ? {} : await row.request(w);
  const path = made.path ?? template;
  const body = made.body ?? (method === 'GET' || method === 'DELETE' ? undefined : {});
  return w.clients[caller].send(method, path, body);
}

describe('the authorization matrix', () => {
  it('has a row for every route of the OpenAPI document, and none for a route that is not there', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual(Object.keys(TABLE).sort());
  });

  const guarded = Object.entries(TABLE).filter(([, row]) => row.allowed !== null);

  it.each(guarded)(
    '%s: exactly the allowed callers get past, and no one else reads or writes A’s',
    async (key, row) => {
      const w = await world();
      const allowed = row.allowed ?? [];
      const before = await aState(w);
      // Refused callers first: they must change nothing, so the allowed ones still meet the world.
      const order = [...CALLERS].sort(
        (x, y) => Number(allowed.includes(x)) - Number(allowed.includes(y)),
      );
      const got: Record<string, string> = {};
      let checked = false;
      for (const caller of order) {
        if (allowed.includes(caller) && !checked) {
          expect(await aState(w), 'a refused call changed A').toBe(before);
          checked = true;
        }
        const res = await call(w, caller, key, row);
        const refused = refusedStatus(res.status);
        got[caller] = refused ? 'refused' : 'allowed';
        if (refused) {
          expect(res.headers.get('content-type') ?? '').toContain('application/problem+json');
        }
        if (!(row.seesA ?? []).includes(caller)) {
          const text = JSON.stringify(res.body ?? '');
          expect(text, `${caller} read A's records`).not.toContain(A_MARK);
          // A refusal names the path it was asked (which may hold A's session id); nothing else may.
          if (!refused) expect(text, `${caller} read A's session`).not.toContain(w.aSessionId);
        }
      }
      if (!checked) expect(await aState(w), 'a refused call changed A').toBe(before);
      expect(got).toEqual(
        Object.fromEntries(CALLERS.map((c) => [c, allowed.includes(c) ? 'allowed' : 'refused'])),
      );
    },
  );

  it.each(Object.entries(AT_B))(
    '%s aimed at B, who shares with no one: every caller refused',
    async (key, request) => {
      const w = await world();
      const [method] = key.split(' ') as [string];
      for (const caller of CALLERS) {
        const made = request(w);
        const res = await w.clients[caller].send(method, made.path, made.body);
        expect(refusedStatus(res.status), `${caller} got ${res.status}`).toBe(true);
      }
      const bRecords = (await w.clients.personB.get('/api/v1/sync')).body as {
        changes: { kind: string }[];
      };
      expect(bRecords.changes.map((c) => c.kind)).not.toContain('programme');
    },
  );
});
