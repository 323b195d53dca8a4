/**
 * Test support: clinician accounts as the operator's CLI makes them (through the same service),
 * set up over real HTTP as a clinician does from their link, and a person's share code made the
 * way the sharing page makes one (the password confirmed, then the code).
 */
import { randomBytes } from 'node:crypto';
import type { ConsentScope } from '../../core/consent/scopes.js';
import type { Profession } from '../../core/programme/programme.js';
import { SessionClient, TEST_PASSWORD } from '../http/session-client.test-support.js';
import type { Storage } from '../storage/database.js';
import { clinicianServiceOn } from './on-database.js';

/** The clinician service on a test server's database, as the CLI builds it. */
export function operator(storage: Storage, now: () => number = Date.now) {
  return clinicianServiceOn(storage.db, now, (n) => randomBytes(n));
}

/** A clinician made by the operator and set up over HTTP, signed in. */
export async function clinicianSignedIn(
  base: string,
  storage: Storage,
  username: string,
  name = 'Sam Patel',
  profession: Profession = 'physiotherapist',
  now?: () => number,
): Promise<{ client: SessionClient; id: string }> {
  const made = await operator(storage, now).add(name, profession);
  const client = new SessionClient(base);
  const res = await client.post('/api/v1/clinician/setup', {
    token: made.token,
    username,
    password: TEST_PASSWORD,
  });
  if (res.status !== 200) throw new Error(`set-up answered ${res.status}`);
  return { client, id: made.id };
}

/** A share code made by a signed-in person, after giving their password again. */
export async function shareCodeFrom(
  person: SessionClient,
  scopes: readonly ConsentScope[],
): Promise<string> {
  const confirmed = await person.post('/api/v1/auth/confirm', { password: TEST_PASSWORD });
  if (confirmed.status !== 204) throw new Error(`confirm answered ${confirmed.status}`);
  const made = await person.post('/api/v1/sharing/codes', { scopes });
  if (made.status !== 201) throw new Error(`share code answered ${made.status}`);
  return (made.body as { code: string }).code;
}
