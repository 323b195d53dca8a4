/**
 * Every migration, listed by hand in timestamp order. A static list (no folder scan) works the same
 * from src/ under tsx or vitest and from dist/node. Append-only: a shipped migration is never edited
 * or removed; a change is a new file with a later timestamp, added at the end here.
 * There is no `down`: shipped data moves forward only, so a mistake is fixed by a new migration.
 */
import type { Migration } from 'kysely';
import * as feedback from './2026_11_21_000100_feedback.js';
import * as accounts from './2026_12_04_000100_accounts.js';
import * as accountRecords from './2026_12_04_000200_account_records.js';
import * as passkeys from './2026_12_04_000300_passkeys.js';
import * as clinicians from './2026_12_04_000400_clinicians.js';
import * as auditScopes from './2026_12_04_000500_audit_scopes.js';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '2026_11_21_000100_feedback': feedback,
  '2026_12_04_000100_accounts': accounts,
  '2026_12_04_000200_account_records': accountRecords,
  '2026_12_04_000300_passkeys': passkeys,
  '2026_12_04_000400_clinicians': clinicians,
  '2026_12_04_000500_audit_scopes': auditScopes,
};
