/**
 * The safety rules of reading a person's words, held over many generated texts: a red flag said
 * only ever raises the result; "no" before a worrying finding never makes it said; a hedge reads as
 * yes; spacing, case and punctuation change nothing; a red flag not mentioned is still asked; and
 * the words plus the remaining questions give exactly what the questions alone give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerKey, Answers } from '../answers.js';
import { parseAnswers } from '../answers.schema.js';
import { compareDispositions, dispositionRank } from '../dispositions.js';
import { evaluate } from '../engine.js';
import { CAUTIOUS_READING, type UnsureKey } from '../findings.js';
import { nextQuestion, pendingQuestions, QUESTIONS, type Question } from '../questions.js';
import { readDescription } from './extract.js';
import { outcomeOf } from './outcome.js';
import { answersFromReading } from './reading.js';

/** Everyday openings a red flag may be added to. */
const OPENINGS = [
  'My back went into spasm lifting a box two days ago.',
  "I'm 34 and my lower back has been stiff for three days, a bit better today.",
  'Sore back after gardening, about a 5 out of 10.',
  'I have had low back pain on and off for two years and it flared up this week.',
  "No numbness, the toilet's fine and I can walk okay.",
  'It hurts when I bend. No fever.',
  'my back is killing me since yesterday its an 8',
  '',
];

/** A red flag in a few words, the key it feeds, and a noun phrase "no" can precede. */
const RED_FLAGS: ReadonlyArray<{ key: AnswerKey; said: string; noun: string }> = [
  {
    key: 'saddleNumbness',
    said: "I can't feel the toilet paper when I wipe.",
    noun: 'numbness around my bottom',
  },
  {
    key: 'newBladderOrBowelProblem',
    said: 'I wet myself without noticing.',
    noun: 'waterworks problems',
  },
  { key: 'bilateralLegSymptoms', said: 'Both my legs are tingling.', noun: 'pain in both legs' },
  { key: 'fever', said: 'I feel hot and shivery.', noun: 'fever' },
  { key: 'chestPain', said: 'My chest feels tight.', noun: 'chest pain' },
  { key: 'abdominalPain', said: 'I have pain in my tummy.', noun: 'tummy pain' },
  {
    key: 'pulsatingAbdomen',
    said: 'There is a throbbing in my belly.',
    noun: 'throbbing in my tummy',
  },
  { key: 'historyOfCancer', said: 'I had bowel cancer five years ago.', noun: 'history of cancer' },
  { key: 'unexplainedWeightLoss', said: "I've lost weight without trying.", noun: 'weight loss' },
  { key: 'ivDrugUseOrImmunosuppressed', said: 'I inject heroin.', noun: 'chemotherapy' },
  { key: 'osteoporosisOrLongTermSteroids', said: 'I have osteoporosis.', noun: 'osteoporosis' },
  { key: 'backLumpOrShapeChange', said: 'There is a lump on my back.', noun: 'lump' },
  {
    key: 'painBetweenShoulderBlades',
    said: 'The pain is between my shoulder blades.',
    noun: 'pain between my shoulder blades',
  },
  {
    key: 'legWeakness',
    said: 'My left foot is slapping and getting weaker.',
    noun: 'weakness in my legs',
  },
];

const resultOf = (text: string) => outcomeOf(readDescription(text)).disposition;

describe('a red flag said only raises the result', () => {
  it('adding a red flag to any text never lowers what the text alone gives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPENINGS),
        fc.constantFrom(...RED_FLAGS),
        fc.boolean(),
        (opening, flag, before) => {
          const text = before ? `${flag.said} ${opening}` : `${opening} ${flag.said}`;
          expect(compareDispositions(resultOf(text), resultOf(opening))).toBeGreaterThanOrEqual(0);
          const finding = readDescription(text).findings.find((f) => f.key === flag.key);
          expect(finding?.certainty).toBe('stated');
        },
      ),
    );
  });
});

describe('"no" before a worrying finding never makes it said', () => {
  it.each(RED_FLAGS)('"no $noun" is denied or left to ask, never said', ({ key, noun }) => {
    for (const text of [
      `No ${noun}.`,
      `I have no ${noun}`,
      `There is no ${noun} and it is stiff`,
    ]) {
      const reading = readDescription(text);
      const finding = reading.findings.find((f) => f.key === key);
      expect(finding?.certainty, text).not.toBe('stated');
      expect(finding?.certainty, text).not.toBe('uncertain');
      if (finding !== undefined) expect(reading.toConfirm, text).toContain(key);
    }
  });
});

describe('a hedge reads as the cautious answer', () => {
  it.each(RED_FLAGS)('"I think …" about $key gives what saying it gives', ({ said }) => {
    const plain = said.replace(/\.$/, '');
    const hedged = `I think ${plain.charAt(0).toLowerCase()}${plain.slice(1)}, not sure.`;
    expect(dispositionRank(resultOf(hedged))).toBeGreaterThanOrEqual(
      dispositionRank(resultOf(said)),
    );
  });
});

describe('spacing, case and punctuation change nothing', () => {
  const variants = [
    (t: string) => t.toUpperCase(),
    (t: string) => t.toLowerCase(),
    (t: string) => t.replace(/ /g, '   '),
    (t: string) => t.replace(/ /g, '\t'),
    (t: string) => `  ${t}  `,
    (t: string) => t.replace(/'/g, '’'),
    (t: string) => t.replace(/\./g, '!'),
    (t: string) => t.replace(/\./g, '...'),
    (t: string) => t.replace(/\.$/, ''),
    (t: string) => t.replace(/\. /g, '; '),
    (t: string) => t.replace(/\. /g, '.\n'),
  ];
  const comparable = (text: string) =>
    readDescription(text).findings.map(({ key, value, certainty, ask }) => ({
      key,
      value,
      certainty,
      ask,
    }));

  it('every variant of a text gives the same findings', () => {
    const texts = [
      ...OPENINGS,
      ...RED_FLAGS.map((f) => `${f.said} No fever. It's about a 7 out of 10.`),
      "I'm 52. My back has hurt for 12 days. No numbness, the toilet's fine, but my left leg tingles.",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.constantFrom(...variants), (text, vary) => {
        expect(comparable(vary(text))).toEqual(comparable(text));
      }),
    );
  });
});

/** Walks the questions from `given` to the end, answering each from `full`. */
function walk(given: Answers, full: Answers): Answers {
  const answers: Record<string, unknown> = { ...given };
  for (
    let q: Question | undefined = nextQuestion(answers);
    q !== undefined;
    q = nextQuestion(answers)
  ) {
    answers[q.id] = full[q.id];
  }
  return answers as Answers;
}

/** A complete set of answers, one per question, drawn from each question's own choices. */
const fullAnswers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    QUESTIONS.map((q) => {
      const input = q.input;
      const arb =
        input.kind === 'yes_no_unsure'
          ? fc.constantFrom<unknown>(true, false, 'unsure')
          : input.kind === 'choice'
            ? fc.constantFrom<unknown>(...input.options.map((o) => o.value))
            : fc.integer({ min: input.min, max: Math.min(input.max, 100) });
      return [q.id, arb];
    }),
  ),
) as fc.Arbitrary<Answers>;

describe('the words and the remaining questions give what the questions alone give', () => {
  const texts = [...OPENINGS, ...RED_FLAGS.map((f) => `${OPENINGS[0]} ${f.said}`)];

  it('for any text and any answers to what is left, the results agree', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fullAnswers, (text, full) => {
        const reading = readDescription(text);
        // The person confirms what the words gave (a denial stays a denial) and answers the rest.
        const given = answersFromReading(reading, { forFlow: true });
        const truth = { ...full, ...given } as Answers;
        const fromWords = evaluate(walk(given, truth)).disposition;
        const fromQuestions = evaluate(walk({}, truth)).disposition;
        expect(fromWords).toBe(fromQuestions);
      }),
      { numRuns: 300 },
    );
  });

  // Follow-ups come once the question they follow is answered, in the questions' flow as here.
  const FOLLOWS: Partial<Record<AnswerKey, AnswerKey>> = {
    pulsatingAbdomen: 'abdominalPain',
    feelingFaint: 'abdominalPain',
  };

  it('a red flag the words do not mention is still asked, unless no answer to it could matter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), (text) => {
        const reading = readDescription(text);
        const given = answersFromReading(reading, { forFlow: true });
        const asked = new Set(pendingQuestions(given).map((q) => q.id));
        for (const q of QUESTIONS) {
          if (q.group !== 'emergency' && q.group !== 'urgent') continue;
          if (given[q.id] !== undefined) continue;
          if (asked.has(q.id)) continue;
          const worst = q.id in CAUTIOUS_READING ? CAUTIOUS_READING[q.id as UnsureKey] : undefined;
          const raised = evaluate({ ...given, [q.id]: worst } as Answers).disposition;
          if (raised === evaluate(given).disposition) continue;
          // It could matter, so it must be asked, or the question it follows must be.
          const parent = FOLLOWS[q.id];
          expect(
            parent !== undefined && given[parent] === undefined && asked.has(parent),
            `${q.id} after "${text}"`,
          ).toBe(true);
        }
      }),
    );
  });
});

describe('any text at all', () => {
  const words = fc.constantFrom(
    'no',
    'not',
    "can't",
    'numb',
    'bum',
    'pee',
    'legs',
    'both',
    'fever',
    '38.5',
    'for',
    '3',
    'days',
    'ago',
    'I',
    'think',
    'but',
    ',',
    '.',
    '’s',
    'weak',
    'worse',
    'out of 10',
    '/',
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')),
  );

  it('is read without error, every span is the text at its offsets, and the answers are valid', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const reading = readDescription(text);
        for (const finding of reading.findings) {
          for (const span of finding.spans)
            expect(text.slice(span.start, span.end)).toBe(span.text);
        }
        const parsed = parseAnswers(answersFromReading(reading));
        expect(parsed.ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
