/**
 * Search answers the questions people in pain actually type, through the same path the browser
 * takes: build the index, serialise it, load it back, search. Snippets stay short and show the
 * word that matched.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../content/index.js';
import {
  buildContentIndex,
  loadContentIndex,
  SNIPPET_LENGTH,
  searchContent,
  serialiseIndex,
} from './index.js';
import { normalisedWords, normaliseTerm, stem, tokenise } from './text.js';

const built = buildContentIndex(CONTENT);
const index = loadContentIndex(serialiseIndex(built));

function top(query: string, n = 3): string[] {
  return searchContent(index, query, n).map((h) => h.id);
}

/** Lay questions and the item that should answer each, within the first three results. */
const QUESTIONS: [query: string, expected: string][] = [
  ['ice or heat?', 'ice-or-heat'],
  ['pills for the pain', 'pain-medicines'],
  ['when is it serious', 'is-it-serious'],
  ['spazm', 'what-is-a-back-spasm'],
  ["can't feel my bum", 'saddle-numbness'],
  ['exercises for my lower back', 'knee-to-chest'],
  ['how do I lift a box', 'lifting-technique'],
  ['should I stay in bed', 'should-i-rest-in-bed'],
  ['can I take ibuprofen', 'nsaid-painkillers'],
  ['is paracetamol ok', 'paracetamol'],
  ['pins and needles in my leg', 'leg-numbness-or-tingling'],
  ["I can't pee properly", 'bladder-bowel-changes'],
  ['back pain and chest pain', 'chest-pain'],
  ['hot water bottle', 'heat-therapy'],
  ['slipped disc', 'underlying-spine-conditions'],
  ['how long will this last', 'how-long-does-a-spasm-last'],
  ['what do I do right now', 'relief-right-now'],
  ['crick in my neck', 'neck-stiffness'],
  ['lumbago', 'back-pain'],
  ['shooting pain down my leg', 'sciatica'],
  ['sitting at a desk all day', 'frequent-breaks'],
  ['how to stretch without hurting myself', 'how-to-stretch-safely'],
  ['what should I eat', 'calcium-potassium-foods'],
  ['chiropractor', 'spinal-manipulation'],
  ['fell off a ladder', 'major-trauma'],
  ['pulled a muscle at the gym', 'muscle-strain'],
  ['yoga or pilates', 'regular-exercise'],
  ['warm up before the gym', 'warm-up'],
  ['hamstrings', 'hamstring-stretch'],
  ['childs pose', 'childs-pose'],
  ['superman exercise', 'superman'],
  ['fever and back ache', 'fever-with-back-pain'],
  ['muscle relaxers', 'muscle-relaxants'],
  ['pain wakes me up at night', 'night-pain'],
  ['stretching pros and cons', 'stretching'],
];

describe('search answers lay questions', () => {
  it('has at least 20 questions', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(QUESTIONS)('"%s" finds %s in the top 3', (query, expected) => {
    expect(top(query)).toContain(expected);
  });

  it('gives the same ranking from the loaded index as from the one built in memory', () => {
    for (const [query] of QUESTIONS) {
      expect(searchContent(index, query, 5)).toEqual(searchContent(built, query, 5));
    }
  });

  it('returns nothing, without failing, for a query of only common words', () => {
    expect(searchContent(index, 'what is the', 10)).toEqual([]);
    expect(searchContent(index, '   ', 10)).toEqual([]);
  });

  it('respects the limit and reports each hit’s kind and title', () => {
    const hits = searchContent(index, 'back', 4);
    expect(hits).toHaveLength(4);
    for (const hit of hits) {
      const item = CONTENT.find((i) => i.id === hit.id);
      expect(item?.kind).toBe(hit.kind);
      expect(item?.title).toBe(hit.title);
    }
  });
});

describe('snippets', () => {
  /** Queries and a word the top hit's snippet must show. */
  const SHOWN: [query: string, shown: RegExp][] = [
    ['ice or heat?', /heat/i],
    ['bananas', /bananas/i],
    ['jumping jacks', /jumping jacks/i],
    ['frozen peas', /frozen peas/i],
    ['naproxen', /naproxen/i],
    ['spazm', /spasm/i],
    ['blood thinners', /blood/i],
    ['sardines', /sardines/i],
    ['toilet paper', /toilet paper/i],
    ['stretches', /stretch/i],
  ];

  it.each(SHOWN)('the top hit for "%s" shows the matched word', (query, shown) => {
    const [hit] = searchContent(index, query, 1);
    expect(hit?.snippet).toMatch(shown);
  });

  it('every snippet is short, for every question', () => {
    for (const [query] of [...QUESTIONS, ...SHOWN]) {
      for (const hit of searchContent(index, query, 10)) {
        // Two characters of room for the ellipses either side.
        expect(hit.snippet.length, `${query} -> ${hit.id}`).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
        expect(hit.snippet.length).toBeGreaterThan(10);
      }
    }
  });

  it('a match deep in a long text is shown in context, marked as an excerpt', () => {
    const [hit] = searchContent(index, 'sardines', 1);
    expect(hit?.id).toBe('calcium-potassium-foods');
    expect(hit?.snippet.startsWith('…')).toBe(true);
    expect(hit?.snippet).toMatch(/sardines/);
  });
});

describe('how search reads words', () => {
  it('brings plurals, -ing and -ed forms together', () => {
    expect(stem('stretches')).toBe(stem('stretch'));
    expect(stem('stretching')).toBe(stem('stretch'));
    expect(stem('spasms')).toBe('spasm');
    expect(stem('injuries')).toBe('injury');
    expect(stem('slipped')).toBe('slip');
    expect(stem('sitting')).toBe('sit');
    expect(stem('swelling')).toBe('swell');
  });

  it('mends common misspellings and drops words that carry no meaning', () => {
    expect(normaliseTerm('Spazm')).toBe('spasm');
    expect(normaliseTerm('ibuprofin')).toBe('ibuprofen');
    expect(normaliseTerm('the')).toBeNull();
    expect(normaliseTerm('x')).toBeNull();
  });

  it('keeps words with apostrophes whole', () => {
    expect(tokenise("can't feel my child’s")).toEqual(['cant', 'feel', 'my', 'childs']);
    expect(normalisedWords("I can't feel my bum")).toEqual(['feel', 'bum']);
  });
});
