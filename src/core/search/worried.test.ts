/**
 * Search for worried people: questions in everyday words about whether to worry or see a doctor
 * reach the warning signs and "When should I see a doctor?" first; not being able to walk finds the
 * warning sign before the walking exercise; asking why spasms keep coming finds the causes.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT, contentById } from '../content/index.js';
import { buildContentIndex, searchContent } from './index.js';

const INDEX = buildContentIndex(CONTENT);
const DOCTOR_PAGES = new Set(['when-to-see-a-doctor', 'is-it-serious']);

function first(query: string) {
  const hit = searchContent(INDEX, query, 1)[0];
  return { id: hit?.id, kind: hit?.kind };
}

describe('questions about whether to worry or see a doctor', () => {
  it.each([
    'should I be worried about my back',
    'is this serious',
    'is my back pain dangerous',
    'how do I know if it is something bad',
    'am I overreacting',
    'is it an emergency',
    'do I need to see a GP',
    'when do I need a doctor',
    'should I go to hospital',
    'do I need to go to A&E',
    'should I call 111',
    'when is back pain an emergency',
    'should I see someone about it',
    'what are the red flags',
    'worried it might be something serious',
    'is back pain ever dangerous',
    'do I need an ambulance',
    'how bad does it have to be to see a doctor',
    'should I be concerned',
    'when to go to the ER for back pain',
    'can a back spasm be serious',
    'my back pain scares me',
  ])('"%s" leads with a warning sign or the doctor pages', (query) => {
    const { id, kind } = first(query);
    expect(kind === 'warning_sign' || DOCTOR_PAGES.has(id ?? ''), `${query} → ${id}`).toBe(true);
  });
});

describe('not being able to walk', () => {
  it.each([
    'I cant walk',
    "I can't walk",
    'cannot walk properly',
    'unable to walk',
    'my legs wont hold me up',
    'unable to stand up',
    'it hurts too much to walk',
    'can barely stand',
    'can hardly walk with back pain',
  ])('"%s" finds the warning sign before the walking exercise', (query) => {
    const ids = searchContent(INDEX, query, 10).map((h) => h.id);
    expect(ids[0], `${query} → ${ids.join(', ')}`).toBe('cannot-walk');
    const walking = ids.indexOf('walking');
    if (walking >= 0) expect(walking).toBeGreaterThan(ids.indexOf('cannot-walk'));
  });

  it('has a warning sign on Learn at the level the check gives', () => {
    expect(contentById('cannot-walk')?.urgency).toBe('urgent');
  });
});

describe('why spasms keep coming', () => {
  it.each([
    'why do my spasms keep coming back',
    'why does this keep happening',
    'why does my back keep locking up',
    'spasms again and again',
    'why do I keep getting back spasms',
    'what keeps causing my spasms',
    'why does my back spasm so often',
    'recurring back spasms',
  ])('"%s" finds the causes first', (query) => {
    const { id, kind } = first(query);
    expect(kind === 'cause' || id === 'common-causes', `${query} → ${id}`).toBe(true);
  });
});
