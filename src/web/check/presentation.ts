/**
 * How the check's results are shown: each disposition's short label and how soon it asks for care
 * (the words that go with its colour and icon, so colour is never the only signal), and where an
 * action's "read more" link leads in Learn. No JSX here, so it is tested in Node.
 */
import type { Disposition } from '../../core/triage/dispositions.js';
import type { Action } from '../../core/triage/rules.js';
import { itemPath } from '../routes.js';

export interface DispositionView {
  /** A short label beside the icon, in every list and badge. */
  label: string;
  /** How soon, in words. */
  when: string;
}

export const DISPOSITION_VIEW: Record<Disposition, DispositionView> = {
  emergency: { label: 'Emergency', when: 'Now. Do not wait.' },
  urgent: { label: 'Today', when: 'Today, within 24 hours.' },
  soon: { label: 'In a few days', when: 'In the next few days. It does not need to be today.' },
  self_care: { label: 'At home', when: 'No appointment needed for now.' },
};

/** The "I have a spasm now" relief page. */
export const RELIEF_PATH = '/spasm';

export interface Reading {
  href: string;
  label: string;
}

/** Learn pages that say more about an action than the engine's general link. */
const ACTION_READING: Record<string, { id: string; title: string }> = {
  'keep-moving': { id: 'stay-active', title: 'Rest a little, keep moving gently' },
  heat: { id: 'heat-therapy', title: 'Heat' },
  'pharmacy-pain-relief': { id: 'pain-medicines', title: 'Medicines for the pain' },
};

/** Where to read more about an action, if anywhere: a Learn page or an app route. */
export function actionReading(action: Action): Reading | undefined {
  const known = ACTION_READING[action.id];
  if (known !== undefined) return { href: itemPath(known.id), label: `Read more: ${known.title}` };
  if (action.link === undefined) return undefined;
  if (action.link.startsWith('/')) return { href: action.link, label: 'Open' };
  return { href: itemPath(action.link), label: 'Read more in Learn' };
}

/** Learn pages worth reading after a result that can be looked after at home for now. */
export const SELF_CARE_READING: readonly { id: string; title: string }[] = [
  { id: 'manage-at-home', title: 'How can I look after a back spasm at home?' },
  { id: 'how-long-does-a-spasm-last', title: 'How long does a back spasm last?' },
  { id: 'when-to-see-a-doctor', title: 'When should I see a doctor?' },
];

/** The content ids this module links to, so a test can check that each page exists. */
export const LINKED_CONTENT_IDS: readonly string[] = [
  ...Object.values(ACTION_READING).map((r) => r.id),
  ...SELF_CARE_READING.map((r) => r.id),
];
