/**
 * The sharing page's words, kept apart from its screens so they can be tested: what each scope
 * shows in a sentence, each line of the audit trail in plain words ("Sam Patel looked at your pain
 * diary"), and times as the person reads them on their own clock.
 */
import type { AccountView } from '../../core/auth/api.schema.js';
import { CONSENT_SCOPES, type ConsentScope } from '../../core/consent/scopes.js';
import { PROFESSION_WORDS } from '../../core/programme/programme.js';
import { localDate } from '../../core/time/index.js';
import { passkeysSupported } from '../account/passkeys.js';
import { clockTime, dayLabel, shortDate } from '../dates.js';
import type { AuditEntryView, ConsentView } from './data.js';

/** What a scope opens, as the object of a sentence: "Sam Patel looked at your pain diary". */
export const SCOPE_OBJECT: Record<ConsentScope, string> = {
  diary: 'your pain diary',
  sessions: 'your exercise sessions',
  checks: 'your check results',
  plan: 'your plan',
};

/** Scopes in their usual order, each once, whatever order they were ticked in. */
export function inOrder(scopes: Iterable<ConsentScope>): ConsentScope[] {
  const chosen = new Set(scopes);
  return CONSENT_SCOPES.filter((s) => chosen.has(s));
}

/** Whether `next` adds a scope to `before` (the server asks for the password again then). */
export function widens(before: readonly ConsentScope[], next: readonly ConsentScope[]): boolean {
  return next.some((s) => !before.includes(s));
}

/** "3 Dec 10:04" on the person's clock, with the year when it is not this year's. */
export function whenShort(iso: string, timeZone: string, now = Date.now()): string {
  const date = localDate(Date.parse(iso), timeZone);
  const year =
    date.slice(0, 4) === localDate(now, timeZone).slice(0, 4) ? '' : ` ${date.slice(0, 4)}`;
  return `${shortDate(date)}${year}, ${clockTime(iso, timeZone)}`;
}

/** "Monday 10 March at 14:05", for when a code stops working. */
export function whenLong(iso: string, timeZone: string): string {
  return `${dayLabel(localDate(Date.parse(iso), timeZone))} at ${clockTime(iso, timeZone)}`;
}

/**
 * How the person proves it is them again, for the middle of a sentence: the ways their account
 * has (core/auth's AccountView) and this browser can use.
 */
export function confirmWords(
  account: Pick<AccountView, 'hasPassword' | 'passkeys'>,
  passkeysWork = passkeysSupported(),
): string {
  const passkey = account.passkeys > 0 && passkeysWork;
  if (account.hasPassword && passkey) return 'give your password again, or use your passkey';
  if (passkey) return 'use your passkey';
  return 'give your password again';
}

/** "Sam Patel, physiotherapist". */
export function clinicianWords(clinician: ConsentView['clinician']): string {
  return `${clinician.name}, ${PROFESSION_WORDS[clinician.profession]}`;
}

/** One entry of the trail in plain words; `consents` name the clinician of a consent change. */
export function auditWords(entry: AuditEntryView, consents: readonly ConsentView[]): string {
  const actor = entry.actor.role === 'person' ? 'You' : entry.actor.name;
  const object = entry.scope === null ? 'your records' : SCOPE_OBJECT[entry.scope];
  const consent = consents.find((c) => c.id === entry.consentId);
  const clinician = consent?.clinician.name ?? 'your clinician';
  const refused = entry.outcome === 'denied';
  // What a consent change shared, when the trail names it: " (your pain diary and your plan)".
  const what =
    entry.scopes.length === 0
      ? ''
      : ` (${listWords(inOrder(entry.scopes).map((x) => SCOPE_OBJECT[x]))})`;
  switch (entry.action) {
    case 'code-made':
      return `${actor} made a share code${what}`;
    case 'read':
      return refused
        ? `${actor} tried to look at ${object}, and was refused: nothing was shown`
        : `${actor} looked at ${object}`;
    case 'write':
      if (refused) return `${actor} tried to change ${object}, and was refused: nothing changed`;
      // A clinician writes only programmes: one set, changed or ended.
      return `${actor} set, changed or ended a home programme for you`;
    case 'consent-made':
      return entry.actor.role === 'person'
        ? `You started sharing with ${clinician}${what}`
        : `${actor} used your share code and can now see what you chose${what}`;
    case 'consent-changed':
      return entry.actor.role === 'person'
        ? `You changed what ${clinician} can see${what}`
        : `${actor} changed what they can see${what}`;
    case 'consent-revoked':
      return entry.actor.role === 'person'
        ? `You stopped sharing with ${clinician}`
        : `${actor} stopped seeing your records`;
  }
}

/** "a, b and c". */
function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
