/**
 * The clinician area's words, once: how much each person needs them (in words, never colour
 * alone), what a person shares seen from the clinician's side, and a diary entry's details in the
 * diary's own words (core/diary/words.ts), so the clinician reads what the person wrote.
 */
import type { NeedLevel } from '../../core/clinician/need.js';
import { CONSENT_SCOPES, type ConsentScope, SCOPE_WORDS } from '../../core/consent/scopes.js';
import type { DiaryEntry } from '../../core/diary/entry.js';
import { helpedWords, SET_OFF_BY_WORDS, WHERE_WORDS } from '../../core/diary/words.js';

export const NEED_WORDS: Record<NeedLevel, string> = {
  act: 'Needs you',
  watch: 'Keep an eye',
  steady: 'Steady',
};

/**
 * A scope's title as the clinician reads it. SCOPE_WORDS speaks to the person ("Your plan"); on
 * the clinician's side the plan is the person's own, so it says so.
 */
export function scopeTitle(scope: ConsentScope): string {
  return scope === 'plan' ? 'Their own plan' : SCOPE_WORDS[scope].title;
}

/** What the person shares and what they do not, each in the scopes' order. */
export function sharing(scopes: readonly ConsentScope[]): {
  shared: string[];
  notShared: string[];
} {
  return {
    shared: CONSENT_SCOPES.filter((s) => scopes.includes(s)).map(scopeTitle),
    notShared: CONSENT_SCOPES.filter((s) => !scopes.includes(s)).map(scopeTitle),
  };
}

/** A diary entry's details, one line each, as the person's diary shows them. */
export function entryLines(e: DiaryEntry): string[] {
  const out: string[] = [];
  if (e.where !== undefined && e.where.length > 0) {
    out.push(`Where: ${e.where.map((w) => WHERE_WORDS[w].toLowerCase()).join(', ')}`);
  }
  if (e.setOffBy !== undefined && e.setOffBy.length > 0) {
    out.push(`Set off by: ${e.setOffBy.map((s) => SET_OFF_BY_WORDS[s].toLowerCase()).join(', ')}`);
  }
  if (e.helped !== undefined && e.helped.length > 0) {
    out.push(`Helped: ${helpedWords(e.helped, e.medicine).join(', ')}`);
  }
  if (e.sleepDisturbed === true) out.push('Sleep disturbed');
  if (e.activity !== undefined) {
    out.push(`${e.activity.name}: managed ${e.activity.managed0to10} out of 10`);
  }
  if (e.episodeOver === true) out.push('They said the episode is over');
  return out;
}

/** The diary's trend (core/diary), which reads the last few days: said as "lately". */
export const TREND_WORDS = {
  better: 'Lately, pain is easing.',
  same: 'Lately, pain is about the same.',
  worse: 'Lately, pain is getting worse.',
} as const;
