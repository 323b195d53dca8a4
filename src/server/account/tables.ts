/**
 * The account feature's tables as Kysely sees them (snake_case, as stored; times as ISO 8601 UTC
 * text, which sorts by time on both databases). Only the account repository uses these types.
 */
export interface AccountsTable {
  id: string;
  created_at: string;
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
}

export interface AuthAttemptsTable {
  /** What is limited: "signin:account:<id>" or "signin:address:<ip>". */
  key: string;
  window_start: string;
  count: number;
}

export interface AccountTables {
  accounts: AccountsTable;
  password_credentials: PasswordCredentialsTable;
  sessions: SessionsTable;
  auth_attempts: AuthAttemptsTable;
}
