import { describe, expect, it } from 'vitest';
import { contentById } from '../../core/content/index.js';
import { evaluate } from '../../core/triage/engine.js';
import { actionReading, LINKED_CONTENT_IDS } from './presentation.js';

describe('links from a result to Learn', () => {
  it('points only at Learn pages that exist, with their real titles', () => {
    for (const id of LINKED_CONTENT_IDS) expect(contentById(id), id).toBeDefined();
  });

  it('gives every action link of a self-care result a page that exists', () => {
    const result = evaluate({ saddleNumbness: false, durationDays: 2, trend: 'better' });
    for (const action of result.actions) {
      const reading = actionReading(action);
      if (reading === undefined) continue;
      const id = decodeURIComponent(reading.href.replace('/topic/', ''));
      expect(contentById(id), action.id).toBeDefined();
      expect(reading.label).toContain(contentById(id)?.title ?? '');
    }
  });

  it('leaves an action with no link as plain text', () => {
    expect(actionReading({ id: 'check-again', text: 'Check again.' })).toBeUndefined();
  });

  it('keeps an app route as it is', () => {
    expect(actionReading({ id: 'x', text: 'Relief.', link: '/spasm' })?.href).toBe('/spasm');
  });
});
