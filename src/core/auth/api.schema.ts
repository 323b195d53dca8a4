/**
 * What the account API takes and gives (`/api/v1/auth/*`, `/api/v1/account/*`): one schema for the
 * server's checks and its OpenAPI document, and the types the web's account screens read. Names and
 * passwords are only checked for shape here; their rules (username.ts, password.ts) are applied by
 * the service, which names the field it refuses.
 */
import { z } from 'zod';
import { ClinicianView } from '../consent/api.schema.js';
import { ACCOUNT_EVENT_KINDS } from './events.js';
import { PASSWORD_MAX } from './password.js';

const text = (what: string, max: number) =>
  z.string({ error: `must be ${what} as text` }).max(max * 4, `must be at most ${max} characters`);

export const Credentials = z.strictObject({
  username: text('the name', 200).describe('The sign-in name: 3 to 40 letters, digits, . _ -'),
  password: text('the password', PASSWORD_MAX).describe('8 to 128 characters'),
});

export const RecoverRequest = z.strictObject({
  username: text('the name', 200),
  code: text('a recovery code', 60).describe('One of the recovery codes, any case, dashes or not'),
  password: text('the new password', PASSWORD_MAX).describe('The new password'),
});

export const ConfirmRequest = z.strictObject({
  password: text('the password', PASSWORD_MAX),
});

export const AccountView = z.object({
  id: z.string(),
  username: z.string(),
  hasPassword: z.boolean().describe('The account can sign in with a password'),
  passkeys: z.number().int().describe('How many passkeys can sign in to it'),
  recoveryCodesLeft: z.number().int(),
  role: z
    .enum(['person', 'clinician'])
    .describe('A clinician account has the clinician area; a person’s has sharing'),
  clinician: ClinicianView.nullable().describe('The clinician’s name and profession'),
});
export type AccountView = z.infer<typeof AccountView>;

export const SignedUp = z.object({
  account: AccountView,
  recoveryCodes: z
    .array(z.string())
    .describe('Shown once: each lets the person back in once if the password is lost'),
});
export type SignedUp = z.infer<typeof SignedUp>;

export const SignedIn = z.object({ account: AccountView });
export type SignedIn = z.infer<typeof SignedIn>;

export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

export const SessionView = z.object({
  id: z.string(),
  device: z.string().describe('The browser and system, e.g. "Chrome on Android"'),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean().describe('This is the device asking'),
});
export type SessionView = z.infer<typeof SessionView>;
export const SessionList = z.object({ sessions: z.array(SessionView) });

export const AccountEventView = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(ACCOUNT_EVENT_KINDS),
  device: z.string(),
});
export type AccountEventView = z.infer<typeof AccountEventView>;
export const EventList = z.object({ events: z.array(AccountEventView) });

/** A passkey ceremony's first answer: what the browser hands the authenticator. */
export const PasskeyOptions = z.object({
  challengeId: z.string().describe('Send back with the authenticator\u2019s answer'),
  options: z.unknown().describe('WebAuthn options, as JSON, for @simplewebauthn/browser'),
});

const WebAuthnJson = z.looseObject({
  id: z.string().max(2048),
  rawId: z.string().max(2048),
  type: z.literal('public-key', { error: 'must be "public-key"' }),
  response: z.looseObject({}),
  clientExtensionResults: z.looseObject({}).optional(),
});

export const PasskeyAnswer = z.strictObject({
  challengeId: z.string().max(64),
  response: WebAuthnJson.describe(
    'The authenticator\u2019s answer, as @simplewebauthn/browser gives it',
  ),
});

export const PasskeyStart = z.strictObject({
  username: z.string({ error: 'must be the name as text' }).max(800),
});

export const PasskeyView = z.object({
  id: z.string(),
  device: z.string().describe('Where it was made, e.g. "Chrome on Android"'),
  createdAt: z.string(),
  lastUsedAt: z.string().optional(),
});
export type PasskeyView = z.infer<typeof PasskeyView>;
export const PasskeyList = z.object({ passkeys: z.array(PasskeyView) });
