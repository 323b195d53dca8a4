/**
 * "I have a spasm now": the ordered steps a person is guided through, from stopping and the three
 * emergency questions to cold, warmth, breathing, gentle movement, pain relief facts and the next
 * few days. Pure data built from the seed articles and the guidelines; every step can be skipped,
 * every timed step carries its duration in seconds, and no step names an amount of medicine.
 */
import { articles, guideline, S000, S001, S002, S003, S004, seed } from '../content/items/refs.js';
import { type ExerciseDose, sessionSeconds, timed } from '../exercises/dose.js';
import type { ReliefStep } from './schema.js';

/**
 * The triage engine's emergency questions asked before anything else: the signs of a squeezed
 * nerve bundle at the base of the spine (saddle numbness, bladder or bowel change, both legs).
 */
export const RELIEF_QUESTION_IDS = [
  'saddleNumbness',
  'newBladderOrBowelProblem',
  'bilateralLegSymptoms',
] as const;

/** Lying first, then onto hands and knees, so the person changes position only once. */
const GENTLE_SESSION: readonly ExerciseDose[] = [
  { exerciseId: 'pelvic-tilt', holdSeconds: 5, reps: 5, sets: 1, perSide: false },
  { exerciseId: 'knee-to-chest', holdSeconds: 20, reps: 2, sets: 1, perSide: true },
  { exerciseId: 'lower-trunk-rotation', holdSeconds: 5, reps: 5, sets: 1, perSide: true },
  { exerciseId: 'cat-cow', holdSeconds: 3, reps: 5, sets: 1, perSide: false },
  { exerciseId: 'childs-pose', holdSeconds: 20, reps: 2, sets: 1, perSide: false },
];

const FULL_CHECK = { kind: 'full-check', label: 'Do the full check' } as const;
const STAY_ACTIVE_NOTE = {
  differsFrom: articles(3),
  text: 'One of the articles advises resting after a spasm. Current guidelines advise against bed rest: keep gently active, and ease off only strenuous work for a few days. We follow the guidelines.',
  sources: [guideline('nice-ng59', 'Information and self-management'), guideline('nhs-back-pain')],
};
const NO_BARE_SKIN = 'Never put it straight on your skin: always keep a cloth in between.';
const NOT_NUMB_SKIN =
  'Do not use it on skin that is numb, broken or has poor feeling, or where circulation is poor.';
const NOT_ASLEEP = 'Do not fall asleep with it on.';

const STEPS: readonly ReliefStep[] = [
  {
    id: 'stop',
    kind: 'info',
    title: 'Stop, and find a position of ease',
    summary:
      'Stop what you are doing. Move slowly into a position that takes the strain off your back.',
    body: [
      'Stop lifting, exercising or whatever you were doing, and put down anything you are holding.',
      'Move slowly into the position that eases the pain most. Two that often help:',
      'On your back, with a cushion under your knees or your lower legs resting on a chair seat.',
      'On your side, knees bent, head on a pillow; a second pillow between your knees can help.',
      'Let your breathing slow down. You can stay here for the next steps.',
    ],
    cautions: [
      'If you cannot get down safely, lie on a bed or sit well supported instead.',
      'Move slowly; there is no hurry.',
    ],
    sources: [seed(4, S004.treating), seed(3, S003.rest), guideline('nhs-back-pain')],
    guidelineNotes: [],
    basis: 'The positions are standard physiotherapy practice for easing an acute back.',
    links: ['relief-right-now'],
    // Only the position on the back is drawn: the side view cannot yet show lying on one's side
    // clearly, and a figure that reads as another position would mislead more than help.
    illustrations: ['position-of-ease'],
    actions: [],
    skippable: true,
  },
  {
    id: 'safety-questions',
    kind: 'questions',
    title: 'Three quick safety questions',
    summary:
      'Rarely, back pain comes with signs that need a doctor at once. Answer these three before anything else.',
    body: [
      'If you answer yes or not sure to any of them, we show you straight away what to do.',
      'Other signs, such as a fever, a fall or chest pain, are in the full check.',
    ],
    cautions: [
      'If the pain began after a fall or accident, or comes with chest pain or a high temperature, do the full check now.',
    ],
    questionIds: [...RELIEF_QUESTION_IDS],
    sources: [
      guideline('nice-cks-low-back-pain', 'Red flags: cauda equina syndrome'),
      guideline('nhs-cauda-equina'),
      seed(0, S000.doctor),
      seed(1, S001.faq),
    ],
    guidelineNotes: [],
    links: ['saddle-numbness', 'bladder-bowel-changes', 'both-legs-numb-or-weak'],
    illustrations: [],
    actions: [FULL_CHECK],
    skippable: true,
  },
  {
    id: 'massage',
    kind: 'timer',
    title: 'Rub the muscle gently',
    summary:
      'Gently rub or knead the tight muscle for a couple of minutes, or ask someone to do it for you.',
    body: [
      'Use your fingertips or the heel of your hand in slow circles over the tight spot and around it.',
      'Press only as firmly as feels good: it should soothe, not hurt.',
      'If you cannot reach, ask someone to help, or lean gently against a soft ball held on a wall.',
    ],
    durationSeconds: 120,
    timer: { minSeconds: 60, maxSeconds: 300, extendBySeconds: 30 },
    doneMessage: 'Time is up. Ease off the massage when you are ready.',
    cautions: [
      'Do not press on the spine itself, or on skin that is broken, bruised or numb.',
      'Stop if it makes the pain sharper.',
    ],
    sources: [
      seed(4, S004.treating),
      seed(0, S000.causes),
      guideline('nice-ng59', 'Manual therapies'),
      guideline('acp-2017'),
    ],
    guidelineNotes: [
      {
        differsFrom: articles(0, 4),
        text: 'NICE suggests massage only together with exercise, not on its own: that is why gentle movement follows.',
        sources: [guideline('nice-ng59', 'Manual therapies')],
      },
    ],
    basis: 'A couple of minutes is a comfortable start; lengthen it if it helps.',
    links: ['massage'],
    illustrations: [],
    actions: [],
    skippable: true,
  },
  {
    id: 'cold',
    kind: 'timer',
    title: 'Cool it with a wrapped cold pack',
    summary:
      'Hold a cold pack wrapped in a cloth on the sore spot for 10 to 15 minutes to dull the pain.',
    body: [
      'Wrap an ice pack, a cold gel pack or a bag of frozen peas in a thin towel or tea towel.',
      'Rest it on the painful area and start the timer: 10 minutes, or up to 15 if it stays comfortable.',
      'Look at your skin now and then. Take the pack off early if the skin stings, or turns very red or pale.',
      'The evidence that cold helps back pain is limited, but many people find it soothing early on.',
    ],
    durationSeconds: 600,
    timer: { minSeconds: 300, maxSeconds: 900, extendBySeconds: 60 },
    doneMessage:
      'Time to take the cold pack off. Before using warmth, wait until your skin feels normal again.',
    cautions: [NO_BARE_SKIN, NOT_NUMB_SKIN, NOT_ASLEEP],
    sources: [
      seed(4, S004.treating),
      seed(3, S003.heatCold),
      guideline('nhs-back-pain'),
      guideline('nice-cks-low-back-pain'),
      guideline('acp-2017'),
    ],
    guidelineNotes: [],
    basis:
      'The 10 to 15 minutes, wrapped, follow common first-aid practice for cold packs, keeping the skin safe.',
    links: ['cold-therapy', 'ice-or-heat'],
    illustrations: [],
    actions: [],
    skippable: true,
  },
  {
    id: 'heat',
    kind: 'timer',
    title: 'Then warmth, or swap between the two',
    summary:
      'After the cold pack, or later in the day, use gentle warmth for 15 to 20 minutes to help the muscle relax.',
    body: [
      'If you have just used a cold pack, wait until your skin feels normal again, no longer numb or cold, before you start.',
      'Use a heat pad, a wrapped hot water bottle, or a towel soaked in warm water and wrung out. A warm bath or shower works too.',
      'It should feel pleasantly warm, never hot. Start the timer: 15 minutes, or up to 20.',
      'Some people feel best swapping between cold and warmth. Use whichever helps you more.',
    ],
    durationSeconds: 900,
    timer: { minSeconds: 300, maxSeconds: 1200, extendBySeconds: 60 },
    doneMessage: 'Time to take the warmth off and let your skin cool.',
    cautions: [
      NO_BARE_SKIN,
      'Not too hot: take it off if your skin stings, blotches or turns very red.',
      NOT_NUMB_SKIN,
      NOT_ASLEEP,
    ],
    sources: [
      seed(4, S004.treating),
      seed(3, S003.heatCold),
      guideline('acp-2017'),
      guideline('nhs-back-pain'),
      guideline('nice-cks-low-back-pain'),
    ],
    guidelineNotes: [],
    basis:
      'ACP 2017 found moderate evidence that heat eases a new episode of back pain. The 15 to 20 minutes are common practice, keeping the skin safe.',
    links: ['heat-therapy', 'heat-and-cold-alternating'],
    illustrations: [],
    actions: [],
    skippable: true,
  },
  {
    id: 'breathing',
    kind: 'breathing',
    title: 'Slow breathing',
    summary:
      'Breathe in for 4 seconds and out for 6. Slow breathing calms the body and can loosen the grip of the spasm.',
    body: [
      'Let your shoulders and jaw go loose.',
      'Breathe in gently through your nose while the circle grows, and slowly out while it shrinks.',
      'When your mind wanders to the pain, bring it back to the breath.',
      'Music, a favourite film or a short meditation can help in the same way.',
    ],
    pace: { inSeconds: 4, holdInSeconds: 0, outSeconds: 6, holdOutSeconds: 0 },
    durationSeconds: 120,
    timer: { minSeconds: 60, maxSeconds: 600, extendBySeconds: 60 },
    doneMessage: 'Well done. Breathe normally now.',
    cautions: ['If you feel dizzy or tingly, breathe normally for a while.'],
    sources: [seed(4, S004.treating), guideline('acp-2017')],
    guidelineNotes: [],
    basis:
      'A breath out longer than the breath in is a common relaxation technique; the pace is a comfortable start.',
    links: ['relaxation'],
    illustrations: [],
    actions: [],
    skippable: true,
  },
  {
    id: 'gentle-movement',
    kind: 'session',
    title: 'Gentle movement',
    summary:
      'A short, gentle routine of about 5 minutes, using only movements that suit a back in spasm.',
    body: [
      'Move slowly and only as far as is comfortable. Some discomfort is fine; sharp pain is not.',
      'You start lying on your back. If getting onto hands and knees is too much today, stop after the knee rolls.',
      'You can stop at any time.',
    ],
    exercises: [...GENTLE_SESSION],
    durationSeconds: sessionSeconds(GENTLE_SESSION.map(timed)),
    cautions: [
      'Stop if pain spreads down a leg, or a leg feels numb or weak, and do the full check.',
      'If you are pregnant, from about 16 weeks do not lie flat on your back for long, as it can make you feel faint: skip the first three and do cat-cow and child’s pose, knees wide apart.',
    ],
    sources: [
      guideline('nice-ng59', 'Information and self-management'),
      guideline('nice-ng59', 'Exercise'),
      seed(2, S002.tips),
      seed(3, S003.stretch),
      seed(0, S000.exercises),
      guideline('nhs-exercise-in-pregnancy'),
    ],
    guidelineNotes: [],
    basis:
      'Only exercises suited to the acute phase, with the shortest holds and fewest repeats from their own ranges.',
    links: GENTLE_SESSION.map((e) => e.exerciseId),
    illustrations: [],
    actions: [],
    skippable: true,
  },
  {
    id: 'pain-relief',
    kind: 'medicine',
    title: 'Pain relief from a pharmacy',
    summary:
      'Medicine does not fix a spasm, but it can take the edge off so you can move. Follow the label; some people should ask a pharmacist first.',
    body: [
      'Take any medicine exactly as its label or leaflet says. Unknot never works out how much to take.',
      'Do not take two products that contain the same medicine: many cold and flu remedies contain paracetamol or ibuprofen.',
      'If you are unsure which to choose, a pharmacist can help, without an appointment.',
    ],
    classes: [
      {
        id: 'nsaids',
        name: 'Anti-inflammatory painkillers (NSAIDs)',
        examples: ['ibuprofen', 'naproxen'],
        facts: [
          'NICE suggests considering these first for back pain, if they are safe for you.',
          'Use them for the shortest time that helps, and take them with food.',
          'Not usually for pregnancy unless a doctor prescribes them: if you are pregnant, paracetamol is usually the one to use.',
        ],
        doNotTake: [
          'You have ever reacted to aspirin or another anti-inflammatory painkiller, for example with wheezing or an asthma attack, a runny nose or a rash.',
        ],
        link: 'nsaid-painkillers',
      },
      {
        id: 'paracetamol',
        name: 'Paracetamol (acetaminophen)',
        examples: ['paracetamol', 'acetaminophen'],
        facts: [
          'On its own it does little for back pain, so guidelines do not suggest it alone.',
          'If you are pregnant, it is usually the painkiller to use: ask a midwife or pharmacist.',
          'A pharmacist may suggest it alongside other treatment, for example if you cannot take NSAIDs.',
        ],
        link: 'paracetamol',
      },
    ],
    askFirst: [
      'You are pregnant, trying to get pregnant, or breastfeeding. In pregnancy paracetamol is usually the painkiller to use, not an NSAID: ask a midwife or pharmacist.',
      'You have had a stomach ulcer, or bleeding in the stomach or gut.',
      'You have Crohn’s disease or ulcerative colitis.',
      'You have kidney, liver or heart problems or high blood pressure, or have had a stroke.',
      'You have chickenpox or shingles.',
      'You take a blood thinner, such as warfarin or daily aspirin.',
      'You take any other medicines, including ones you bought.',
      'You are over 65, or the medicine is for someone under 16.',
    ],
    cautions: [
      'Stop and get advice if you get stomach pain, black stools, wheezing or a rash.',
      'If the pain is too bad to move even with pain relief, see a doctor.',
    ],
    sources: [
      seed(3, S003.otc),
      seed(1, S001.medications),
      seed(4, S004.doctor),
      guideline('nice-ng59', 'Pharmacological therapies'),
      guideline('nice-cks-low-back-pain'),
      guideline('acp-2017'),
      guideline('nhs-ibuprofen'),
      guideline('nhs-naproxen'),
      guideline('nhs-paracetamol'),
    ],
    guidelineNotes: [
      {
        differsFrom: articles(1, 3),
        text: 'The articles list acetaminophen (paracetamol) among several pain relievers, with ibuprofen and naproxen. NICE NG59 advises against paracetamol alone for low back pain and suggests considering an NSAID first if it is safe for you. We follow the guideline, except in pregnancy, when the NHS advises paracetamol.',
        sources: [
          guideline('nice-ng59', 'Pharmacological therapies'),
          guideline('nhs-paracetamol'),
        ],
      },
    ],
    links: ['pain-medicines', 'nsaid-painkillers', 'paracetamol', 'can-i-take-painkillers'],
    illustrations: [],
    actions: [],
    skippable: true,
  },
  {
    id: 'next-days',
    kind: 'info',
    title: 'The next few days',
    summary:
      'Keep gently active, ease off strenuous work, and check again if it is not getting better after a few days.',
    body: [
      'Keep moving gently: short walks and your usual daily tasks, as far as the pain allows. Moving helps a back recover sooner than resting in bed.',
      'For a few days, avoid heavy lifting, hard exercise and whatever set the spasm off.',
      'Change position often, and take short breaks from sitting.',
      'Keep using warmth, the gentle exercises and, if you need it, pain relief from a pharmacy.',
      'If it is not getting better after a few days, or it gets worse, do the check again or see a doctor.',
      'Get help at once if you notice numbness around your bottom or between your legs, new trouble peeing or controlling your bowels, or weakness or numbness in both legs.',
    ],
    cautions: [],
    sources: [
      guideline('nice-ng59', 'Information and self-management'),
      guideline('nhs-back-pain'),
      guideline('nice-cks-low-back-pain'),
      seed(4, S004.treating),
      seed(4, S004.doctor),
      seed(3, S003.rest),
      seed(0, S000.doctor),
    ],
    guidelineNotes: [STAY_ACTIVE_NOTE],
    links: ['walking', 'stay-active', 'should-i-rest-in-bed', 'pain-severe-or-lasting'],
    illustrations: ['walking'],
    actions: [{ kind: 'full-check', label: 'Check again' }],
    skippable: true,
  },
];

/** The protocol's steps in order, as the browser shows them and `GET /api/v1/relief` sends them. */
export function reliefProtocol(): readonly ReliefStep[] {
  return STEPS;
}

/** A step by its id, or undefined. */
export function reliefStep(id: string): ReliefStep | undefined {
  return STEPS.find((s) => s.id === id);
}
