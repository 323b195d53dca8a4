/**
 * Test support for backups: a person's and a clinician's life written through the real app over
 * HTTP (an account with a password, records of every kind with diary entries and a deletion, a
 * share code redeemed, a clinician's look and programme on the trail, feedback), and what the app
 * then serves to each of them, read back through the same API. A restored database must serve
 * exactly that; the clock is fixed, so the reads' own traces (a session seen, a look on the trail)
 * are the same on either side.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { uuidv7 } from '../../../core/ids.js';
import { AT, diaryChange, stamp, tombstoneChange } from '../../../core/sync/fixtures.js';
import { changeOfEachKind } from '../../../core/sync/kind-fixtures.js';
import { buildApp } from '../../app.js';
import { clinicianSignedIn, shareCodeFrom } from '../../clinician/clinician-client.test-support.js';
import { SessionClient, signedUp, TEST_PASSWORD } from '../../http/session-client.test-support.js';
import type { Storage } from '../database.js';

/** Every app in these tests reads this clock, so both sides of a restore agree on "now". */
export const NOW = AT + 3_600_000;

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** Unknot's real app on `storage` (already migrated), listening on a loopback port. */
export async function serve(storage: Storage): Promise<Served> {
  const app = await buildApp({ storage, now: () => NOW });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export interface World {
  readonly username: string;
  /** Session cookies made before the backup: a restored database knows them. */
  readonly personCookie: string | undefined;
  readonly clinicianCookie: string | undefined;
  readonly personId: string;
  readonly feedback: { id: string; contentId: string; helpful: boolean; comment: string };
}

const PROGRAMME = {
  title: 'Settling the low back',
  exercises: [{ exerciseId: 'knee-to-chest', holdSeconds: 20, reps: 3, sets: 1, side: 'both' }],
  sessionsPerDay: 2,
  daysPerWeek: 5,
  startDate: '2026-03-02',
  reviewDate: '2026-03-30',
  allowProgression: false,
};

function expectStatus(what: string, status: number, expected: number): void {
  if (status !== expected) throw new Error(`${what} answered ${status}, not ${expected}`);
}

/** Writes a person's and a clinician's data through the app at `url`; `tag` keeps names apart. */
export async function writeWorld(url: string, storage: Storage, tag = 'ana'): Promise<World> {
  const username = `${tag}-person`;
  const { client: person } = await signedUp(url, username);
  const diary = Array.from({ length: 40 }, (_, i) => diaryChange(i + 1, i % 11));
  const pushed = await person.post('/api/v1/sync', {
    changes: [...changeOfEachKind(AT), ...diary],
  });
  expectStatus('push', pushed.status, 200);
  // A deletion travels as a tombstone and must come back as one.
  const deleted = await person.post('/api/v1/sync', {
    changes: [tombstoneChange(7, stamp(AT + 10_000))],
  });
  expectStatus('tombstone push', deleted.status, 200);
  const me = (await person.get('/api/v1/account')).body as { id: string };

  const physio = await clinicianSignedIn(
    url,
    storage,
    `${tag}-physio`,
    'Sam Patel',
    'physiotherapist',
    () => NOW,
  );
  const code = await shareCodeFrom(person, ['diary', 'sessions', 'checks', 'plan']);
  expectStatus(
    'redeem',
    (await physio.client.post('/api/v1/clinician/redeem', { code })).status,
    200,
  );
  expectStatus(
    'clinician look',
    (await physio.client.get(`/api/v1/clinician/people/${me.id}`)).status,
    200,
  );
  expectStatus(
    'programme',
    (await physio.client.post(`/api/v1/clinician/people/${me.id}/programmes`, PROGRAMME)).status,
    201,
  );

  const feedback = {
    id: uuidv7(NOW, (n) => randomBytes(n)),
    contentId: 'muscle-strain',
    helpful: true,
    comment: `helped ${tag}`,
  };
  expectStatus(
    'feedback',
    (await new SessionClient(url).post('/api/v1/feedback', feedback)).status,
    201,
  );
  return {
    username,
    personCookie: person.cookie,
    clinicianCookie: physio.client.cookie,
    personId: me.id,
    feedback,
  };
}

/**
 * Everything the app serves the world's person and, unless `clinician` is false, its clinician,
 * as read over HTTP. The clinician's look goes on the person's trail, so only the person's reads
 * give the same answers when repeated on one database.
 */
export async function observe(
  url: string,
  world: World,
  { clinician: withClinician = true } = {},
): Promise<Record<string, unknown>> {
  const person = new SessionClient(url);
  person.cookie = world.personCookie;
  const clinician = new SessionClient(url);
  clinician.cookie = world.clinicianCookie;
  const seen: Record<string, unknown> = {};
  const read = async (name: string, client: SessionClient, path: string) => {
    const res = await client.get(path);
    seen[name] = { status: res.status, body: res.body };
  };
  await read('session', person, '/api/v1/auth/session');
  await read('account', person, '/api/v1/account');
  await read('events', person, '/api/v1/account/events');
  await read('devices', person, '/api/v1/auth/sessions');
  await read('records', person, '/api/v1/sync?after=0');
  await read('sharing', person, '/api/v1/sharing');
  await read('trail', person, '/api/v1/sharing/audit');
  if (withClinician) await read('people', clinician, '/api/v1/clinician/people');
  // Feedback is read back the way a retry reads it: the same id answers the stored record.
  const again = await new SessionClient(url).post('/api/v1/feedback', world.feedback);
  seen.feedback = { status: again.status, body: again.body };
  return seen;
}

/** Signs in with the world's password: the stored hash came through the restore. */
export async function signsIn(url: string, world: World): Promise<number> {
  const client = new SessionClient(url);
  const res = await client.post('/api/v1/auth/sign-in', {
    username: world.username,
    password: TEST_PASSWORD,
  });
  return res.status;
}
