/**
 * Passkeys in the browser: each ceremony asks the server for options, hands them to the device's
 * authenticator through @simplewebauthn/browser (loaded only when a passkey is used), and sends the
 * answer back. A person who closes the authenticator's prompt gets calm words, not an error.
 */
import type { PasskeyView, SignedIn, SignedUp } from '../../core/auth/api.schema.js';
import { type ApiOutcome, getJson, postJson, sendJson } from '../api.js';

export type { PasskeyView };

export type PasskeyOutcome<T> = ApiOutcome<T> | { ok: false; reason: 'cancelled'; words: string };

interface Started {
  challengeId: string;
  // The server's options, passed to the authenticator as they came.
  options: never;
}

const CANCELLED = {
  ok: false,
  reason: 'cancelled',
  words: 'The passkey was not used. Try again, or use your password.',
} as const;

/** Whether this browser can use passkeys at all. */
export function passkeysSupported(): boolean {
  return typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';
}

async function register<T>(optionsUrl: string, body: unknown, answerUrl: string) {
  const started = await postJson<Started>(optionsUrl, body);
  if (!started.ok) return started;
  const { startRegistration } = await import('@simplewebauthn/browser');
  let response: unknown;
  try {
    response = await startRegistration({ optionsJSON: started.data.options });
  } catch {
    return CANCELLED;
  }
  return postJson<T>(answerUrl, { challengeId: started.data.challengeId, response });
}

async function assert<T>(optionsUrl: string, answerUrl: string): Promise<PasskeyOutcome<T>> {
  const started = await sendJson<Started>('POST', optionsUrl);
  if (!started.ok) return started;
  const { startAuthentication } = await import('@simplewebauthn/browser');
  let response: unknown;
  try {
    response = await startAuthentication({ optionsJSON: started.data.options });
  } catch {
    return CANCELLED;
  }
  return postJson<T>(answerUrl, { challengeId: started.data.challengeId, response });
}

export const passkeySignUp = (username: string): Promise<PasskeyOutcome<SignedUp>> =>
  register('/api/v1/auth/passkey/sign-up/options', { username }, '/api/v1/auth/passkey/sign-up');

export const passkeySignIn = (): Promise<PasskeyOutcome<SignedIn>> =>
  assert('/api/v1/auth/passkey/sign-in/options', '/api/v1/auth/passkey/sign-in');

export const addPasskey = (): Promise<PasskeyOutcome<null>> =>
  register('/api/v1/auth/passkeys/options', {}, '/api/v1/auth/passkeys');

export const passkeyConfirm = (): Promise<PasskeyOutcome<null>> =>
  assert('/api/v1/auth/passkey/confirm/options', '/api/v1/auth/passkey/confirm');

export const listPasskeys = (): Promise<ApiOutcome<{ passkeys: PasskeyView[] }>> =>
  getJson('/api/v1/auth/passkeys');

export const removePasskey = (id: string): Promise<ApiOutcome<null>> =>
  sendJson('DELETE', `/api/v1/auth/passkeys/${encodeURIComponent(id)}`);
