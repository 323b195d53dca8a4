/** Symptoms: what a back spasm can feel like, and which feelings are a reason to get checked. */
import type { ContentItemInput } from '../schema.js';
import { guideline, S000, S001, S002, S004, seed } from './refs.js';

export const symptoms: ContentItemInput[] = [
  {
    id: 'back-pain',
    kind: 'symptom',
    title: 'Back pain',
    summary:
      'The main sign of a spasm: a sudden, gripping pain in the back, often with a knot you can feel under the skin.',
    body: [
      {
        type: 'paragraph',
        text: 'A spasm is a muscle tightening by itself, without you asking it to. It usually comes on fast. The pain can be sharp when you move and a dull ache in between, and it is often worst in the lower back.',
      },
      {
        type: 'paragraph',
        text: 'Spasms happen most in the back and the neck, though any muscle can cramp like this.',
      },
    ],
    sources: [seed(4, S004.symptoms), seed(0, S000.causes), seed(1, S001.understanding)],
    aliases: ['backache', 'back ache', 'lumbago', 'bad back', 'sore back', 'lower back pain'],
    related: ['what-is-a-back-spasm', 'relief-right-now', 'is-it-serious'],
  },
  {
    id: 'buttock-pain',
    kind: 'symptom',
    title: 'Pain in the buttock',
    summary: 'A low back spasm can spread pain into one or both buttocks.',
    body: [
      {
        type: 'paragraph',
        text: 'The muscles of the low back and the buttocks work together, so pain often spreads between them. A deep ache in the buttock is common.',
      },
      {
        type: 'paragraph',
        text: 'Numbness in the buttocks, or between the legs, is different: it needs emergency care now. See the signs that need a doctor.',
      },
    ],
    sources: [seed(4, S004.symptoms)],
    aliases: ['bum pain', 'sore bum', 'bottom pain', 'butt pain', 'glute pain', 'hip pain'],
    related: ['saddle-numbness', 'sciatica'],
  },
  {
    id: 'muscle-tightness',
    kind: 'symptom',
    title: 'Tight, strained muscles',
    summary:
      'The muscle feels hard, tense or knotted, and may twitch. It can feel like a strain that will not let go.',
    body: [
      {
        type: 'paragraph',
        text: 'During a spasm the muscle stays tight on its own. You may feel a firm lump, and touching it can be tender. Gentle rubbing, warmth and slow movement usually help it let go.',
      },
    ],
    sources: [seed(4, S004.symptoms), seed(1, S001.understanding)],
    aliases: ['knot', 'tense muscle', 'cramp', 'muscle cramp', 'crick', 'twitching', 'tight back'],
    related: ['massage', 'heat-therapy', 'relief-right-now'],
  },
  {
    id: 'spine-stiffness',
    kind: 'symptom',
    title: 'A stiff back',
    summary: 'Bending, twisting or standing up straight can feel stiff and slow.',
    body: [
      {
        type: 'paragraph',
        text: 'Tight muscles hold the spine still, so it can feel locked, especially first thing in the morning or after sitting. Moving gently, little and often, tends to ease it.',
      },
    ],
    sources: [seed(4, S004.symptoms), seed(1, S001.understanding)],
    aliases: ['stiff back', 'locked back', 'stiffness', 'back locked up'],
    related: ['stay-active', 'cat-cow'],
  },
  {
    id: 'neck-stiffness',
    kind: 'symptom',
    title: 'A stiff neck',
    summary: 'Spasms can reach the neck, making it hard to turn your head.',
    body: [
      {
        type: 'paragraph',
        text: 'The neck is the second most common place for spasms after the back. Turning or tilting the head may hurt or feel blocked.',
      },
      {
        type: 'paragraph',
        text: 'A stiff neck with a fever, a bad headache, or a rash needs medical help straight away.',
      },
    ],
    cautions: [
      'A stiff neck with a fever or a severe headache needs emergency help straight away.',
    ],
    sources: [seed(4, S004.symptoms), seed(0, S000.causes), guideline('nhs-back-pain')],
    aliases: ['stiff neck', 'crick in the neck', 'sore neck', 'neck pain'],
    related: ['fever-with-back-pain', 'headaches'],
  },
  {
    id: 'headaches',
    kind: 'symptom',
    title: 'Headaches',
    summary: 'Tight muscles in the upper back and neck can bring on a headache.',
    body: [
      {
        type: 'paragraph',
        text: 'When the upper back and neck stay tense, the pain can spread up into the head. These headaches tend to feel like a band or pressure.',
      },
      {
        type: 'paragraph',
        text: 'A sudden, very bad headache, or one with a fever or a stiff neck, needs emergency help straight away.',
      },
    ],
    sources: [seed(4, S004.symptoms)],
    aliases: ['headache', 'head pain', 'tension headache'],
    related: ['neck-stiffness', 'relaxation'],
  },
  {
    id: 'sciatica',
    kind: 'symptom',
    title: 'Shooting pain down one leg (sciatica)',
    summary:
      'Pain that shoots from the lower back or buttock down the back of one leg is called sciatica. It comes from an irritated nerve.',
    body: [
      {
        type: 'paragraph',
        text: 'The sciatic nerve runs from the lower back through the buttock and down the back of each leg. When it is irritated, pain can travel along it, sometimes with burning, pins and needles or numbness.',
      },
      {
        type: 'paragraph',
        text: 'Sciatica often settles in a few weeks. Get emergency help if both legs are affected, a leg is getting weaker, or you notice numbness between the legs or changes in your bladder, bowels or sex life.',
      },
    ],
    sources: [seed(4, S004.symptoms), guideline('nice-cks-sciatica'), guideline('nhs-sciatica')],
    aliases: ['sciatic', 'leg pain', 'shooting pain', 'pain down my leg', 'radiating pain'],
    related: [
      'leg-numbness-or-tingling',
      'leg-weakness',
      'both-legs-numb-or-weak',
      'progressive-leg-weakness',
      'saddle-numbness',
    ],
  },
  {
    id: 'nerve-symptoms',
    kind: 'symptom',
    title: 'Nerve symptoms',
    summary:
      'A spasm can go with nerve symptoms such as burning, electric shocks, pins and needles or numbness.',
    body: [
      {
        type: 'paragraph',
        text: 'When a nerve is involved, the feeling is different from a muscle ache: it may burn, buzz, shoot or feel numb. These are signs to mention to a doctor, and some of them need urgent care.',
      },
    ],
    sources: [seed(4, S004.symptoms), seed(2, S002.description)],
    aliases: ['nerve issues', 'nerve problems', 'burning', 'electric shock', 'buzzing'],
    related: ['nerve-damage', 'numbness-tingling', 'leg-numbness-or-tingling', 'leg-weakness'],
  },
  {
    id: 'limited-mobility',
    kind: 'symptom',
    title: 'Hard to move',
    summary:
      'A spasm can make it hard to walk, bend or even stand up straight, and everyday tasks become a struggle.',
    body: [
      {
        type: 'paragraph',
        text: 'Tight, painful muscles limit how far you can move. Getting out of bed, putting on socks or getting up from a chair may be hard for a while.',
      },
      {
        type: 'paragraph',
        text: 'Small, gentle movements and changing position often loosen things bit by bit. Being unable to move at all after an accident needs emergency help.',
      },
    ],
    sources: [
      seed(1, S001.intro),
      seed(1, S001.understanding),
      seed(0, S000.prevent),
      seed(2, S002.description),
    ],
    aliases: ["can't move", 'cannot move', 'stuck', "can't stand up straight", 'cannot bend'],
    related: ['stay-active', 'relief-right-now', 'major-trauma'],
  },
  {
    id: 'numbness-tingling',
    kind: 'symptom',
    title: 'Numbness or tingling',
    summary:
      'Numbness, tingling or weakness in the legs can come with back spasms. They are a reason to see a doctor: how soon depends on which, and where.',
    body: [
      {
        type: 'paragraph',
        text: 'A plain muscle spasm does not usually cause numbness. If part of a leg feels numb, tingles like pins and needles, or feels weak, a nerve may be involved.',
      },
      {
        type: 'list',
        items: [
          'Numbness or tingling in one leg: see a doctor or physiotherapist in the next few days.',
          'Weakness in a leg: speak to a doctor today.',
          'In both legs, weakness getting worse, or numbness between the legs and around the bottom: get emergency help.',
        ],
      },
    ],
    sources: [
      seed(1, S001.understanding),
      seed(0, S000.doctor),
      guideline('nice-cks-sciatica'),
      guideline('nice-ng59'),
    ],
    aliases: ['pins and needles', 'tingling', 'numb', 'dead leg', 'leg feels weak'],
    related: [
      'leg-numbness-or-tingling',
      'leg-weakness',
      'saddle-numbness',
      'both-legs-numb-or-weak',
    ],
  },
];
