/** Causes of back spasms: what makes a back muscle tighten on its own, in our words. */
import type { ContentItemInput } from '../schema.js';
import { articles, guideline, S000, S001, S002, S003, S004, seed } from './refs.js';

export const causes: ContentItemInput[] = [
  {
    id: 'muscle-strain',
    kind: 'cause',
    title: 'Muscle strain',
    summary:
      'Overstretching or small tears in the back muscles, often from lifting, exercise or a sudden movement, are the most common trigger.',
    body: [
      {
        type: 'paragraph',
        text: 'When a back muscle is pulled too far or takes a load it is not ready for, some of its fibres can overstretch or tear. The muscle then tightens on its own to guard the area, and that protective tightening is the spasm you feel.',
      },
      {
        type: 'list',
        items: [
          'Lifting something heavy, or lifting with a rounded back',
          'Working out or doing strenuous work without warming up',
          'A sudden twist or reach',
        ],
      },
    ],
    sources: [seed(1, S001.causes), seed(0, S000.causes), seed(3, S003.intro), seed(4, S004.intro)],
    aliases: ['pulled muscle', 'strained back', 'tweaked back', 'overstretched', 'torn muscle'],
    related: ['heavy-lifting-and-strenuous-activity', 'lifting-technique', 'warm-up'],
  },
  {
    id: 'poor-posture',
    kind: 'cause',
    title: 'Poor posture',
    summary:
      'Slumping, or staying in one position for a long time, keeps some back muscles working without a rest until they tire and cramp.',
    body: [
      {
        type: 'paragraph',
        text: 'Muscles hold us up all day. If we slouch at a desk, hunch over a phone or stand the same way for hours, a few of them carry the load with no break. Over weeks this strain builds, and a tired muscle can seize.',
      },
      {
        type: 'list',
        items: [
          'Sitting for hours without getting up',
          'Standing in one position for a long stretch',
          'Leaning forward over a screen or a work bench',
        ],
      },
    ],
    sources: [seed(1, S001.causes), seed(0, S000.causes), seed(3, S003.posture)],
    aliases: ['slouching', 'hunching', 'sitting all day', 'desk job', 'bad posture'],
    related: ['good-posture', 'ergonomic-workspace', 'frequent-breaks'],
  },
  {
    id: 'repetitive-motion',
    kind: 'cause',
    title: 'Doing the same movement over and over',
    summary:
      'Repeating one movement many times, such as bending, twisting or reaching at work or in sport, can wear a back muscle out.',
    body: [
      {
        type: 'paragraph',
        text: 'A muscle that does the same job again and again, with little rest in between, gets tired and irritated. Jobs with lots of bending or twisting, and sports like golf or rowing, are common examples.',
      },
      {
        type: 'paragraph',
        text: 'Short breaks, changing how you do the task, and building strength all help the muscle cope.',
      },
    ],
    sources: [seed(0, S000.causes)],
    aliases: ['repetitive strain', 'overuse', 'same movement', 'repeated bending', 'twisting'],
    related: ['frequent-breaks', 'strengthen-back-and-core'],
  },
  {
    id: 'underlying-spine-conditions',
    kind: 'cause',
    title: 'Another problem in the spine',
    summary:
      'Now and then a spasm is the back reacting to something else in the spine, such as a disc problem, a narrowed spinal canal or a curved spine. Only a doctor can tell.',
    body: [
      {
        type: 'paragraph',
        text: 'Most spasms come from tired or strained muscles. Less often, the muscles tighten to protect a spine that has another problem. The articles name three examples:',
      },
      {
        type: 'list',
        items: [
          'A herniated disc (often called a slipped or bulging disc): the soft cushion between two bones of the spine pushes out and can press on a nerve.',
          'Spinal stenosis: the space that the nerves run through becomes narrower.',
          'Scoliosis: the spine curves to one side.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Unknot cannot tell you whether you have any of these. If spasms keep coming back, are severe, or come with numbness, tingling or weakness in the legs, a doctor can examine you and find the cause.',
      },
    ],
    sources: [seed(1, S001.intro), seed(1, S001.causes), seed(0, S000.doctor), seed(3, S003.intro)],
    aliases: [
      'slipped disc',
      'bulging disc',
      'herniated disk',
      'prolapsed disc',
      'spinal stenosis',
      'scoliosis',
      'curved spine',
      'medical condition',
    ],
    related: ['leg-numbness-or-tingling', 'leg-weakness', 'pain-severe-or-lasting', 'sciatica'],
  },
  {
    id: 'injury-trauma',
    kind: 'cause',
    title: 'An injury to the back',
    summary:
      'A fall, a knock or a car crash can hurt the back, and the muscles around the injury may go into spasm to protect it.',
    body: [
      {
        type: 'paragraph',
        text: 'After a blow to the back, the muscles nearby often clench hard to keep the area still. This guarding can last for days.',
      },
      {
        type: 'paragraph',
        text: 'After a big accident, such as a road crash or a fall from a height, get checked by a doctor even if the pain seems mild: the bones of the spine need to be looked at.',
      },
    ],
    cautions: [
      'After a serious accident, do not try exercises or massage first. Get medical help.',
    ],
    sources: [
      seed(1, S001.causes),
      seed(3, S003.intro),
      guideline('nice-cks-low-back-pain', 'Red flags: suspected spinal fracture'),
    ],
    aliases: ['fall', 'car accident', 'crash', 'whiplash', 'hurt my back', 'knock'],
    related: ['major-trauma'],
  },
  {
    id: 'nerve-damage',
    kind: 'cause',
    title: 'An irritated or damaged nerve',
    summary:
      'When a nerve in the back is pressed on or hurt, the muscles it serves can tighten, and pain may travel along the nerve.',
    body: [
      {
        type: 'paragraph',
        text: 'Nerves carry signals from the spine to the muscles. An irritated nerve can send muddled signals, so a muscle may cramp, twitch or feel weak, and you may feel burning, pins and needles or numbness along its path.',
      },
      {
        type: 'paragraph',
        text: 'Numbness, tingling or weakness in a leg is a reason to see a doctor. See the signs that need a doctor.',
      },
    ],
    sources: [seed(2, S002.description), seed(4, S004.symptoms)],
    aliases: ['trapped nerve', 'pinched nerve', 'nerve damage', 'nerve pain'],
    related: ['nerve-symptoms', 'leg-numbness-or-tingling', 'leg-weakness', 'sciatica'],
  },
  {
    id: 'dehydration',
    kind: 'cause',
    title: 'Not drinking enough water (an article’s claim)',
    summary:
      'One article says you are more likely to have a spasm when you are dehydrated. Studies of muscle cramp do not support this, and back-pain guidelines do not list it as a cause.',
    body: [
      {
        type: 'paragraph',
        text: 'One of the articles says that not drinking enough water makes a back spasm more likely, and another suggests staying hydrated to help prevent one.',
      },
      {
        type: 'paragraph',
        text: 'The evidence does not bear this out. In a study of athletes who cramped during a long race, those who cramped were no more dehydrated than those who did not; cramp went with racing faster and having cramped before. Guidance on back pain, such as NICE NG59, does not name dehydration as a cause of spasms.',
      },
      {
        type: 'paragraph',
        text: 'Drinking enough through the day is still good for your general health. It is just not a proven way to stop a back spasm.',
      },
    ],
    guidelineNotes: [
      {
        differsFrom: articles(4, 3),
        text: 'The articles present dehydration as a cause of back spasms. A study of muscle cramp in athletes (Schwellnus 2011) found no link with dehydration, and NICE NG59 does not mention it, so we do not present it as a cause.',
        sources: [guideline('schwellnus-2011'), guideline('nice-ng59')],
      },
    ],
    sources: [seed(4, S004.intro), seed(3, S003.diet), guideline('schwellnus-2011')],
    aliases: ['dehydrated', 'thirsty', 'not enough water', 'fluids'],
    related: ['hydration'],
  },
  {
    id: 'low-calcium-potassium',
    kind: 'cause',
    title: 'Low calcium or potassium (an article’s claim)',
    summary:
      'One article says being low on calcium or potassium makes a spasm more likely. The evidence does not support this for everyday spasms; a real shortage is a medical problem found by a blood test.',
    body: [
      {
        type: 'paragraph',
        text: 'Muscles do use minerals such as calcium and potassium to tighten and relax, and one of the articles says that running low on them makes a back spasm more likely.',
      },
      {
        type: 'paragraph',
        text: 'The evidence does not back this up for everyday spasms. A study of muscle cramp in athletes found cramp was not linked to the salts measured in their blood, and back-pain guidelines such as NICE NG59 do not name calcium or potassium as a cause.',
      },
      {
        type: 'paragraph',
        text: 'A true shortage of calcium or potassium is uncommon. It is a medical problem that a doctor finds with a blood test, often because of an illness or a medicine, not something to guess at. Most people get enough from ordinary food. If you are worried, or take a medicine that changes these levels, ask a doctor rather than buying supplements.',
      },
    ],
    cautions: [
      'Do not take potassium supplements unless a doctor advises it: too much can be harmful.',
    ],
    guidelineNotes: [
      {
        differsFrom: articles(4),
        text: 'The article presents low calcium or potassium as a cause of back spasms. A study of muscle cramp (Schwellnus 2011) found no link with the blood salt levels it measured, and NICE NG59 does not mention them, so we do not present them as a cause.',
        sources: [guideline('schwellnus-2011'), guideline('nice-ng59')],
      },
    ],
    sources: [
      seed(4, S004.intro),
      guideline('nhs-vitamins-minerals'),
      guideline('schwellnus-2011'),
    ],
    aliases: ['minerals', 'electrolytes', 'low potassium', 'low calcium', 'deficiency'],
    related: ['calcium-potassium-foods', 'balanced-diet'],
  },
  {
    id: 'heavy-lifting-and-strenuous-activity',
    kind: 'cause',
    title: 'Heavy lifting and hard exercise',
    summary:
      'Spasms often start in the middle of a workout, while lifting something heavy or during other hard physical work.',
    body: [
      {
        type: 'paragraph',
        text: 'Hard effort asks a lot of the back muscles at once. If they are cold, tired or not strong enough for the load, one may suddenly lock up.',
      },
      {
        type: 'list',
        items: [
          'Gym sessions and sport, especially without a warm-up',
          'Moving furniture, carrying boxes, gardening',
          'Lifting with the back bent rather than the knees',
        ],
      },
      {
        type: 'paragraph',
        text: 'If a spasm starts while you are doing something, stop straight away.',
      },
    ],
    sources: [seed(4, S004.intro), seed(4, S004.treating), seed(3, S003.rest)],
    aliases: ['working out', 'gym', 'lifting heavy', 'strenuous', 'sport', 'moving house'],
    related: ['lifting-technique', 'warm-up', 'muscle-strain'],
  },
  {
    id: 'muscle-weakness',
    kind: 'cause',
    title: 'Weak back and tummy muscles',
    summary:
      'Weak muscles tire sooner and strain more easily, so a back that is not used to work is more prone to spasms.',
    body: [
      {
        type: 'paragraph',
        text: 'The muscles of the back and the tummy (the core) share the job of holding the spine steady. When they are weak, small loads feel big to them, and an unusual strain can set off a spasm.',
      },
      {
        type: 'paragraph',
        text: 'Regular exercise, including gentle strengthening built up slowly, lowers the chance of another episode of back pain.',
      },
    ],
    sources: [seed(4, S004.intro), seed(0, S000.prevent), guideline('steffens-2016')],
    aliases: ['weak core', 'weak back', 'out of shape', 'unfit', 'deconditioned'],
    related: ['strengthen-back-and-core', 'superman'],
  },
];
