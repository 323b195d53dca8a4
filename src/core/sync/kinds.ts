/**
 * The kinds of record a person keeps, by name: what the device stores and, with an account, what
 * sync moves. Each kind's data schema is in kinds.schema.ts; this list is zod-free so code that
 * only names a kind loads no validator.
 */
export const RECORD_KINDS = [
  /**
   * A pain diary entry (core/diary): every pain score the person gives, Today's one tap among
   * them. The plan's daily check-ins of earlier versions became diary entries (web/store).
   */
  'diary-entry',
  /** A habit ticked off on a day (core/plan/habits). */
  'habit-tick',
  /** The answers the weekly plan is made from (core/plan). */
  'profile',
  /** This week's plan, its base and last week's (core/plan). */
  'plan',
  /** A finished or stopped exercise session (core/player). */
  'session-log',
  /** A check's result as it was shown (core/triage/check-record). */
  'check-result',
  /** A setting that follows the person to their other devices (core/preferences). */
  'preference',
  /**
   * A home programme the person's clinician assigned (core/programme): written on the server by
   * the clinician, never by a device, and reaching the person's devices by sync.
   */
  'programme',
] as const;
export type Kind = (typeof RECORD_KINDS)[number];

export function isKind(value: unknown): value is Kind {
  return (RECORD_KINDS as readonly unknown[]).includes(value);
}
