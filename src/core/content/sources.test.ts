/**
 * Sources a person can read: every article shows its title and, where the article gives them, its
 * site, author and date; no file name reaches a label; and every note where current guidance
 * departs from an article names that article and says what differs.
 */
import { describe, expect, it } from 'vitest';
import { describeRules } from '../plan/progression.js';
import { reliefProtocol } from '../relief/protocol.js';
import { ARTICLE_IDS } from './constants.js';
import { CONTENT } from './index.js';
import type { GuidelineNote, Source } from './schema.js';
import { articleLabel, articlesLabel, sourceLabel } from './sources.js';

const FILE_NAME = /\.txt\b|\b\d{3}_[0-9a-f]{8,}/;

function sourcesOf(item: {
  sources: readonly Source[];
  evidence?: { sources: readonly Source[] } | undefined;
  guidelineNotes: readonly GuidelineNote[];
}): Source[] {
  return [
    ...item.sources,
    ...(item.evidence?.sources ?? []),
    ...item.guidelineNotes.flatMap((n) => n.sources),
  ];
}

describe('source labels', () => {
  it('an article is shown by its title, author, site and date where it gives them', () => {
    expect(articleLabel('does-stretching-help-back-spasms')).toBe(
      '“Does Stretching Help Back Spasms” by Bowie, Workout Planner, 17 May 2023',
    );
    expect(articleLabel('back-spasms-emergeortho')).toBe(
      '“Back Spasms: Are you suffering from them?”, EmergeOrtho',
    );
    expect(
      sourceLabel({ type: 'article', id: 'back-spasms-demystified', section: 'How to prevent' }),
    ).toBe('Article: “Back Spasms Demystified: What You Need to Know”, section “How to prevent”');
  });

  it('no label of any source in content, the spasm steps or the plan rules names a file', () => {
    const labels = [
      ...ARTICLE_IDS.map(articleLabel),
      ...CONTENT.flatMap(sourcesOf).map(sourceLabel),
      ...reliefProtocol().flatMap(sourcesOf).map(sourceLabel),
      ...describeRules().map((r) => r.source),
    ];
    expect(labels.length).toBeGreaterThan(200);
    expect(labels.filter((label) => FILE_NAME.test(label))).toEqual([]);
  });

  it('names one article, or several joined as a person would say them', () => {
    expect(articlesLabel(['back-spasms-emergeortho'])).toBe(
      'the article “Back Spasms: Are you suffering from them?”, EmergeOrtho',
    );
    expect(articlesLabel(['back-spasms-demystified', 'back-spasms-emergeortho'])).toBe(
      'the articles “Back Spasms Demystified: What You Need to Know” and “Back Spasms: Are you suffering from them?”, EmergeOrtho',
    );
  });
});

describe('where current guidance differs from an article', () => {
  const notes = [
    ...CONTENT.map((item) => ({ id: item.id, notes: item.guidelineNotes })),
    ...reliefProtocol().map((step) => ({ id: `relief:${step.id}`, notes: step.guidelineNotes })),
  ].flatMap(({ id, notes }) => notes.map((note) => ({ id, note })));

  it('there are such notes, and each names the articles it departs from', () => {
    expect(notes.length).toBeGreaterThan(15);
    for (const { id, note } of notes) {
      expect(note.differsFrom.length, id).toBeGreaterThan(0);
    }
  });

  it('each note cites the guidance it follows instead, not only the article', () => {
    for (const { id, note } of notes) {
      expect(
        note.sources.some((s) => s.type === 'guideline'),
        id,
      ).toBe(true);
    }
  });
});
