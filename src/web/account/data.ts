/**
 * The account screens' calls to the server and to this device: each answers an ApiOutcome, so a
 * screen shows the server's refusal beside the field it names, or the offline words. The session
 * is an HttpOnly cookie the browser sends by itself; this device keeps only which account it syncs
 * with (store/sync-state.ts).
 */
import type {
  AccountEventView,
  AccountView,
  SessionView,
  SignedIn,
  SignedUp,
} from '../../core/auth/api.schema.js';
import { type ApiOutcome, getJson, postJson, sendJson } from '../api.js';
import { objectStore, request, STORES } from '../store/database.js';
import { type LinkedAccount, readAccount, SYNC_SETTINGS } from '../store/sync-state.js';

export type { AccountEventView, AccountView, SessionView };

/** The account this device syncs with, if any. */
export async function linkedAccount(): Promise<LinkedAccount | undefined> {
  const store = await objectStore(STORES.settings, 'readonly');
  const stored = await request(store.get(SYNC_SETTINGS.account));
  return readAccount((stored as { value?: unknown } | undefined)?.value);
}

export const signUp = (username: string, password: string): Promise<ApiOutcome<SignedUp>> =>
  postJson('/api/v1/auth/sign-up', { username, password });

export const signIn = (username: string, password: string): Promise<ApiOutcome<SignedIn>> =>
  postJson('/api/v1/auth/sign-in', { username, password });

export const recover = (
  username: string,
  code: string,
  password: string,
): Promise<ApiOutcome<SignedIn>> => postJson('/api/v1/auth/recover', { username, code, password });

export const currentSession = (): Promise<ApiOutcome<SignedIn>> => getJson('/api/v1/auth/session');

export const signOut = (): Promise<ApiOutcome<null>> => sendJson('POST', '/api/v1/auth/sign-out');

export const sessions = (): Promise<ApiOutcome<{ sessions: SessionView[] }>> =>
  getJson('/api/v1/auth/sessions');

export const endSession = (id: string): Promise<ApiOutcome<null>> =>
  sendJson('DELETE', `/api/v1/auth/sessions/${encodeURIComponent(id)}`);

export const endAllSessions = (): Promise<ApiOutcome<null>> =>
  sendJson('DELETE', '/api/v1/auth/sessions');

export const events = (): Promise<ApiOutcome<{ events: AccountEventView[] }>> =>
  getJson('/api/v1/account/events');

export const confirmPassword = (password: string): Promise<ApiOutcome<null>> =>
  postJson('/api/v1/auth/confirm', { password });

export const newRecoveryCodes = (): Promise<ApiOutcome<{ recoveryCodes: string[] }>> =>
  sendJson('POST', '/api/v1/auth/recovery-codes');

/** Everything the account keeps, as the backup file's text. */
export const exportEverything = (): Promise<ApiOutcome<unknown>> =>
  getJson('/api/v1/account/export');

export const deleteAccount = (): Promise<ApiOutcome<null>> => sendJson('DELETE', '/api/v1/account');

/** The codes as a text file the person can keep. */
export function codesFile(username: string, codes: readonly string[]): string {
  return [
    `Unknot recovery codes for ${username}`,
    'Each code lets you back in once if you forget your password. Keep them somewhere safe.',
    '',
    ...codes,
    '',
  ].join('\n');
}
