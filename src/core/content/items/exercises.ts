/**
 * Exercises from the seeds, each with numbered steps and a dose (hold, reps, sets, phases). Where
 * a seed names an exercise but gives no numbers, the dose is a cautious starting point that the
 * person or their physiotherapist can change.
 */
import type { ContentItemInput } from '../schema.js';
import { guideline, S000, S002, S003, seed } from './refs.js';

const STOP_IF_PAIN =
  'Stop if the pain gets sharper, or spreads down a leg, and check with a doctor or physiotherapist.';
const ASK_FIRST =
  'If you have a back problem or are unsure, ask a doctor or physiotherapist before you start.';

export const exercises: ContentItemInput[] = [
  {
    id: 'knee-to-chest',
    kind: 'exercise',
    title: 'Knee-to-chest stretch',
    summary:
      'Lying on your back, hug one knee and then both knees towards your chest. Hold 20 to 30 seconds, 2 or 3 times.',
    body: [
      {
        type: 'steps',
        items: [
          'Lie on your back on the floor or a firm bed. Bend your knees and keep your feet flat.',
          'Start with one leg: bring one knee up and hold it with both hands, below the knee.',
          'Pull it gently towards your chest until you feel a mild stretch in your lower back.',
          'Hold for 20 to 30 seconds while you breathe slowly. Then lower the foot back to the floor.',
          'Swap legs. When one leg at a time feels easy, bring both knees up together and hold them the same way.',
          'Do this 2 or 3 times.',
        ],
      },
    ],
    cautions: [STOP_IF_PAIN, 'Keep your head and shoulders relaxed on the floor.'],
    dose: {
      phases: ['acute', 'recovery', 'prevention'],
      holdSeconds: { min: 20, max: 30, default: 20 },
      reps: { min: 2, max: 3, default: 2 },
      sets: 1,
      frequency: 'Once or twice a day, or as your physiotherapist suggests',
    },
    sources: [seed(2, S002.steps), seed(2, S002.tips)],
    aliases: [
      'knees to chest',
      'knee hug',
      'single knee to chest',
      'double knee to chest',
      'lower back stretch',
    ],
    related: ['prone-press-up', 'how-to-stretch-safely', 'stretching'],
  },
  {
    id: 'prone-press-up',
    kind: 'exercise',
    title: 'Lying upper-body lift (press-up)',
    summary:
      'Lying on your front, gently lift your chest using your arms. Hold 20 to 30 seconds, 2 or 3 times.',
    body: [
      {
        type: 'steps',
        items: [
          'Lie face down with your arms by your sides.',
          'Bring your hands under your shoulders, palms down.',
          'Push gently through your arms to lift your head and chest. Keep your hips on the floor and let your back relax.',
          'Go only as high as is comfortable. Hold for 20 to 30 seconds.',
          'Lower yourself slowly back to the floor.',
          'Do this 2 or 3 times.',
        ],
      },
    ],
    cautions: [STOP_IF_PAIN, 'Start by resting on your forearms if straight arms are too much.'],
    dose: {
      phases: ['recovery', 'prevention'],
      holdSeconds: { min: 20, max: 30, default: 20 },
      reps: { min: 2, max: 3, default: 2 },
      sets: 1,
      frequency: 'Once or twice a day, or as your physiotherapist suggests',
    },
    sources: [seed(2, S002.steps), seed(2, S002.tips)],
    aliases: ['press up', 'cobra', 'upper body lift', 'back extension', 'lying on stomach'],
    related: ['knee-to-chest', 'superman'],
  },
  {
    id: 'superman',
    kind: 'exercise',
    title: 'Superman',
    summary:
      'Lying on your front, lift your arms, head, chest and legs a little, hold a few seconds, then lower. It strengthens the back.',
    body: [
      {
        type: 'steps',
        items: [
          'Lie on your front with your arms stretched out in front of you and your legs straight.',
          'Breathe in. Slowly lift your arms, head, chest and legs a short way off the floor.',
          'Hold for a few seconds (about 3). Keep your neck long and look at the floor.',
          'Breathe out and lower slowly back down.',
          'Rest, then repeat a few times.',
        ],
      },
    ],
    cautions: [
      STOP_IF_PAIN,
      'This is a strengthening exercise: wait until the worst of a spasm has passed.',
      'Lift only a little. Higher is not better.',
    ],
    dose: {
      phases: ['recovery', 'prevention'],
      holdSeconds: { min: 2, max: 5, default: 3 },
      reps: { min: 3, max: 10, default: 5 },
      sets: 1,
      frequency: 'A few times a day',
    },
    sources: [seed(0, S000.exercises)],
    aliases: ['superman exercise', 'back strengthening', 'strengthen back', 'flying'],
    related: ['strengthen-back-and-core', 'prone-press-up', 'muscle-weakness'],
  },
  {
    id: 'cat-cow',
    kind: 'exercise',
    title: 'Cat-cow',
    summary:
      'On hands and knees, hollow your back as you breathe in and round it as you breathe out. It gently loosens the back.',
    body: [
      {
        type: 'steps',
        items: [
          'Kneel on all fours like a table: hands under your shoulders, knees under your hips.',
          'Breathe in. Let your tummy drop, lift your chest and look up a little (cow).',
          'Breathe out. Round your back up towards the ceiling and bring your chin towards your chest (cat).',
          'Pause for a moment at each end, about 2 to 3 seconds.',
          'Move slowly with your breath, 5 to 10 times.',
        ],
      },
    ],
    cautions: [STOP_IF_PAIN, 'Move only within a range that feels comfortable.'],
    dose: {
      phases: ['acute', 'recovery', 'prevention'],
      holdSeconds: { min: 2, max: 5, default: 3 },
      reps: { min: 5, max: 10, default: 5 },
      sets: 1,
      frequency: 'A few times a day',
    },
    sources: [seed(0, S000.exercises), seed(3, S003.stretch)],
    aliases: ['cat cow', 'cat camel', 'cat stretch', 'cow stretch', 'all fours'],
    related: ['childs-pose', 'stretching'],
  },
  {
    id: 'hamstring-stretch',
    kind: 'exercise',
    title: 'Hamstring stretch',
    summary:
      'Stretch the back of your thigh while lying on your back. Tight hamstrings pull on the lower back.',
    body: [
      {
        type: 'steps',
        items: [
          'Lie face up with both knees bent and your feet flat.',
          'Loop a towel or belt around the sole of one foot.',
          'Slowly straighten that leg up towards the ceiling until you feel a gentle pull behind the thigh.',
          'Hold for 20 to 30 seconds while breathing slowly.',
          'Bend the knee and lower the foot. Swap legs.',
          'Do 2 or 3 times on each leg.',
        ],
      },
    ],
    cautions: [STOP_IF_PAIN, 'If it brings on pain or tingling down the leg, stop.', ASK_FIRST],
    dose: {
      phases: ['recovery', 'prevention'],
      holdSeconds: { min: 20, max: 30, default: 20 },
      reps: { min: 2, max: 3, default: 2 },
      sets: 1,
      frequency: 'Once a day',
    },
    sources: [seed(3, S003.stretch), seed(2, S002.tips)],
    aliases: ['hamstrings', 'back of thigh', 'leg stretch', 'towel stretch'],
    related: ['how-to-stretch-safely', 'knee-to-chest'],
  },
  {
    id: 'childs-pose',
    kind: 'exercise',
    title: 'Child’s pose',
    summary:
      'Kneel, sit back towards your heels and reach your arms forward to gently stretch the whole back.',
    body: [
      {
        type: 'steps',
        items: [
          'Kneel on the floor on all fours.',
          'Spread your knees a little and sit back towards your heels.',
          'Walk your hands forward and let your chest sink towards the floor. Rest your forehead down if you can.',
          'Breathe slowly and hold for 20 to 30 seconds.',
          'Walk your hands back in to come up. Do 2 or 3 times.',
        ],
      },
    ],
    cautions: [
      STOP_IF_PAIN,
      'Put a cushion under your knees or between your heels and bottom if needed.',
    ],
    dose: {
      phases: ['acute', 'recovery', 'prevention'],
      holdSeconds: { min: 20, max: 30, default: 20 },
      reps: { min: 2, max: 3, default: 2 },
      sets: 1,
      frequency: 'Once or twice a day',
    },
    sources: [seed(3, S003.stretch), seed(2, S002.tips)],
    aliases: ['childs pose', 'child pose', 'yoga pose', 'resting pose'],
    related: ['cat-cow', 'regular-exercise'],
  },
  {
    id: 'pelvic-tilt',
    kind: 'exercise',
    title: 'Pelvic tilt',
    summary:
      'Lying on your back, flatten your lower back to the floor by tightening your tummy, hold a few seconds, and let go.',
    body: [
      {
        type: 'steps',
        items: [
          'Lie face up with bent knees and both feet flat on the floor.',
          'Tighten your tummy muscles and gently press the small of your back into the floor, tipping your pelvis up a little.',
          'Hold for about 5 seconds while breathing normally.',
          'Relax back to the start.',
          'Repeat 5 to 10 times.',
        ],
      },
    ],
    cautions: [STOP_IF_PAIN],
    dose: {
      phases: ['acute', 'recovery', 'prevention'],
      holdSeconds: { min: 3, max: 5, default: 5 },
      reps: { min: 5, max: 10, default: 5 },
      sets: 1,
      frequency: 'Once or twice a day',
    },
    sources: [seed(3, S003.stretch), guideline('nhs-back-pain')],
    aliases: ['pelvic tilts', 'pelvis tilt', 'core exercise', 'tummy exercise'],
    related: ['strengthen-back-and-core', 'knee-to-chest'],
  },
];
