/**
 * A person's own words → the check's findings, each with the words that led to it and how sure it
 * is. Pure and offline: the same function runs in the browser, the server and the CLI.
 *
 * The steps: tokens (tokens.ts) with spelling slips mended (spelling.ts); the lexicon's phrases
 * found (lexicon.ts); triggers and their scopes decide whether each is said, denied, hedged or
 * about someone else (context.ts); numbers read (quantities.ts); then one finding per key, the most
 * cautious reading winning, because two phrases that disagree must never lower the result.
 */
import type { AnswerKey } from '../answers.js';
import { ANSWER_KEYS, CAUTIOUS_READING, UNSURE } from '../findings.js';
import { QUESTIONS } from '../questions.js';
import { findTriggers, type Modifier, scopeOf, writtenForSomeoneElse } from './context.js';
import { type Entry, LEXICON } from './lexicon.js';
import { compile, findAll, type Pattern } from './patterns.js';
import { readQuantities } from './quantities.js';
import type { AnswerValue, Certainty, Finding, GivenDetails, Reading, Span } from './reading.js';
import { mendSpelling } from './spelling.js';
import { lookup, type Token, tokenize } from './tokens.js';

const COMPILED: ReadonlyArray<{ entry: Entry; patterns: Pattern[] }> = LEXICON.map((entry) => ({
  entry,
  patterns: entry.patterns.map(compile),
}));

/** The longest text the reader takes: a few paragraphs, far more than anyone types in pain. */
export const MAX_TEXT_LENGTH = 4000;

interface Match {
  entry: Entry;
  start: number;
  end: number;
}

interface Candidate {
  key: AnswerKey;
  value: AnswerValue;
  certainty: Certainty;
  ranges: Array<[number, number]>;
  ask: boolean;
}

/** The reassuring answer of each yes/no or choice key: the value a denial gives. */
function isReassuring(key: AnswerKey, value: AnswerValue): boolean {
  if (key === 'canWalk') return value === true;
  return value === false || value === 'none';
}

/**
 * Whether a value denies a finding. "I can walk" is a plain statement, not a denial of a red flag,
 * so only "no" and "none" are denials, which the person confirms.
 */
function isDenial(key: AnswerKey, value: AnswerValue): boolean {
  return key !== 'canWalk' && (value === false || value === 'none');
}

/** A said finding turned round by a negation: "no weakness" → none; "toilet isn't fine" → a problem. */
function negate(key: AnswerKey, value: AnswerValue): AnswerValue | undefined {
  if (key === 'legWeakness' || key === 'onsetAfterTrauma')
    return value === 'none' ? undefined : 'none';
  if (typeof value === 'boolean') return !value;
  return undefined;
}

/** The cautious reading of a hedged finding, as the "Not sure" button gives it. */
function hedge(key: AnswerKey, value: AnswerValue): AnswerValue {
  if (
    key in CAUTIOUS_READING &&
    (typeof value === 'boolean' || key === 'legWeakness' || key === 'onsetAfterTrauma')
  ) {
    return isReassuring(key, value) ? value : UNSURE;
  }
  if (key === 'trend' && value === 'better') return 'same';
  return value;
}

const CHOICE_RANK: Record<string, number> = {
  none: 1,
  minor: 2,
  stable: 2,
  unsure: 3,
  major: 4,
  progressive: 4,
  better: 1,
  same: 2,
  worse: 3,
};

/** How worrying a candidate is, so the most cautious one wins. */
function rank(c: Candidate): number {
  const { key, value } = c;
  if (typeof value === 'number') return value;
  // "Not sure" of a yes/no finding sits between no and yes; of a choice, just below its worst.
  if (value === UNSURE && key !== 'legWeakness' && key !== 'onsetAfterTrauma') return 2;
  if (typeof value === 'boolean') {
    const worrying = key === 'canWalk' ? !value : value;
    return worrying ? 3 : 1;
  }
  // A lower bound the words leave open ranks just below the same value said outright.
  return (lookup(CHOICE_RANK, value) ?? 0) * 2 - (c.ask ? 1 : 0);
}

/** Lexicon matches, a longer fixed phrase hiding a shorter one for the same key inside it. */
function lexiconMatches(tokens: readonly Token[]): Match[] {
  const matches: Match[] = [];
  for (const { entry, patterns } of COMPILED) {
    for (const pattern of patterns) {
      for (const [start, end] of findAll(pattern, tokens)) matches.push({ entry, start, end });
    }
  }
  const within = (inner: Match, outer: Match) =>
    outer.start <= inner.start && inner.end <= outer.end;
  const longer = (a: Match, b: Match) =>
    a.end - a.start > b.end - b.start || (a.end - a.start === b.end - b.start && a.start < b.start);
  const hides = (o: Match, m: Match): boolean => {
    // "not getting worse" hides "getting worse"; "can't walk far" hides "can't walk".
    if (o.entry.fixed === true && m.entry.fixed === true) return longer(o, m);
    if (o.entry.fixed === true) return within(m, o);
    // "no leg pain" denies what leg pain would be, not everything about the legs.
    if (o.entry.onlyWhenDenied === true && m.entry.onlyWhenDenied === true)
      return within(m, o) && longer(o, m);
    return false;
  };
  // Only matches that overlap and share a key can hide one another: compare those alone, so a
  // long text costs little more than a short one.
  const hidden = new Set<Match>();
  const byKey = new Map<string, Match[]>();
  for (const m of matches) {
    for (const key of Object.keys(m.entry.finds)) {
      const list = byKey.get(key) ?? [];
      list.push(m);
      byKey.set(key, list);
    }
  }
  for (const list of byKey.values()) {
    list.sort((x, y) => x.start - y.start);
    for (let i = 0; i < list.length; i++) {
      const m = list[i] as Match;
      for (let j = i + 1; j < list.length; j++) {
        const o = list[j] as Match;
        if (o.start >= m.end) break;
        if (hides(o, m)) hidden.add(m);
        if (hides(m, o)) hidden.add(o);
      }
    }
  }
  return matches.filter((m) => !hidden.has(m));
}

/** Which modifiers reach a match. */
function modifiersOf(
  match: Match,
  scopes: ReadonlyArray<{ modifier: Modifier; range: [number, number] }>,
): Set<Modifier> {
  const found = new Set<Modifier>();
  for (const { modifier, range } of scopes) {
    if (match.start >= range[0] && match.start < range[1]) found.add(modifier);
    else if (match.start >= range[0] && match.end <= range[1]) found.add(modifier);
  }
  return found;
}

/** Words that give a phrase its own polarity: "can't feel the paper", "not getting worse". */
const NEGATION_WORDS = new Set([
  'no',
  'not',
  'never',
  'without',
  'none',
  'nothing',
  'cannot',
  'unable',
  'hardly',
  'barely',
  "can't",
  "couldn't",
  "don't",
  "didn't",
  "doesn't",
  "won't",
  "wouldn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "haven't",
  "hasn't",
  "hadn't",
]);

/** Whether a negation around a match turns it round (see `fixed` in lexicon.ts). */
function turnsRound(match: Match, tokens: readonly Token[]): boolean {
  const { entry } = match;
  if (entry.fixed !== true) return true;
  if (entry.keepsPolarity === true) return false;
  for (let i = match.start; i < match.end; i++)
    if (NEGATION_WORDS.has(tokens[i]?.norm ?? '')) return false;
  return true;
}

function candidatesOf(
  match: Match,
  modifiers: ReadonlySet<Modifier>,
  tokens: readonly Token[],
): Candidate[] {
  const { entry } = match;
  if (modifiers.has('other-person')) return [];
  const negated = modifiers.has('negated') && turnsRound(match, tokens);
  const hedged = modifiers.has('uncertain') || entry.uncertain === true;
  if (entry.onlyWhenDenied === true && !negated) return [];
  const candidates: Candidate[] = [];
  for (const [k, said] of Object.entries(entry.finds)) {
    const key = k as AnswerKey;
    let value: AnswerValue | undefined = said;
    if (negated && entry.onlyWhenDenied !== true) value = negate(key, said as AnswerValue);
    if (value === undefined) continue;
    let certainty: Certainty = isDenial(key, value) ? 'denied' : 'stated';
    // Doubt about a denial stays a denial, which the person confirms; doubt alone is cautious.
    if (hedged && certainty === 'stated') {
      value = hedge(key, value);
      certainty = 'uncertain';
    }
    candidates.push({
      key,
      value,
      certainty,
      ranges: [[match.start, match.end]],
      ask: entry.ask === true && certainty !== 'denied',
    });
  }
  return candidates;
}

/** Sentence index of each token, for reading the words around a weak leg. */
function sentencesOf(tokens: readonly Token[]): number[] {
  let sentence = 0;
  return tokens.map((t) => (t.kind === 'end' ? sentence++ : sentence));
}

const GETTING_WORSE = compile(
  'weaker|worse|worsening|spreading|progressing|deteriorating|more_and_more|each_day|every_day|by_the_day|by_the_hour',
);
const NOT_GETTING_WORSE = [
  compile("hasn't|isn't|not|no|never|wasn't|haven't|aren't ~3 worse|weaker"),
  compile("stable|the_same|hasn't_changed|not_changed|unchanged|getting_better|improving"),
];

/** A weak leg said to be getting worse is an emergency; said to be steady, urgent; else we ask. */
function weaknessCourse(
  candidate: Candidate,
  tokens: readonly Token[],
  sentence: number[],
): Candidate {
  if (
    candidate.key !== 'legWeakness' ||
    candidate.value !== 'stable' ||
    candidate.certainty !== 'stated'
  )
    return candidate;
  const at = candidate.ranges[0]?.[0] ?? 0;
  const near = (i: number) =>
    sentence[i] === sentence[at] || sentence[i] === (sentence[at] ?? 0) + 1;
  const steady = NOT_GETTING_WORSE.flatMap((p) => findAll(p, tokens)).filter(([s]) => near(s));
  const worse = findAll(GETTING_WORSE, tokens).filter(
    ([s, e]) =>
      near(s) && !steady.some(([ss, se]) => ss <= s && e <= se) && tokens[s - 1]?.norm !== 'no',
  );
  if (worse.length > 0)
    return {
      ...candidate,
      value: 'progressive',
      ask: false,
      ranges: [...candidate.ranges, ...worse],
    };
  if (steady.length > 0)
    return { ...candidate, ask: false, ranges: [...candidate.ranges, ...steady] };
  return candidate;
}

function spansOf(
  text: string,
  tokens: readonly Token[],
  ranges: ReadonlyArray<[number, number]>,
): Span[] {
  const spans = ranges
    .map(([s, e]) => ({ start: tokens[s]?.start ?? 0, end: tokens[e - 1]?.end ?? 0 }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    const last = merged.at(-1);
    // Words next to each other ("No" and "numbness") read better as one quote.
    if (last !== undefined && text.slice(last.end, span.start).trim() === '')
      last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
}

/** Red-flag keys: those whose own question is in the emergency or urgent group. */
const RED_FLAGS: ReadonlySet<AnswerKey> = new Set(
  QUESTIONS.filter((q) => q.group === 'emergency' || q.group === 'urgent').map((q) => q.id),
);
const ASKING_ORDER: ReadonlyMap<AnswerKey, number> = new Map(QUESTIONS.map((q, i) => [q.id, i]));

/**
 * Reads a person's description of their back. The text is cut at `MAX_TEXT_LENGTH` characters;
 * the age and sex given apart win over the words (a form field is more exact than a sentence).
 */
export function readDescription(input: string, given: GivenDetails = {}): Reading {
  const text = input.slice(0, MAX_TEXT_LENGTH);
  const tokens = mendSpelling(tokenize(text));
  const matches = lexiconMatches(tokens);
  const inFinding = new Set<number>();
  for (const m of matches) for (let i = m.start; i < m.end; i++) inFinding.add(i);
  const triggers = findTriggers(
    tokens,
    matches.map((m) => [m.start, m.end] as const),
  );
  const scopes = triggers.map((hit) => ({
    modifier: hit.modifier,
    range: scopeOf(hit, tokens, (i) => inFinding.has(i)),
    hit,
  }));

  const sentence = sentencesOf(tokens);
  const quantities = readQuantities(tokens, {
    ...(given.today === undefined ? {} : { today: given.today }),
    forSomeoneElse: writtenForSomeoneElse(tokens),
  });
  const replaced = quantities.flatMap((q) => (q.replaces === undefined ? [] : [q.replaces]));

  const candidates: Candidate[] = [];
  const triggerScopes = scopes.map(({ modifier, range, hit }) => ({
    modifier,
    range: (hit.direction === 'forward' ? range : [range[0], hit.start]) as [number, number],
  }));
  for (const match of matches) {
    if (replaced.some(([s, e]) => match.start >= s && match.end <= e)) continue;
    for (const c of candidatesOf(match, modifiersOf(match, triggerScopes), tokens)) {
      // A denial's words include the trigger that denied it ("no" … "numbness").
      if (c.certainty === 'denied' && turnsRound(match, tokens)) {
        const by = scopes.find(
          (s) =>
            s.modifier === 'negated' &&
            match.start >= s.range[0] &&
            match.start < Math.max(s.range[1], s.hit.start),
        );
        if (by !== undefined) c.ranges.push([by.hit.start, by.hit.end]);
      }
      candidates.push(weaknessCourse(c, tokens, sentence));
    }
  }
  for (const q of quantities) {
    const inScope = scopes.some(
      (s) => s.modifier === 'other-person' && q.range[0] >= s.range[0] && q.range[0] < s.range[1],
    );
    if (inScope) continue;
    candidates.push({
      key: q.key,
      value: q.value,
      certainty: q.certainty,
      ranges: [q.range],
      ask: false,
    });
  }

  const findings: Finding[] = [];
  for (const key of ANSWER_KEYS) {
    let chosen = pick(
      key,
      candidates.filter((c) => c.key === key),
    );
    if (key === 'ageYears' && given.ageYears !== undefined) {
      chosen = { key, value: given.ageYears, certainty: 'stated', ranges: [], ask: false };
    }
    if (key === 'pregnant' && chosen === undefined && given.sex === 'male') {
      chosen = { key, value: false, certainty: 'stated', ranges: [], ask: false };
    }
    if (chosen === undefined) continue;
    const finding: Finding = {
      key,
      value: chosen.value,
      certainty: chosen.certainty,
      spans: spansOf(text, tokens, chosen.ranges),
    };
    if (chosen.ask) finding.ask = true;
    findings.push(finding);
  }

  const toConfirm = findings
    .filter((f) => f.certainty === 'denied' && RED_FLAGS.has(f.key))
    .map((f) => f.key)
    .sort((a, b) => (ASKING_ORDER.get(a) ?? 0) - (ASKING_ORDER.get(b) ?? 0));
  return { findings, toConfirm };
}

/** One candidate per key: the most cautious, with the words of every candidate that agrees. */
function pick(key: AnswerKey, candidates: Candidate[]): Candidate | undefined {
  if (candidates.length === 0) return undefined;
  if (key === 'painNow0to10' || key === 'ageYears') {
    // One reading each (quantities.ts already chose the present score); the largest age said.
    return candidates.reduce((a, b) => ((b.value as number) > (a.value as number) ? b : a));
  }
  const best = candidates.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const agreeing = candidates.filter((c) => c.value === best.value);
  return {
    ...best,
    ask: agreeing.every((c) => c.ask),
    ranges: agreeing.flatMap((c) => c.ranges),
  };
}
