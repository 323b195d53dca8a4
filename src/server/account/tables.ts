/**
 * The account feature's tables as Kysely sees them (snake_case, as stored; times as ISO 8601 UTC
 * text, which sorts by time on both databases). Only the account repository uses these types.
 */
import type { ColumnType } from 'kysely';
import type { AccountEventKind } from '../../core/auth/events.js';

export interface AccountsTable {
  id: string;
  /** usernameKey of the name; null only for accounts from before names moved here. */
  username: string | null;
  created_at: string;
  /** The last number handed to one of the account's synced records (server/sync). */
  sync_seq: ColumnType<number | string, never, number | string>;
  /** 'person' or 'clinician' (issue 10); a clinician account is made by the operator's CLI. */
  role: ColumnType<'person' | 'clinician', 'person' | 'clinician' | undefined, never>;
  /** A clinician's name as people see it ("Sam Patel"); null for a person. */
  display_name: string | null;
  /** A clinician's profession (core/programme PROFESSIONS); null for a person. */
  profession: string | null;
  /** When the operator disabled the clinician; a disabled clinician sees nothing. */
  disabled_at: string | null;
}

export interface PasswordCredentialsTable {
  account_id: string;
  /** core/auth/username.ts's usernameKey of the name. */
  username: string;
  /** argon2id, PHC string format. */
  hash: string;
  changed_at: string;
}

export interface SessionsTable {
  /** A UUIDv7 the person sees in their list of devices; never the token. */
  id: string;
  /** SHA-256 of the session token, hex: a stolen database holds no usable session. */
  token_hash: string;
  account_id: string;
  /** What the person is told the device is ("Chrome on Android"). */
  device: string;
  created_at: string;
  last_seen_at: string;
  /** When the person last gave their password again in this session; null if never. */
  confirmed_at: string | null;
}

export interface RecoveryCodesTable {
  account_id: string;
  /** SHA-256 of the account id and the code: each code has 100 random bits. */
  code_hash: string;
}

/** What the person can read about their account: sign-ins, exports and the like. */
export interface AccountEventsTable {
  id: string;
  account_id: string;
  at: string;
  kind: AccountEventKind;
  device: string;
}

export interface AuthAttemptsTable {
  /** What is limited: "signin:account:<id>" or "signin:address:<ip>". */
  key: string;
  window_start: string;
  count: number;
}

export interface PasskeysTable {
  /** The WebAuthn credential id, base64url. */
  id: string;
  account_id: string;
  /** The COSE public key, base64url. */
  public_key: string;
  /** The authenticator's signature counter; PostgreSQL's bigint comes back as text. */
  counter: ColumnType<number | string, number, number>;
  /** JSON list of the transports the authenticator named. */
  transports: string;
  /** The device the passkey was made on ("Chrome on Android"). */
  device: string;
  created_at: string;
  last_used_at: string | null;
}

export interface WebauthnChallengesTable {
  id: string;
  /** base64url; what the passkey must sign. */
  challenge: string;
  purpose: 'register' | 'sign-in' | 'confirm';
  /** The signed-in account adding a passkey or confirming; null for sign-up and sign-in. */
  account_id: string | null;
  /** The name a new account will take (sign-up with a passkey). */
  username: string | null;
  expires_at: string;
}

export interface AccountTables {
  accounts: AccountsTable;
  password_credentials: PasswordCredentialsTable;
  sessions: SessionsTable;
  auth_attempts: AuthAttemptsTable;
  recovery_codes: RecoveryCodesTable;
  account_events: AccountEventsTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
}
