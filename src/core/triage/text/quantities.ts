/**
 * The numbers in a person's words: how long the pain has lasted ("for 12 days", "since Monday",
 * "three weeks ago", "a few days"), how bad it is now ("8 out of 10", "8/10", "about a 5"), their
 * age ("I'm 52"), a measured temperature ("38.4"), how many times it happened before ("the fourth
 * time this year") and how long they have looked after it themselves.
 *
 * A number counts only where its clause is about the pain: "treated for cancer four years ago" is
 * not how long the back has hurt, and "26 weeks pregnant" is not a duration at all.
 */

import { weekday } from '../../time/calendar.js';
import { isIsoDate } from '../../units.js';
import type { AnswerKey } from '../answers.js';
import type { Certainty } from './reading.js';
import { lookup, type Token } from './tokens.js';

export interface Quantity {
  key: AnswerKey;
  value: number | boolean | 'unsure';
  certainty: Certainty;
  /** Token range [start, end) of the words it came from. */
  range: [number, number];
  /** Token ranges whose lexicon findings this reading replaces (a bare "temperature"). */
  replaces?: [number, number];
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  none: 0,
  one: 1,
  a: 1,
  an: 1,
  single: 1,
  two: 2,
  couple: 2,
  three: 3,
  few: 3,
  four: 4,
  several: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

const UNIT_DAYS: Record<string, number> = {
  minute: 0,
  minutes: 0,
  min: 0,
  mins: 0,
  hour: 0,
  hours: 0,
  hr: 0,
  hrs: 0,
  day: 1,
  days: 1,
  night: 1,
  nights: 1,
  week: 7,
  weeks: 7,
  wk: 7,
  wks: 7,
  fortnight: 14,
  fortnights: 14,
  month: 30,
  months: 30,
  year: 365,
  years: 365,
  yr: 365,
  yrs: 365,
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Words that tie a clause to the pain itself, its start or its symptoms. */
const PAIN_WORDS =
  /^(pain|hurt|ache|aching|achy|sore|spasm|stiff|back|twing|tingl|numb|weak|symptom|sciatic|start|began|begun|went|gone|flare|slip|fell|fall|trip|lift|twist|injur|agony|bad|leg|foot|bottom|shoot|niggl|crash|accident|hit|landed|pull|tweak|happen|dig|garden|hoover|bend|bent|came|threw|chest|tummy|belly|stomach|crush)|^(it|it's|its|this|that|there)$/;

/** Words that tie a clause to something else: a past illness, a treatment, a pregnancy. */
const OTHER_WORDS =
  /^(cancer|treated|treatment|chemo|chemotherapy|radiotherapy|diagnosed|operation|surgery|prednisolone|prednisone|pred|steroids?|tablets|medication|medicine|condition|pregnant|pregnancy|preg|married|smoked|smoking|smoker|retired|job|uti|utis|infection|cold|flu|covid|virus|kids|children|baby|babies|birth|childbirth|labour|labor|bladder|leaky|mg|arthritis|diet|slimming|cleared|previous|drugs|gear|using)$/;

/** Words that say a clause is about looking after it oneself. */
const SELF_CARE_WORDS =
  /^(ibuprofen|paracetamol|naproxen|codeine|cocodamol|co|painkillers?|heat|pack|bottle|moving|stretch.*|exercises?|physio|massage|gel|nurofen|tylenol|advil|aspirin|leaflet|advice|everything)$/;

const CLAUSE_STARTS = new Set([
  'i',
  "i'm",
  "i've",
  'my',
  'it',
  "it's",
  'the',
  'this',
  'there',
  'for',
  'since',
  'over',
  'about',
  'now',
]);

/**
 * Clauses as token ranges: split at sentence ends, "but", and "and" before a new subject. Commas
 * do not split: "About an hour ago I got a sudden, really severe pain" is one clause.
 */
export function clauses(tokens: readonly Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  const close = (end: number) => {
    if (end > start) ranges.push([start, end]);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const splits =
      t.kind === 'end' ||
      t.norm === 'but' ||
      (t.norm === 'and' && next !== undefined && CLAUSE_STARTS.has(next.norm));
    if (splits) {
      close(i);
      start = i + 1;
    }
  }
  close(tokens.length);
  return ranges;
}

/** The stretch of a clause around a token between commas and "and". */
function partAround(
  tokens: readonly Token[],
  [s, e]: [number, number],
  at: number,
): [number, number] {
  const splits = (t: Token | undefined) =>
    t !== undefined && (t.kind === 'comma' || t.norm === 'and');
  let start = at;
  while (start > s && !splits(tokens[start - 1])) start--;
  let end = at;
  while (end < e && !splits(tokens[end])) end++;
  return [start, end];
}

/** A number at `at` (digits or words, "twenty five"), with the index after it. */
function numberAt(
  tokens: readonly Token[],
  at: number,
): { value: number; next: number } | undefined {
  const t = tokens[at];
  if (t === undefined) return undefined;
  if (t.kind === 'number') return { value: Number(t.norm), next: at + 1 };
  if (t.norm === 'a' && tokens[at + 1]?.norm === 'couple' && tokens[at + 2]?.norm === 'of')
    return { value: 2, next: at + 3 };
  if (t.norm === 'a' && tokens[at + 1]?.norm === 'few') return { value: 3, next: at + 2 };
  if (t.norm === 'couple' && tokens[at + 1]?.norm === 'of') return { value: 2, next: at + 2 };
  const word = lookup(NUMBER_WORDS, t.norm);
  if (word === undefined) return undefined;
  const unit = lookup(NUMBER_WORDS, tokens[at + 1]?.norm ?? '');
  if (word >= 20 && word % 10 === 0 && unit !== undefined && unit > 0 && unit < 10)
    return { value: word + unit, next: at + 2 };
  return { value: word, next: at + 1 };
}

function words(tokens: readonly Token[], [s, e]: [number, number]): string[] {
  return tokens.slice(s, e).map((t) => t.norm);
}

/** Every "N unit" in a range that reads as a span of time, in days, with its token range. */
function durationsIn(
  tokens: readonly Token[],
  [s, e]: [number, number],
  today: string | undefined,
): Array<{ days: number; range: [number, number] }> {
  const found: Array<{ days: number; range: [number, number] }> = [];
  for (let i = s; i < e; i++) {
    const t = tokens[i] as Token;
    const before = tokens[i - 1]?.norm;
    // "yesterday", "last night", "this morning", "since Monday", "an hour ago".
    if (t.norm === 'yesterday') found.push({ days: 1, range: [i, i + 1] });
    if (before === 'last' && t.norm === 'night') found.push({ days: 1, range: [i - 1, i + 1] });
    if (before === 'last' && t.norm === 'week') found.push({ days: 7, range: [i - 1, i + 1] });
    if (
      (before === 'this' || before === 'earlier') &&
      /^(morning|afternoon|evening|today)$/.test(t.norm)
    )
      found.push({ days: 0, range: [i - 1, i + 1] });
    if (t.norm === 'tonight' || (t.norm === 'today' && before === 'since'))
      found.push({ days: 0, range: [i, i + 1] });
    // "It started today", "happened today": the start of the pain, not just the day of writing.
    if (
      t.norm === 'today' &&
      tokens
        .slice(Math.max(s, i - 4), i)
        .some((x) =>
          /^(started|began|happened|came|went|did|pulled|hurt|tweaked|twisted|after|threw|put)$/.test(
            x.norm,
          ),
        )
    )
      found.push({ days: 0, range: [i, i + 1] });
    // "for the past week", "over the last month": one of the unit.
    const timesBefore = tokens
      .slice(Math.max(s, i - 4), i)
      .some((x) => x.norm === 'time' || x.norm === 'times');
    if (
      (before === 'past' || (before === 'last' && t.norm !== 'week' && t.norm !== 'night')) &&
      lookup(UNIT_DAYS, t.norm) !== undefined &&
      !timesBefore
    )
      found.push({ days: lookup(UNIT_DAYS, t.norm) as number, range: [i - 1, i + 1] });
    if (
      (before === 'since' || before === 'on' || before === 'last') &&
      WEEKDAYS.includes(t.norm) &&
      today !== undefined &&
      isIsoDate(today)
    ) {
      const back = (weekday(today) - WEEKDAYS.indexOf(t.norm) + 7) % 7;
      found.push({ days: back === 0 ? 7 : back, range: [i - 1, i + 1] });
    }
    // "a fortnight", "the last fortnight".
    if (
      t.norm === 'fortnight' &&
      !lookup(NUMBER_WORDS, before ?? '') &&
      tokens[i - 1]?.kind !== 'number'
    )
      found.push({ days: 14, range: [i, i + 1] });

    const n = numberAt(tokens, i);
    if (n === undefined) continue;
    const unitToken = tokens[n.next];
    const perUnit = unitToken === undefined ? undefined : lookup(UNIT_DAYS, unitToken.norm);
    if (perUnit === undefined) continue;
    const end = n.next + 1;
    const after = tokens[end]?.norm;
    const lead = tokens.slice(Math.max(s, i - 4), i).map((x) => x.norm);
    const marked =
      after === 'ago' ||
      after === 'now' ||
      after === 'running' ||
      (after === 'so' && tokens[end + 1]?.norm === 'far') ||
      // "two weeks of lower back pain", "10 days in and it's easing".
      (after === 'of' && PAIN_WORDS.test(tokens[end + 1]?.norm ?? '')) ||
      (after === 'of' && PAIN_WORDS.test(tokens[end + 2]?.norm ?? '')) ||
      (after === 'in' && (tokens[end + 1] === undefined || tokens[end + 1]?.norm === 'and')) ||
      lead.some((w) => /^(for|past|last|since|over|lasted|lasting|been|on)$/.test(w));
    const refused =
      after === 'pregnant' ||
      after === 'old' ||
      lead.slice(-2).some((w) => /^(every|each|after|within|times|per|once|twice)$/.test(w)) ||
      lead.some((w) => w === 'time' || w === 'times');
    if (!marked || refused) continue;
    // "a week or so", "two and a half weeks": the whole units are enough.
    found.push({
      days: Math.round(n.value * perUnit),
      range: [i, end + (after === 'ago' ? 1 : 0)],
    });
    i = n.next;
  }
  return found;
}

/** How bad the pain is now: the worst present score, or the last one when all are in the past. */
function scores(tokens: readonly Token[], ranges: Array<[number, number]>): Quantity[] {
  const present: Quantity[] = [];
  const past: Quantity[] = [];
  for (const range of ranges) {
    const ws = words(tokens, range);
    const isPast = ws.some((w) =>
      /^(was|were|first|yesterday|initially|started|used|originally|earlier)$/.test(w),
    );
    for (let i = range[0]; i < range[1]; i++) {
      const n = numberAt(tokens, i);
      if (
        n === undefined ||
        ((tokens[i] as Token).kind === 'word' &&
          /^(a|an|couple|few|several|none|single)$/.test((tokens[i] as Token).norm))
      )
        continue;
      if (n.value < 0 || n.value > 10 || !Number.isInteger(n.value)) continue;
      // "going for a number two" is not a score.
      if (tokens[i - 1]?.norm === 'number') continue;
      const next = tokens[n.next];
      const outOf =
        (next?.norm === 'out' &&
          tokens[n.next + 1]?.norm === 'of' &&
          /^(10|ten)$/.test(tokens[n.next + 2]?.norm ?? '')) ||
        (next?.norm === '/' && tokens[n.next + 1]?.norm === '10');
      const lead = tokens.slice(Math.max(range[0], i - 2), i).map((t) => t.norm);
      const leadIn =
        lead.some((w) =>
          /^(it's|is|about|around|roughly|maybe|like|at|say|score|scale|level|an|a)$/.test(w),
        ) &&
        (next === undefined ||
          next.kind === 'end' ||
          next.kind === 'comma' ||
          !/^(mile|miles|km|mph|kph|kg|kgs|kilos|stone|pounds|lbs|minutes?|hours?|days?|weeks?|months?|years?|times|percent|%|o'clock|am|pm|foot|feet|inch|inches|cm|metres?|meters?|steps|degrees|°|\.|-)$/.test(
            next.norm,
          ));
      if (!outOf && !leadIn) continue;
      const end = outOf ? n.next + (next?.norm === '/' ? 2 : 3) : n.next;
      // "down from a 7 to a 3": the score it came from is over.
      const cameFrom = lead.includes('from');
      (isPast || cameFrom ? past : present).push({
        key: 'painNow0to10',
        value: n.value,
        certainty: 'stated',
        range: [lead.at(-1) === 'an' || lead.at(-1) === 'a' ? i - 1 : i, end],
      });
      i = end - 1;
    }
  }
  if (present.length > 0) {
    return [present.reduce((a, b) => ((b.value as number) > (a.value as number) ? b : a))];
  }
  const last = past.at(-1);
  return last === undefined ? [] : [last];
}

const NOT_YEARS =
  /^(weeks?|wks?|months?|mths?|days?|kg|kilos|stone|pounds|lbs|%|out|\/|times|cm|feet|foot|ft|in|percent|and_a_half|preg|pregnant|mg|minutes?|mins?|hours?|a|an|the|miles?|km)$/;
const RELATIVES =
  /^(mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|son|daughter|husband|wife|partner|he|she|boy|girl|lad|child|kid)$/;
const SEXES = /^(male|female|m|f|man|woman|guy|lady|bloke|yr|yrs)$/;

/**
 * The age: "I'm 52", "72 year old", a lone "67," opening or closing the text ("45 male smoker").
 * Written for someone else, their age is the patient's: "he's 82", "Nan's 79", "my daughter (17)".
 */
function age(tokens: readonly Token[], forSomeoneElse: boolean): Quantity[] {
  const found: Quantity[] = [];
  const bound = (t: Token | undefined) => t === undefined || t.kind === 'end' || t.kind === 'comma';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'number') continue;
    const value = Number(t.norm);
    if (!Number.isInteger(value) || value < 11 || value > 110) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const alone = bound(prev) && (bound(next) || SEXES.test(next?.norm ?? ''));
    const theirs =
      forSomeoneElse &&
      !NOT_YEARS.test(next?.norm ?? '') &&
      (/^(he's|she's)$/.test(prev?.norm ?? '') ||
        (/^('s|is)$/.test(prev?.norm ?? '') && RELATIVES.test(tokens[i - 2]?.norm ?? '')) ||
        (prev?.norm === '(' && RELATIVES.test(tokens[i - 2]?.norm ?? '')));
    // A lone number may also be a count or a score; only one standing as its own sentence part
    // at the very start or end of the text is read as an age.
    const atEdge =
      i <= 1 ||
      tokens.slice(i + 1).filter((x) => x.kind === 'word' || x.kind === 'number').length <= 3;
    if ((alone && atEdge) || theirs)
      found.push({ key: 'ageYears', value, certainty: 'stated', range: [i, i + 1] });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = numberAt(tokens, i);
    if (n === undefined || t.norm === 'a' || t.norm === 'an') continue;
    const before = tokens[i - 1]?.norm ?? '';
    const next = tokens[n.next]?.norm ?? '';
    const yearsOld =
      /^(years?|yrs?|yo|year)$/.test(next) && /^(old|of)$/.test(tokens[n.next + 1]?.norm ?? '');
    const said =
      (/^(i'm|am|aged|age)$/.test(before) && !NOT_YEARS.test(next)) || yearsOld || next === 'yo';
    if (!said || n.value < 1 || n.value > 120 || !Number.isInteger(n.value)) continue;
    found.push({
      key: 'ageYears',
      value: n.value,
      certainty: 'stated',
      range: [before === "i'm" || before === 'aged' ? i - 1 : i, yearsOld ? n.next + 2 : n.next],
    });
  }
  return found;
}

function temperature(tokens: readonly Token[], ranges: Array<[number, number]>): Quantity[] {
  const found: Quantity[] = [];
  for (const range of ranges) {
    const ws = words(tokens, range);
    const word = ws.findIndex((w) => /^(temperature|temp|fever|thermometer|temperatures)$/.test(w));
    for (let i = range[0]; i < range[1]; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'number') continue;
      const value = Number(t.norm);
      const next = tokens[i + 1]?.norm ?? '';
      const unit = /^(°|degrees|c|f|celsius|fahrenheit|°c|°f)$/.test(next);
      // "I'm running 102", "running a 39": a temperature by the way it is said.
      const before = tokens[i - 1]?.norm ?? '';
      const running =
        (/^(running|ran|spiking|spiked)$/.test(before) ||
          (before === 'a' && /^(running|ran)$/.test(tokens[i - 2]?.norm ?? ''))) &&
        !/^(mph|miles?|km|kph|k|m|minutes?|mins?|hours?|metres?|meters?|yards?|laps?|times)$/.test(
          next,
        );
      if (word < 0 && !unit && !running) continue;
      const fahrenheit = value > 45;
      if (fahrenheit ? value < 90 || value > 110 : value < 34 || value > 43) continue;
      const high = fahrenheit ? 100.4 : 38;
      const borderline = fahrenheit ? 99.5 : 37.5;
      const reading: Quantity =
        value >= high
          ? { key: 'fever', value: true, certainty: 'stated', range: [i, i + 1] }
          : value >= borderline
            ? { key: 'fever', value: 'unsure', certainty: 'uncertain', range: [i, i + 1] }
            : { key: 'fever', value: false, certainty: 'denied', range: [i, i + 1] };
      found.push(
        word < 0 ? reading : { ...reading, replaces: [range[0] + word, range[0] + word + 1] },
      );
    }
  }
  return found;
}

function priorEpisodes(tokens: readonly Token[]): Quantity[] {
  const found: Quantity[] = [];
  const text = tokens.map((t) => t.norm);
  for (let i = 0; i < tokens.length; i++) {
    const w = text[i] ?? '';
    const next = text[i + 1];
    const ordinal =
      lookup(ORDINALS, w) ?? (/^(\d+)(st|nd|rd|th)$/.test(w) ? Number.parseInt(w, 10) : undefined);
    if (ordinal !== undefined && (next === 'time' || next === 'episode' || next === 'bout')) {
      found.push({
        key: 'priorEpisodes',
        value: Math.max(0, ordinal - 1),
        certainty: 'stated',
        range: [i, i + 2],
      });
      continue;
    }
    const n = numberAt(tokens, i);
    if (
      n !== undefined &&
      text[n.next] === 'times' &&
      /^(this|in|a|per|over|last|past)$/.test(text[n.next + 1] ?? '')
    ) {
      const rest = text.slice(n.next + 1, n.next + 5).join(' ');
      if (/year|12 months|twelve months/.test(rest)) {
        found.push({
          key: 'priorEpisodes',
          value: n.value,
          certainty: 'stated',
          range: [i, n.next + 1],
        });
        continue;
      }
    }
    const ahead = text.slice(i, i + 8).join(' ');
    if (
      /^never (had|have had|had any|experienced) (back )?(pain|trouble|problems|anything like)?/.test(
        ahead,
      ) &&
      text.slice(i, i + 8).includes('before')
    ) {
      found.push({
        key: 'priorEpisodes',
        value: 0,
        certainty: 'stated',
        range: [i, i + text.slice(i, i + 8).indexOf('before') + 1],
      });
    } else if (/^first (time|episode|bout)\b/.test(ahead)) {
      found.push({ key: 'priorEpisodes', value: 0, certainty: 'stated', range: [i, i + 2] });
    } else if (
      /^(isn't|not|nothing) like anything (i've|i have) (had|felt) before/.test(ahead) ||
      /^nothing like (it|this) before/.test(ahead)
    ) {
      found.push({ key: 'priorEpisodes', value: 0, certainty: 'stated', range: [i, i + 6] });
    } else if (
      /^(keeps|keep) (coming back|happening|recurring|going)|^every few (weeks|months)|^happens (all the time|a lot|often)/.test(
        ahead,
      )
    ) {
      found.push({ key: 'priorEpisodes', value: 3, certainty: 'uncertain', range: [i, i + 3] });
    }
  }
  return found;
}

/**
 * Whether a duration in `part` is about something else: a word of another matter is nearer to it
 * than any word of the pain ("treated for cancer four years ago"), while "pregnant with lower back
 * pain for a fortnight" is about the pain.
 */
function belongsElsewhere(tokens: readonly Token[], [s, e]: [number, number], at: number): boolean {
  let other = Number.POSITIVE_INFINITY;
  let pain = Number.POSITIVE_INFINITY;
  for (let i = s; i < e; i++) {
    const w = (tokens[i] as Token).norm;
    const distance = Math.abs(i - at);
    if (OTHER_WORDS.test(w)) other = Math.min(other, distance);
    // "it" and "this" stand for the pain only when nothing else is named.
    else if (PAIN_WORDS.test(w) && !/^(it|it's|its|this|that|there)$/.test(w))
      pain = Math.min(pain, distance);
  }
  return other < pain;
}

export interface QuantityOptions {
  today?: string;
  /** The text is written for another person (context.ts): their age is the patient's. */
  forSomeoneElse?: boolean;
}

export function readQuantities(
  tokens: readonly Token[],
  options: QuantityOptions = {},
): Quantity[] {
  const ranges = clauses(tokens);
  const found: Quantity[] = [];
  for (const range of ranges) {
    // A clause about the pain: its words, its start, or "it" and "this" standing for it
    // ("Been like this for 4 days").
    const aboutPain = words(tokens, range).some((w) => PAIN_WORDS.test(w));
    for (const d of durationsIn(tokens, range, options.today)) {
      // The part of the clause around the number, between commas and "and": "I'm 26 weeks
      // pregnant and for two weeks I've had pain" keeps the pregnancy out of the second part.
      const around = partAround(tokens, range, d.range[0]);
      const part = words(tokens, around);
      if (belongsElsewhere(tokens, around, d.range[0])) continue;
      // Self-care said with a verb ("tried ibuprofen for a week"), or named alone in a part that
      // says nothing of the pain ("heat pads, ibuprofen and the stretches for ten days").
      const selfCare =
        part.some((w) => SELF_CARE_WORDS.test(w)) &&
        (part.some((w) =>
          /^(used|using|taken|taking|tried|trying|kept|keeping|doing|done)$/.test(w),
        ) ||
          !part.some((w) => PAIN_WORDS.test(w) && !/^(it|it's|its|this|that|there)$/.test(w)));
      if (selfCare)
        found.push({
          key: 'selfCareTriedDays',
          value: d.days,
          certainty: 'stated',
          range: d.range,
        });
      else if (aboutPain)
        found.push({ key: 'durationDays', value: d.days, certainty: 'stated', range: d.range });
    }
  }
  return [
    ...found,
    ...scores(tokens, ranges),
    ...age(tokens, options.forSomeoneElse === true),
    ...temperature(tokens, ranges),
    ...priorEpisodes(tokens),
  ];
}
