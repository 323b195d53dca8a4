/**
 * Test support: a client that speaks real HTTP to a test server and keeps the session cookie the
 * way a browser would (sending it back only by name and value), so API tests walk what a device
 * does: sign up, push, pull, sign out.
 */
import { SESSION_COOKIE } from './auth.js';

export interface Sent {
  status: number;
  headers: Headers;
  body: unknown;
}

export class SessionClient {
  cookie: string | undefined;
  constructor(
    readonly base: string,
    readonly headers: Record<string, string> = {},
  ) {}

  async send(method: string, path: string, body?: unknown): Promise<Sent> {
    const headers: Record<string, string> = { ...this.headers };
    if (this.cookie !== undefined) headers.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set?.startsWith(`${SESSION_COOKIE}=`)) {
      const value = set.slice(SESSION_COOKIE.length + 1).split(';')[0] ?? '';
      this.cookie = value === '' ? undefined : value;
    }
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      body: text === '' ? null : JSON.parse(text),
    };
  }

  get = (path: string) => this.send('GET', path);
  post = (path: string, body: unknown = {}) => this.send('POST', path, body);
  put = (path: string, body: unknown = {}) => this.send('PUT', path, body);
  delete = (path: string) => this.send('DELETE', path);
}

export const TEST_PASSWORD = 'my back and the long walk home';

/** A client signed up as `username`, with its recovery codes. */
export async function signedUp(
  base: string,
  username: string,
): Promise<{ client: SessionClient; codes: string[] }> {
  const client = new SessionClient(base);
  const made = await client.post('/api/v1/auth/sign-up', { username, password: TEST_PASSWORD });
  if (made.status !== 201) throw new Error(`sign-up answered ${made.status}`);
  return { client, codes: (made.body as { recoveryCodes: string[] }).recoveryCodes };
}
