/** treatments: content items of this kind, written in our own words from the seeds and guidelines. */
import type { ContentItemInput } from '../schema.js';

export const treatments: ContentItemInput[] = [];
