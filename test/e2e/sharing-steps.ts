/**
 * Sharing as the person's browser tests take it: the person makes a share code on the sharing page,
 * and the clinician's side runs without a second browser: the operator adds a clinician with the
 * real CLI (`unknot clinician add`) on the test server's data folder, and the clinician sets up,
 * redeems the code, reads, and assigns or ends a programme over HTTP, keeping the session cookie as
 * a browser would.
 */
import type { Page } from 'playwright-core';
import type { ProgrammeInput } from '../../src/core/programme/programme.schema.js';
import { addClinician as addClinicianLink } from './clinician-cli.js';
import type { RunningServer } from './harness.js';

export const SHARING_PATH = '/account/sharing';

export async function openSharing(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}${SHARING_PATH}`);
  await page.getByRole('heading', { level: 1, name: 'Share with your clinician' }).waitFor();
  await page.locator('.sharing-page:not([data-state="loading"])').waitFor();
}

/**
 * On the sharing page: ticks `scopes` (by their titles) and makes a code, giving the password when
 * the server asks for it again; answers the code shown.
 */
export async function makeCode(
  page: Page,
  scopes: readonly string[],
  password: string,
): Promise<string> {
  const form = page.getByRole('region', { name: 'Make a share code' });
  for (const scope of scopes) await form.getByRole('checkbox', { name: scope }).check();
  await form.getByRole('button', { name: 'Make a share code' }).click();
  const made = page.getByRole('heading', { name: 'Your share code' });
  const confirm = page.getByRole('heading', { name: 'Confirm it is you' });
  await made.or(confirm).waitFor();
  if (await confirm.isVisible()) {
    await page.getByLabel('Your password').fill(password);
    await page.getByRole('button', { name: 'Make the code', exact: true }).click();
    await made.waitFor();
  }
  return (await page.locator('.share-code code').textContent()) ?? '';
}

const COOKIE = '__Host-unknot-session';

export interface Answer {
  status: number;
  body: unknown;
}

/** A clinician signed in over HTTP. */
export class ClinicianApi {
  private cookie = '';
  constructor(private readonly base: string) {}

  async send(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.cookie !== '') headers.cookie = `${COOKIE}=${this.cookie}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set?.startsWith(`${COOKIE}=`))
      this.cookie = set.slice(COOKIE.length + 1).split(';')[0] ?? '';
    const text = await res.text();
    return { status: res.status, body: text === '' ? null : JSON.parse(text) };
  }

  /** Redeems a person's share code; answers the person's id. */
  async redeem(code: string): Promise<string> {
    const res = await this.send('POST', '/api/v1/clinician/redeem', { code });
    if (res.status !== 200)
      throw new Error(`redeem answered ${res.status}: ${JSON.stringify(res.body)}`);
    return (res.body as { id: string }).id;
  }

  /** Reads one person's records, as the clinician's person page does. */
  person(id: string): Promise<Answer> {
    return this.send('GET', `/api/v1/clinician/people/${encodeURIComponent(id)}`);
  }

  /** Assigns a programme to a person; answers its record id. */
  async assignProgramme(personId: string, programme: ProgrammeInput): Promise<string> {
    const res = await this.send(
      'POST',
      `/api/v1/clinician/people/${encodeURIComponent(personId)}/programmes`,
      programme,
    );
    if (res.status !== 201)
      throw new Error(`assign answered ${res.status}: ${JSON.stringify(res.body)}`);
    return (res.body as { id: string }).id;
  }

  /** Ends a programme: it leaves the person's plan on their next sync. */
  async endProgramme(personId: string, programmeId: string): Promise<void> {
    const res = await this.send(
      'DELETE',
      `/api/v1/clinician/people/${encodeURIComponent(personId)}/programmes/${encodeURIComponent(programmeId)}`,
    );
    if (res.status !== 204) throw new Error(`end answered ${res.status}`);
  }
}

/** A clinician the operator added and who has set up their account, signed in. */
export async function addClinician(
  server: RunningServer,
  name: string,
  username: string,
  password: string,
): Promise<ClinicianApi> {
  const { link } = await addClinicianLink(server, name);
  const token = new URL(link).hash.slice('#token='.length);
  const api = new ClinicianApi(server.url);
  const res = await api.send('POST', '/api/v1/clinician/setup', { token, username, password });
  if (res.status !== 200)
    throw new Error(`set-up answered ${res.status}: ${JSON.stringify(res.body)}`);
  return api;
}
