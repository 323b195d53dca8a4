/**
 * All of Unknot's content, in one ordered list, with defaults filled in. Authors write items in
 * the per-kind files; `content.test.ts` checks every item against the zod schema, so this module
 * stays free of a validator and cheap to load in the browser.
 */
import { causes } from './items/causes.js';
import { exercises } from './items/exercises.js';
import { faqs } from './items/faq.js';
import { preventions } from './items/prevention.js';
import { symptoms } from './items/symptoms.js';
import { treatments } from './items/treatments.js';
import { warningSigns } from './items/warning-signs.js';
import type { ContentItem, ContentItemInput } from './schema.js';

/** Fills the optional arrays the schema defaults, exactly as `ContentItem.parse` would. */
export function withDefaults(item: ContentItemInput): ContentItem {
  return {
    ...item,
    cautions: item.cautions ?? [],
    guidelineNotes: item.guidelineNotes ?? [],
    aliases: item.aliases ?? [],
    related: item.related ?? [],
  } as ContentItem;
}

export const RAW_CONTENT: readonly ContentItemInput[] = [
  ...warningSigns,
  ...causes,
  ...symptoms,
  ...treatments,
  ...exercises,
  ...preventions,
  ...faqs,
];

export const CONTENT: readonly ContentItem[] = RAW_CONTENT.map(withDefaults);

const byId = new Map(CONTENT.map((item) => [item.id, item]));

export function contentById(id: string): ContentItem | undefined {
  return byId.get(id);
}
