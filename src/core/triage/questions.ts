/**
 * The questions of the check in plain words, one per answer key (but the legacy keys older clients
 * may still send, see `LEGACY_KEYS`), and the choice of which one to
 * ask next. The browser, the CLI and the API all walk the same flow through `nextQuestion`.
 *
 * The flow is adaptive. A question is asked only while some rule that mentions it could still
 * raise the result above what the answers so far already settle; so the check stops at once on an
 * emergency sign, skips "soon" questions once the result is urgent, and asks a follow-up (such as
 * "do you inject drugs?" after a fever) as soon as it is the last finding a more urgent rule needs.
 * Each step answers a new key, so the flow ends after at most one question per key.
 */
import type { AnswerKey, Answers } from './answers.js';
import {
  compareDispositions,
  type Disposition,
  dispositionRank,
  mostUrgent,
} from './dispositions.js';
import { LEG_WEAKNESS, resolveAnswers, TRAUMA, TRENDS, type UnsureKey } from './findings.js';
import { conditionState, RULES, type Rule } from './rules.js';

/** Questions are grouped by the most urgent level their own answer can give, asked in this order. */
export const QUESTION_GROUPS = ['emergency', 'urgent', 'soon', 'context'] as const;
export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

export interface ChoiceOption {
  value: string;
  label: string;
}

export type QuestionInput =
  /** Yes, No and Not sure buttons, sent as true, false and 'unsure'. */
  | { kind: 'yes_no_unsure' }
  /** A whole number from min to max. */
  | { kind: 'number'; min: number; max: number; unit: string; minLabel?: string; maxLabel?: string }
  /** One of the listed values. */
  | { kind: 'choice'; options: readonly ChoiceOption[] };

export interface Question {
  id: AnswerKey;
  group: QuestionGroup;
  text: string;
  /** A short explanation of a word the question uses, shown behind a link. */
  explain?: string;
  /** What counts, in everyday words, shown as a list under the question. */
  examples?: readonly string[];
  input: QuestionInput;
}

const YES_NO: QuestionInput = { kind: 'yes_no_unsure' };

type ChoiceLabels<V extends string> = Record<V, string>;
function choice<V extends string>(values: readonly V[], labels: ChoiceLabels<V>): QuestionInput {
  return { kind: 'choice', options: values.map((value) => ({ value, label: labels[value] })) };
}

/** Every question in asking order: emergency signs first, then urgent, then soon, then context. */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'saddleNumbness',
    group: 'emergency',
    text: 'Is there any new numbness or odd feeling between your legs or around your bottom (the "saddle area")?',
    explain:
      'The saddle area is the skin that would touch a bicycle saddle: between your legs, around your genitals and your bottom. One sign is not feeling the toilet paper when you wipe.',
    input: YES_NO,
  },
  {
    id: 'newBladderOrBowelProblem',
    group: 'emergency',
    text: 'Since the back pain started, has anything changed with your bladder, your bowels or your sex life? For example:',
    examples: [
      'It is hard to pee, or you cannot start',
      'You leak pee or poo without noticing or without being able to stop it',
      'You cannot feel when your bladder is full or empty',
      'You have no feeling when you pee or poo',
      'New problems getting an erection or ejaculating',
    ],
    input: YES_NO,
  },
  {
    id: 'bilateralLegSymptoms',
    group: 'emergency',
    text: 'Do you have pain, tingling, numbness or weakness in both legs?',
    input: YES_NO,
  },
  {
    id: 'legWeakness',
    group: 'emergency',
    text: 'Is either leg weak? For example, your foot slaps or catches when you walk, or you cannot stand on your toes or heels.',
    explain:
      'Weakness means the leg or foot will not do what you ask, not just that moving it hurts.',
    input: choice(LEG_WEAKNESS, {
      none: 'No weakness',
      stable: 'Yes, but it is not getting worse',
      progressive: 'Yes, and it is getting worse',
      unsure: 'Not sure',
    }),
  },
  {
    id: 'onsetAfterTrauma',
    group: 'emergency',
    text: 'Did the pain start after an accident, a fall or a blow?',
    input: choice(TRAUMA, {
      none: 'No',
      minor: 'A small one: a slip, a trip, a fall from standing or a knock',
      major: 'A serious one: a road crash, a fall from a height or from a horse, a hard blow',
      unsure: 'Not sure',
    }),
  },
  {
    id: 'chestPain',
    group: 'emergency',
    text: 'As well as your back, do you have pain, pressure or tightness in your chest?',
    input: YES_NO,
  },
  {
    id: 'abdominalPain',
    group: 'emergency',
    text: 'As well as your back, do you have pain in your tummy?',
    explain: 'The tummy (abdomen) is the front of your body between your ribs and your hips.',
    input: YES_NO,
  },
  {
    id: 'pulsatingAbdomen',
    group: 'emergency',
    text: 'Can you feel a throbbing in your tummy, like a heartbeat?',
    input: YES_NO,
  },
  {
    id: 'feelingFaint',
    group: 'emergency',
    text: 'With the tummy pain, do you feel faint or light-headed, or have you fainted?',
    input: YES_NO,
  },
  {
    id: 'fever',
    group: 'urgent',
    text: 'Do you have a fever: a temperature of 38 °C (100.4 °F) or more, or feeling hot and shivery?',
    input: YES_NO,
  },
  {
    id: 'ivDrugUseOrImmunosuppressed',
    group: 'urgent',
    text: 'Do you inject drugs, or is your immune system weakened by an illness or a medicine?',
    explain:
      'The immune system fights infection. It can be weakened by chemotherapy, an organ transplant, HIV, or medicines such as long-term steroid tablets, methotrexate or biologic injections.',
    input: YES_NO,
  },
  {
    id: 'historyOfCancer',
    group: 'urgent',
    text: 'Have you ever had cancer, even if it was treated long ago?',
    input: YES_NO,
  },
  {
    id: 'unexplainedWeightLoss',
    group: 'urgent',
    text: 'Have you lost weight recently without trying?',
    input: YES_NO,
  },
  {
    id: 'nightPainUnrelievedByRest',
    group: 'urgent',
    text: 'At night, does the pain stay bad whatever position you try?',
    explain:
      'Waking up when you turn over, then settling again once you are comfortable, is common with a spasm and does not count here.',
    input: YES_NO,
  },
  {
    id: 'painWorseOnCoughOrStrain',
    group: 'urgent',
    text: 'Does the pain get worse when you cough, sneeze or strain on the toilet?',
    explain:
      'This is about coughing or sneezing making the pain worse now. A spasm that started with a cough or a sneeze is not the same, and counts as no.',
    input: YES_NO,
  },
  {
    id: 'painBetweenShoulderBlades',
    group: 'urgent',
    text: 'Is the pain high up in your back, between your shoulder blades?',
    input: YES_NO,
  },
  {
    id: 'backLumpOrShapeChange',
    group: 'urgent',
    text: 'Have you noticed a lump or swelling on your back, or a change in its shape?',
    input: YES_NO,
  },
  {
    id: 'osteoporosisOrLongTermSteroids',
    group: 'urgent',
    text: 'Do you have thin bones (osteoporosis), or have you taken steroid tablets such as prednisolone for three months or more?',
    explain:
      'Osteoporosis makes bones weaker and easier to break. Steroid inhalers and creams do not count here.',
    input: YES_NO,
  },
  {
    id: 'canWalk',
    group: 'urgent',
    text: 'Can you walk a few steps, even if slowly or with pain?',
    input: YES_NO,
  },
  {
    id: 'ageYears',
    group: 'soon',
    text: 'How old are you?',
    input: { kind: 'number', min: 0, max: 120, unit: 'years' },
  },
  {
    id: 'durationDays',
    group: 'soon',
    text: 'How long have you had this back pain?',
    explain:
      'Count from when this bout started. If it has been going on for years, count the years.',
    input: { kind: 'number', min: 0, max: 36500, unit: 'days' },
  },
  {
    id: 'trend',
    group: 'soon',
    text: 'Over the last few days, is it getting better, staying the same or getting worse?',
    input: choice(TRENDS, {
      better: 'Getting better',
      same: 'About the same',
      worse: 'Getting worse',
    }),
  },
  {
    id: 'painBelowKnee',
    group: 'soon',
    text: 'Does the pain spread down your leg below the knee?',
    input: YES_NO,
  },
  {
    id: 'legNumbnessOrTingling',
    group: 'soon',
    text: 'Do you have tingling, pins and needles or numbness in one leg?',
    input: YES_NO,
  },
  {
    id: 'priorEpisodes',
    group: 'soon',
    text: 'In the last 12 months, how many times before this have you had back pain like this?',
    input: { kind: 'number', min: 0, max: 365, unit: 'times' },
  },
  {
    id: 'painNow0to10',
    group: 'context',
    text: 'How bad is the pain right now?',
    input: {
      kind: 'number',
      min: 0,
      max: 10,
      unit: 'out of 10',
      minLabel: 'No pain',
      maxLabel: 'The worst pain you can imagine',
    },
  },
  {
    id: 'pregnant',
    group: 'context',
    text: 'Are you pregnant?',
    input: YES_NO,
  },
  {
    id: 'selfCareTriedDays',
    group: 'context',
    text: 'For how many days have you been looking after it yourself, for example keeping moving, using heat or pain relief from a pharmacy?',
    input: { kind: 'number', min: 0, max: 36500, unit: 'days' },
  },
];

/**
 * Extra gates for follow-ups, on top of "a rule still needs it". Feeling faint matters only once
 * the tummy question has been answered, and days of self-care only matter when the length of the
 * pain is unknown (self-care cannot have lasted longer than the pain).
 */
const ASK_ONLY_IF: Partial<Record<AnswerKey, (a: Answers) => boolean>> = {
  // An older client's single answer for chest or tummy pain already covers both questions.
  chestPain: (a) => a.chestOrAbdominalPain === undefined,
  abdominalPain: (a) => a.chestOrAbdominalPain === undefined,
  feelingFaint: (a) => a.abdominalPain !== undefined,
  selfCareTriedDays: (a) => a.durationDays === undefined,
};

/**
 * Questions that wait while another is still to be asked, but never wait for one that will not be
 * asked. A throbbing in the tummy reads best after the tummy question; yet it is an emergency sign
 * on its own, so when the tummy question is not worth asking (under 60, faintness already denied)
 * the throbbing question is still asked rather than skipped.
 */
const ASK_AFTER: Partial<Record<AnswerKey, readonly AnswerKey[]>> = {
  pulsatingAbdomen: ['abdominalPain'],
};

/** The sentence a reason adds when a rule applied only because the person was not sure. */
export const UNSURE_NOTES: Record<UnsureKey, string> = {
  saddleNumbness:
    'You were not sure about numbness around your bottom or between your legs, so we treat it as a yes to be safe.',
  newBladderOrBowelProblem:
    'You were not sure about changes with your bladder, bowels or sex life, so we treat it as a yes to be safe.',
  bilateralLegSymptoms:
    'You were not sure about symptoms in both legs, so we treat it as a yes to be safe.',
  legWeakness:
    'You were not sure about weakness in your leg, so we treat it as weakness that is getting worse, to be safe.',
  onsetAfterTrauma:
    'You were not sure how serious the accident was, so we treat it as a serious one to be safe.',
  chestOrAbdominalPain:
    'You were not sure about pain in your chest or tummy, so we treat it as a yes to be safe.',
  pulsatingAbdomen:
    'You were not sure about a throbbing in your tummy, so we treat it as a yes to be safe.',
  chestPain: 'You were not sure about pain in your chest, so we treat it as a yes to be safe.',
  abdominalPain: 'You were not sure about pain in your tummy, so we treat it as a yes to be safe.',
  feelingFaint: 'You were not sure about feeling faint, so we treat it as a yes to be safe.',
  painWorseOnCoughOrStrain:
    'You were not sure whether coughing, sneezing or straining makes the pain worse, so we treat it as a yes to be safe.',
  painBetweenShoulderBlades:
    'You were not sure whether the pain is between your shoulder blades, so we treat it as a yes to be safe.',
  backLumpOrShapeChange:
    'You were not sure about a lump or a change in the shape of your back, so we treat it as a yes to be safe.',
  fever: 'You were not sure about a fever, so we treat it as a yes to be safe.',
  ivDrugUseOrImmunosuppressed:
    'You were not sure about injecting drugs or a weakened immune system, so we treat it as a yes to be safe.',
  historyOfCancer: 'You were not sure about having had cancer, so we treat it as a yes to be safe.',
  unexplainedWeightLoss:
    'You were not sure about losing weight without trying, so we treat it as a yes to be safe.',
  nightPainUnrelievedByRest:
    'You were not sure whether the pain at night eases when you change position, so we treat it as a yes to be safe.',
  osteoporosisOrLongTermSteroids:
    'You were not sure about thin bones or long-term steroid tablets, so we treat it as a yes to be safe.',
  canWalk: 'You were not sure whether you can walk, so we treat it as a no to be safe.',
  legNumbnessOrTingling:
    'You were not sure about tingling or numbness in a leg, so we treat it as a yes to be safe.',
  painBelowKnee:
    'You were not sure whether the pain goes below the knee, so we treat it as a yes to be safe.',
  pregnant: 'You were not sure whether you are pregnant, so we treat it as a yes to be safe.',
};

const byId = new Map(QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: AnswerKey): Question {
  const question = byId.get(id);
  if (question === undefined) throw new Error(`no question for ${id}`);
  return question;
}

const GROUP_LEVEL: Record<QuestionGroup, Disposition> = {
  emergency: 'emergency',
  urgent: 'urgent',
  soon: 'soon',
  context: 'self_care',
};

/**
 * The least urgent result the answers so far already guarantee, whatever the remaining answers:
 * the most urgent rule all of whose findings are answered and present.
 */
export function settledDisposition(answers: Answers): Disposition {
  const { values } = resolveAnswers(answers);
  return mostUrgent(
    ...RULES.filter((rule) => rule.when.every((c) => conditionState(c, values) === 'true')).map(
      (rule) => rule.disposition,
    ),
  );
}

/**
 * The questions still worth asking, in the order they should be asked. A question is worth asking
 * while a rule that mentions it can still apply and would be more urgent than the settled result.
 * A question moves up to the level of such a rule when it is the last finding the rule needs.
 */
export function pendingQuestions(answers: Answers): Question[] {
  const ranked = rankedQuestions(answers, (gate) => gate(answers));
  const pending = new Set(ranked.map((q) => q.id));
  return ranked.filter((q) => !(ASK_AFTER[q.id] ?? []).some((first) => pending.has(first)));
}

/**
 * Every question that could still be asked, in any order: the pending ones, and the follow-ups whose
 * gate the unanswered questions could yet open (tummy pain, once answered, opens two more). The
 * set only ever shrinks as answers come in, so a count drawn from it never stands still.
 */
export function possibleQuestions(answers: Answers): Question[] {
  const opened = { ...answers } as Record<string, unknown>;
  for (const q of QUESTIONS) opened[q.id] ??= true;
  return rankedQuestions(answers, (gate) => gate(answers) || gate(opened as Answers));
}

function rankedQuestions(
  answers: Answers,
  gateOpen: (gate: (a: Answers) => boolean) => boolean,
): Question[] {
  const { values } = resolveAnswers(answers);
  const settled = settledDisposition(answers);
  const open: Rule[] = RULES.filter(
    (rule) =>
      compareDispositions(rule.disposition, settled) > 0 &&
      rule.when.every((c) => conditionState(c, values) !== 'false'),
  );

  const ranked = QUESTIONS.flatMap((question, order) => {
    if (answers[question.id] !== undefined) return [];
    const gate = ASK_ONLY_IF[question.id];
    if (gate !== undefined && !gateOpen(gate)) return [];
    const needing = open.filter((rule) => rule.when.some((c) => c.key === question.id));
    if (needing.length === 0) return [];
    // A follow-up goes just ahead of the questions of its level, so it comes straight after the
    // answer that raised it unless a more urgent group is still being asked.
    let level = 2 * dispositionRank(GROUP_LEVEL[question.group]);
    for (const rule of needing) {
      const followUp =
        rule.when.length > 1 &&
        rule.when.every((c) => c.key === question.id || conditionState(c, values) === 'true');
      if (followUp) level = Math.max(level, 2 * dispositionRank(rule.disposition) + 1);
    }
    return [{ question, order, level }];
  });

  ranked.sort((a, b) => b.level - a.level || a.order - b.order);
  return ranked.map((r) => r.question);
}

/** The next question to ask, or undefined when no answer could change the result any more. */
export function nextQuestion(answers: Answers): Question | undefined {
  return pendingQuestions(answers)[0];
}

/** Whether a value is one the question accepts: kept answers are checked before they are trusted. */
export function isAnswerTo(question: Question, value: unknown): boolean {
  const { input } = question;
  switch (input.kind) {
    case 'yes_no_unsure':
      return value === true || value === false || value === 'unsure';
    case 'choice':
      return input.options.some((o) => o.value === value);
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= input.min &&
        value <= input.max
      );
  }
}
