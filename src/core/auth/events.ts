/**
 * What the account log records, and how the person reads it: sign-ins and downloads of their data
 * above all, so that a sign-in they did not make stands out.
 */
export const ACCOUNT_EVENT_WORDS = {
  'signed-up': 'Account made',
  'signed-in': 'Signed in',
  recovered: 'Signed in with a recovery code and set a new password',
  'codes-renewed': 'New recovery codes made (the old ones stopped working)',
  exported: 'Downloaded everything the account keeps',
  'signed-out-everywhere': 'Signed out on every device',
} as const;

export type AccountEventKind = keyof typeof ACCOUNT_EVENT_WORDS;
export const ACCOUNT_EVENT_KINDS = Object.keys(ACCOUNT_EVENT_WORDS) as AccountEventKind[];
