/**
 * Whether a finding the words name is said, denied, hedged, or about someone else, in the spirit
 * of NegEx and ConText (Chapman et al. 2001; Harkema et al. 2009): trigger phrases with a scope.
 *
 * - A trigger before a finding ("no", "I don't have", "not sure if") reaches forward to the end of
 *   the sentence, a turn such as "but", "although" or "apart from", a new clause ("and my ...",
 *   ", the toilet ..."), or ten words, whichever comes first; a list joined by commas and "or"
 *   stays in scope ("no numbness, fever or toilet problems").
 * - A trigger after a finding ("... is fine", "... are normal", "... seems okay") reaches back only
 *   over the words that name what is fine ("my legs and waterworks are normal"), so "my legs hurt
 *   and I can't work" denies nothing.
 * - Pseudo-triggers look like triggers but are not ("not sure" is doubt, not denial).
 * - Words inside a finding's own phrase are never triggers: "can't feel the paper" is the finding.
 *
 * Where doubt and denial meet ("I don't think so", "seems okay") the words read as a denial, which
 * the person confirms before any result; doubt alone reads as the cautious answer.
 */
import { compile, findAll, type Pattern } from './patterns.js';
import type { Token } from './tokens.js';

export type Modifier = 'negated' | 'uncertain' | 'other-person';

interface Trigger {
  modifier: Modifier;
  direction: 'forward' | 'backward';
  patterns: readonly string[];
}

const TRIGGERS: readonly Trigger[] = [
  {
    modifier: 'negated',
    direction: 'forward',
    patterns: [
      "no|not|never|without|none|nor|neither|nothing|zero|free_of|denies|deny|absence_of|ruled_out|isn't|aren't|wasn't|weren't|haven't|hasn't|hadn't|don't|doesn't|didn't|won't|wouldn't|ain't|couldn't",
      'any_more|anymore|no_longer|no_sign_of|no_signs_of',
    ],
  },
  {
    modifier: 'negated',
    direction: 'backward',
    patterns: [
      'fine|normal|normally|ok|okay|alright|all_right|unaffected|unchanged|clear|good|working|work|ok',
      'gone_away|went_away|cleared_up|has_stopped|have_stopped|stopped|resolved|not_a_problem|no_problem|no_problems|none',
    ],
  },
  {
    modifier: 'uncertain',
    direction: 'forward',
    patterns: [
      "i_think|i_guess|i_reckon|maybe|might|possibly|probably|perhaps|could_be|not_sure|unsure|dunno|idk|don't_know_if|don't_know_whether|can't_tell|can't_be_sure|wonder_if|wondering_if|sort_of|kind_of|a_touch_of|a_bit_of_a|query|suspect|suspected|hard_to_say|may_have|may_be",
    ],
  },
  {
    modifier: 'uncertain',
    direction: 'backward',
    patterns: ["i_think|maybe|possibly|perhaps|not_sure|i'm_not_sure|or_not|i_suspect|i_wonder"],
  },
  {
    modifier: 'other-person',
    direction: 'forward',
    patterns: [
      'my|our ~1 mum|mom|mother|dad|father|brother|sister|wife|husband|partner|friend|son|daughter|aunt|uncle|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|cousin|boyfriend|girlfriend|family|parents|colleague|neighbour|neighbor ~1 had|has|have|died|got|gets|suffered|suffers|was|is',
      // "Mum had breast cancer", "DAD HAD BOWEL CANCER": a relative named without "my".
      'mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa ~1 had|has|died|suffered|suffers',
      'family_history|runs_in_the_family|runs_in_my_family',
    ],
  },
];

/** Phrases that contain a trigger's words but are not triggers. */
const PSEUDO = [
  "not_only|not_just|no_doubt|not_sure|no_idea|not_certain|nothing_else|no_other|can't_remember|don't_remember|don't_know|not_much|no_matter|not_quite|not_bad|not_too_bad|no_wonder|not_long|not_long_ago|never_mind|no_reason|no_obvious_reason|not_for_long|not_a_lot|didn't_help|doesn't_help|hasn't_helped|haven't_helped|not_helping",
].map(compile);

/** Words that end a forward scope: a turn of the sentence. */
const TERMINATORS = new Set([
  'but',
  'however',
  'although',
  'though',
  'except',
  'apart',
  'aside',
  'besides',
  'yet',
  'whereas',
  'which',
  'because',
  'cause',
  'so',
  'then',
  'otherwise',
  'still',
  'unless',
]);

/** The clause starts that are subjects, which begin a clause even without "and" or a comma. */
const SUBJECTS = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'my',
  'it',
  "it's",
  'there',
  "there's",
  'she',
  'he',
  'they',
  'we',
  'both',
]);

/** Words that begin a new clause after "and" or a comma, so a forward scope ends there. */
const CLAUSE_STARTS = new Set([
  ...SUBJECTS,
  'the',
  'this',
  'that',
  'our',
  'his',
  'her',
  'your',
  'either',
  'one',
  'a',
  'an',
  'some',
  'now',
  'since',
  'today',
  'yesterday',
  'also',
  'just',
  'when',
  'if',
  'sometimes',
  'last',
]);

/**
 * Words after which a subject ("my", "both", "i've") still belongs to the negated phrase:
 * prepositions and the verbs of thinking and saying ("no numbness in my legs", "I don't think my
 * legs are weak"). After any other word ("no injury both my legs have gone tingly") the subject
 * begins a new clause even without a comma, and the negation ends there; not noticing something
 * is not its denial ("I didn't notice I'd had an accident").
 */
const CONTINUERS = new Set([
  'in',
  'on',
  'of',
  'to',
  'into',
  'down',
  'from',
  'at',
  'with',
  'around',
  'round',
  'about',
  'for',
  'near',
  'through',
  'across',
  'under',
  'over',
  'between',
  'by',
  'behind',
  'up',
  'or',
  'nor',
  'any',
  'think',
  'believe',
  'feel',
  'felt',
  'have',
  'has',
  'had',
  'get',
  'got',
  'reckon',
  'say',
  'said',
  'that',
  'if',
  'whether',
  'where',
  'lost',
  'lose',
  'losing',
  'affecting',
  'affect',
  'affects',
  'wrong',
]);

/** Words that always begin something new: a negation before them never reaches past them. */
const STRONG_BREAKS = new Set([
  'now',
  'until',
  'till',
  'suddenly',
  'today',
  'tonight',
  'yesterday',
  'recently',
  'lately',
  'since',
]);

/**
 * Words that close a list of denials ("no fall or anything, numb down below"), unless the phrase
 * goes on ("not on anything that lowers my immunity").
 */
const LIST_ENDS = new Set(['anything', 'whatsoever', 'etc', 'else']);
const LIST_GOES_ON = new Set([
  'that',
  'which',
  'like',
  'to',
  'in',
  'on',
  'with',
  'about',
  'wrong',
  'for',
  'from',
  'affecting',
]);

/**
 * Finite verbs: after a comma inside a negation's scope, a stretch holding one of these is a new
 * clause ("no temperature, legs both gone weak"), not the next item of a list of denials.
 */
const CLAUSE_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'am',
  "'s",
  'have',
  'has',
  'had',
  'gone',
  'got',
  'went',
  'go',
  'goes',
  'feel',
  'feels',
  'felt',
  'started',
  'starts',
  'keep',
  'keeps',
  'kept',
  'became',
  'become',
  'seem',
  'seems',
  'seemed',
  'can',
  "can't",
  'could',
  "couldn't",
  'woke',
  'wake',
  'wakes',
  'came',
  'comes',
  'turned',
  'turns',
]);

/** Whether the stretch after a comma at `comma` (to the next comma or sentence end) is a clause. */
function clauseAfter(tokens: readonly Token[], comma: number): boolean {
  for (let j = comma + 1; j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (token.kind === 'end' || token.kind === 'comma') return false;
    if (token.kind === 'word' && CLAUSE_VERBS.has(token.norm)) return true;
  }
  return false;
}

/** Words a backward trigger may reach over: linking words between a named part and "fine". */
const LINKING = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'seem',
  'seems',
  'seemed',
  'feel',
  'feels',
  'felt',
  'look',
  'looks',
  'looked',
  'has',
  'have',
  'had',
  'to',
  'all',
  'and',
  'the',
  'my',
  'of',
  'a',
  'bit',
  'so',
  'far',
  'totally',
  'completely',
  'perfectly',
  'pretty',
  'quite',
  'absolutely',
  'still',
  'otherwise',
  'also',
  'too',
  'both',
  'seem_to',
  'just',
  'fine',
  'are',
  'entirely',
  'both',
  'i',
  "i'm",
  'am',
  'as',
  'usual',
  'always',
  "'s",
  'themselves',
  'itself',
  // "my bone density scan was fine": what was looked at, then its verdict.
  'scan',
  'scans',
  'test',
  'tests',
  'result',
  'results',
  'check',
  'checks',
  'density',
  'both',
]);

const COMPILED = TRIGGERS.map((t) => ({ ...t, compiled: t.patterns.map(compile) }));

export interface TriggerHit {
  modifier: Modifier;
  direction: 'forward' | 'backward';
  start: number;
  end: number;
  /** "Fever? Nope.": a one-word answer that denies the whole question before it. */
  answers?: true;
}

/** One-word answers to a question the person asks themselves ("Numbness? None."). */
const ANSWERS_NO = new Set(['no', 'nope', 'nah', 'none', 'never', 'negative', 'nothing', 'zero']);

const BODY = new Set([
  'back',
  'spine',
  'leg',
  'legs',
  'foot',
  'feet',
  'bladder',
  'bowels',
  'bum',
  'bottom',
  'hip',
  'hips',
]);

/**
 * Whether someone is writing for another person ("Mum had cancer. Her back is so bad she can't
 * walk"): their body is "his" or "her", never "my". Then a relative's history is the patient's
 * own, so no words are set aside as someone else's.
 */
export function writtenForSomeoneElse(tokens: readonly Token[]): boolean {
  let theirs = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const owner = tokens[i]?.norm;
    // "her back", "her lower back"
    if (!BODY.has(tokens[i + 1]?.norm ?? '') && !BODY.has(tokens[i + 2]?.norm ?? '')) continue;
    if (owner === 'my') return false;
    if (owner === 'his' || owner === 'her') theirs = true;
  }
  return theirs;
}

/** Every trigger in the tokens, leaving out pseudo-triggers and words inside `taken` ranges. */
export function findTriggers(
  tokens: readonly Token[],
  taken: ReadonlyArray<readonly [number, number]>,
): TriggerHit[] {
  const blocked = new Set<number>();
  for (const [s, e] of taken) for (let i = s; i < e; i++) blocked.add(i);
  const pseudo = new Set<number>();
  for (const p of PSEUDO)
    for (const [s, e] of findAll(p, tokens)) for (let i = s; i < e; i++) pseudo.add(i);

  const hits: TriggerHit[] = [];
  const forSomeoneElse = writtenForSomeoneElse(tokens);
  for (const trigger of COMPILED) {
    if (forSomeoneElse && trigger.modifier === 'other-person') continue;
    for (const pattern of trigger.compiled) {
      for (const [start, end] of findAll(pattern, tokens)) {
        let free = true;
        for (let i = start; i < end; i++) if (blocked.has(i)) free = false;
        // A pseudo-trigger cancels a negation inside it, but "not sure" is itself doubt.
        if (trigger.modifier !== 'uncertain') {
          for (let i = start; i < end; i++) if (pseudo.has(i)) free = false;
        }
        if (free)
          hits.push({ modifier: trigger.modifier, direction: trigger.direction, start, end });
      }
    }
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const after = tokens[i + 2];
    if (
      tokens[i]?.norm === '?' &&
      ANSWERS_NO.has(tokens[i + 1]?.norm ?? '') &&
      (after === undefined || after.kind === 'end' || after.kind === 'comma')
    )
      hits.push({
        modifier: 'negated',
        direction: 'backward',
        start: i + 1,
        end: i + 2,
        answers: true,
      });
  }
  return hits;
}

const FORWARD_WORDS = 10;

/** The token range [start, end) a trigger reaches. */
export function scopeOf(
  hit: TriggerHit,
  tokens: readonly Token[],
  isFindingToken: (i: number) => boolean,
): [number, number] {
  if (hit.direction === 'forward') {
    let words = 0;
    let i = hit.end;
    for (; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.kind === 'end') break;
      if (token.kind === 'word' && TERMINATORS.has(token.norm) && !isFindingToken(i)) break;
      const previous = tokens[i - 1];
      if (i > hit.end && previous !== undefined) {
        if (token.kind === 'comma' && clauseAfter(tokens, i)) break;
        if (LIST_ENDS.has(previous.norm) && !LIST_GOES_ON.has(token.norm)) break;
        if (token.kind === 'word' && STRONG_BREAKS.has(token.norm)) break;
        // After "and" or a comma a finding may go on the list ("no numbness and tingling");
        // straight after another word, only a subject starts a clause of its own.
        const listed = previous.kind === 'comma' || previous.norm === 'and';
        if (token.kind === 'word' && listed && CLAUSE_STARTS.has(token.norm) && !isFindingToken(i))
          break;
        if (
          token.kind === 'word' &&
          !listed &&
          SUBJECTS.has(token.norm) &&
          !CONTINUERS.has(previous.norm)
        )
          break;
      }
      if (token.kind === 'word' || token.kind === 'number') words++;
      if (words > FORWARD_WORDS) break;
    }
    return [hit.end, i];
  }
  if (hit.answers === true) {
    // The question the answer follows: back to the end of the sentence before it.
    let s = hit.start - 2;
    while (s >= 0 && tokens[s]?.kind !== 'end') s--;
    return [s + 1, hit.start - 1];
  }
  // Backward: only over linking words and the words of findings ("my legs and waterworks are").
  let i = hit.start - 1;
  for (; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.kind === 'end' || token.kind === 'comma') break;
    if (isFindingToken(i)) continue;
    if (token.kind === 'word' && LINKING.has(token.norm)) continue;
    break;
  }
  return [i + 1, hit.start];
}

export type { Pattern };
