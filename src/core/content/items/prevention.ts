/**
 * Prevention: what the seeds suggest for keeping the next spasm at bay, in our words, each weighed
 * against the evidence. Regular exercise is what trials show lowers the chance of another episode
 * (Steffens 2016); where an article's tip is not supported (back supports, water, minerals), the
 * item says so in `guidelineNotes`.
 */
import type { ContentItemInput } from '../schema.js';
import { articles, guideline, S000, S001, S002, S003, S004, seed } from './refs.js';

export const preventions: ContentItemInput[] = [
  {
    id: 'strengthen-back-and-core',
    kind: 'prevention',
    title: 'Strengthen your back and tummy muscles',
    summary:
      'Stronger back and core muscles support the spine and cope better with loads. Regular exercise like this lowers the chance of another episode, though nothing can promise to stop spasms.',
    body: [
      {
        type: 'paragraph',
        text: 'Your back and tummy muscles work as a team to keep the spine steady. Build them up slowly with exercises such as the Superman and pelvic tilts, a few times a week.',
      },
      {
        type: 'paragraph',
        text: 'Trials found that people who exercise regularly have fewer new episodes of back pain than people who do not.',
      },
    ],
    cautions: ['Wait until a spasm has settled before strengthening work.'],
    sources: [
      seed(0, S000.prevent),
      seed(3, S003.stretch),
      seed(0, S000.exercises),
      guideline('steffens-2016'),
    ],
    aliases: ['core strength', 'abs', 'abdominal muscles', 'stomach muscles', 'get stronger'],
    related: ['superman', 'pelvic-tilt', 'muscle-weakness'],
  },
  {
    id: 'stretch-regularly',
    kind: 'prevention',
    title: 'Stretch your back often',
    summary:
      'Regular gentle stretching keeps the back supple. As part of regular exercise, it lowers the chance of another episode.',
    body: [
      {
        type: 'paragraph',
        text: 'A few minutes of stretching most days keeps the muscles long and relaxed. Good choices are the knee-to-chest stretch, cat-cow, child’s pose and the hamstring stretch.',
      },
      {
        type: 'paragraph',
        text: 'A doctor or physiotherapist can tell you how often is right for you: daily, or a few times a week.',
      },
    ],
    sources: [
      seed(0, S000.prevent),
      seed(3, S003.stretch),
      seed(2, S002.faqs),
      guideline('steffens-2016'),
    ],
    aliases: ['daily stretches', 'flexibility', 'stay supple'],
    related: ['stretching', 'how-to-stretch-safely', 'how-often-to-stretch'],
  },
  {
    id: 'footwear-and-back-supports',
    kind: 'prevention',
    title: 'Back belts, supports and shoe insoles do not prevent back pain',
    summary:
      'One article suggests supportive shoes and back supports. Trials found that belts and shoe insoles do not prevent back pain, and NICE advises against them; regular exercise is what lowers the chance.',
    body: [
      {
        type: 'paragraph',
        text: 'One of the articles lists supportive footwear and back supports among the ways to avoid spasms.',
      },
      {
        type: 'paragraph',
        text: 'The evidence says otherwise. NICE NG59 says not to offer belts or corsets, foot orthotics (shoe insoles) or rocker-sole shoes for low back pain. A review of prevention trials found that back belts and shoe insoles did not stop back pain, while exercise lowered the chance of it.',
      },
      {
        type: 'paragraph',
        text: 'So wear whatever shoes are comfortable for you, and put your effort into staying active. A cushion or rolled towel behind the small of your back can make sitting more comfortable; it is for comfort only, not a treatment.',
      },
    ],
    guidelineNotes: [
      {
        differsFrom: articles(0),
        text: 'The article suggests supportive footwear and back supports to prevent spasms. NICE NG59 advises against belts, corsets, foot orthotics and rocker-sole shoes for low back pain, and a review of trials (Steffens 2016) found belts and insoles did not prevent it. We follow them.',
        sources: [guideline('nice-ng59', 'Orthotics'), guideline('steffens-2016')],
      },
    ],
    sources: [
      seed(0, S000.prevent),
      guideline('nice-ng59', 'Orthotics'),
      guideline('steffens-2016'),
    ],
    aliases: [
      'shoes',
      'trainers',
      'insoles',
      'orthotics',
      'back brace',
      'back belt',
      'corset',
      'lumbar support',
      'cushion',
      'heels',
    ],
    related: ['regular-exercise', 'strengthen-back-and-core', 'ergonomic-workspace'],
  },
  {
    id: 'good-posture',
    kind: 'prevention',
    title: 'Good posture',
    summary:
      'Sit and stand tall with shoulders relaxed back and tummy gently firm, and change position often.',
    body: [
      {
        type: 'list',
        items: [
          'Sitting: feet flat, bottom at the back of the chair, screen at eye level.',
          'Standing: weight on both feet, shoulders back but relaxed, tummy muscles lightly tightened.',
          'Lifting: bend your knees, not your back.',
        ],
      },
      {
        type: 'paragraph',
        text: 'No single position is perfect for hours. Moving often matters as much as how you sit.',
      },
    ],
    sources: [seed(0, S000.prevent), seed(1, S001.posture), seed(3, S003.posture)],
    aliases: ['posture', 'sit up straight', 'slouching', 'standing straight', 'sitting position'],
    related: ['poor-posture', 'ergonomic-workspace', 'frequent-breaks'],
  },
  {
    id: 'avoid-high-impact',
    kind: 'prevention',
    title: 'Go easy on high-impact activities',
    summary:
      'One article suggests avoiding high-impact activities if you are prone to spasms. Guidelines encourage staying active: choose what your back tolerates, rather than stopping exercise.',
    body: [
      {
        type: 'paragraph',
        text: 'One of the articles lists avoiding high-impact activities among its tips, without saying which ones. No guideline we follow warns against any particular sport, and NICE NG59 encourages people with back pain to stay active and carry on with normal activities.',
      },
      {
        type: 'paragraph',
        text: 'If an activity jars your back or brings on pain, ease off it for a while or swap it for something gentler, such as walking, swimming or cycling, and warm up well before you exercise.',
      },
    ],
    sources: [seed(0, S000.prevent), guideline('nice-ng59', 'Information and self-management')],
    aliases: ['running', 'jumping', 'contact sport', 'high impact', 'jogging'],
    related: ['regular-exercise', 'warm-up'],
  },
  {
    id: 'frequent-breaks',
    kind: 'prevention',
    title: 'Take short breaks often',
    summary:
      'If you sit at a desk or do work that strains your back, get up, move and stretch every so often.',
    body: [
      {
        type: 'paragraph',
        text: 'Every 30 to 60 minutes, stand up, walk about, and do a quick stretch. Change your position regularly during tasks that load the back, such as gardening or lifting.',
      },
    ],
    sources: [seed(0, S000.prevent), seed(4, S004.prevent), seed(3, S003.posture)],
    aliases: ['breaks', 'desk job', 'sitting all day', 'get up', 'office'],
    related: ['ergonomic-workspace', 'good-posture', 'poor-posture'],
  },
  {
    id: 'see-a-professional',
    kind: 'prevention',
    title: 'Get help for back pain that keeps coming back',
    summary:
      'If your back hurts often or for a long time, a doctor or physiotherapist can find the cause and make a plan with you.',
    body: [
      {
        type: 'paragraph',
        text: 'Spasms that return again and again, or long-lasting back pain, deserve a proper check. A professional can look for the cause, guide your exercises, and review you regularly.',
      },
    ],
    sources: [
      seed(0, S000.prevent),
      seed(0, S000.exercises),
      seed(0, S000.doctor),
      seed(3, S003.help),
    ],
    aliases: ['doctor', 'physio', 'GP', 'chronic pain', 'keeps coming back', 'specialist'],
    related: ['history-of-back-problems', 'physical-therapy'],
  },
  {
    id: 'lifting-technique',
    kind: 'prevention',
    title: 'Lift the safe way',
    summary:
      'Bend your knees, keep the load close to your body and avoid twisting. Get help with anything too heavy.',
    body: [
      {
        type: 'steps',
        items: [
          'Plan the lift: is it too heavy? Can someone help, or can you split the load?',
          'Stand close to the object with your feet apart.',
          'Bend at the knees and hips, not the waist, and keep your back straight.',
          'Hold the object close to your body, near your waist.',
          'Lift smoothly with your legs. Do not jerk.',
          'Turn by moving your feet rather than twisting your back.',
        ],
      },
    ],
    sources: [
      seed(1, S001.lifting),
      seed(1, S001.keyPoints),
      seed(3, S003.posture),
      guideline('nhs-safe-lifting'),
    ],
    aliases: ['lifting', 'lift', 'carrying', 'picking up', 'bend your knees', 'boxes', 'heavy'],
    related: ['heavy-lifting-and-strenuous-activity', 'muscle-strain'],
  },
  {
    id: 'regular-exercise',
    kind: 'prevention',
    title: 'Exercise regularly',
    summary:
      'Regular exercise keeps the back flexible and strong, and trials show it lowers the chance of another episode. Yoga, Pilates and low-impact aerobics are good choices.',
    body: [
      {
        type: 'paragraph',
        text: 'Moving most days helps the back bend easily, grow stronger and move through its full range. Pick something you enjoy so you keep it up.',
      },
      {
        type: 'list',
        items: ['Yoga', 'Pilates', 'Low-impact aerobics such as walking, swimming or cycling'],
      },
      {
        type: 'paragraph',
        text: 'In trials of ways to prevent a new episode, being active in this way worked; belts and shoe insoles did not.',
      },
    ],
    sources: [
      seed(1, S001.exercise),
      seed(1, S001.keyPoints),
      guideline('nice-ng59', 'Exercise'),
      guideline('steffens-2016'),
    ],
    aliases: ['yoga', 'pilates', 'aerobics', 'swimming', 'walking', 'fitness', 'keep fit'],
    related: ['avoid-high-impact', 'strengthen-back-and-core'],
  },
  {
    id: 'ergonomic-workspace',
    kind: 'prevention',
    title: 'Set up your chair and desk',
    summary:
      'A chair that supports your lower back and a desk at the right height make long sitting easier on your back.',
    body: [
      {
        type: 'list',
        items: [
          'Chair: supports the curve of your lower back; feet flat on the floor, knees about level with hips.',
          'Screen: top at about eye level, an arm’s length away.',
          'Keyboard and mouse: close, so your elbows stay by your sides.',
        ],
      },
    ],
    sources: [seed(3, S003.posture)],
    aliases: ['ergonomic', 'office chair', 'desk setup', 'workstation', 'standing desk'],
    related: ['good-posture', 'frequent-breaks'],
  },
  {
    id: 'hydration',
    kind: 'prevention',
    title: 'Drink enough water',
    summary:
      'Drinking enough is good for your general health. Two articles say it prevents spasms, but the evidence does not show that.',
    body: [
      {
        type: 'paragraph',
        text: 'Sip water regularly, and more when it is hot or you exercise. A bottle on your desk or in your bag is an easy reminder.',
      },
      {
        type: 'paragraph',
        text: 'Do this for your general health, not as a way to stop spasms: a study of muscle cramp in athletes found no link with being short of water.',
      },
    ],
    guidelineNotes: [
      {
        differsFrom: articles(4, 3),
        text: 'The articles suggest drinking plenty of water to prevent back spasms. A study of muscle cramp (Schwellnus 2011) found no link with dehydration, and NICE NG59 does not mention it, so we offer it as general health advice only.',
        sources: [guideline('schwellnus-2011'), guideline('nice-ng59')],
      },
    ],
    sources: [seed(4, S004.prevent), seed(3, S003.diet), guideline('schwellnus-2011')],
    aliases: ['water', 'drink', 'dehydration', 'fluids', 'water bottle'],
    related: ['dehydration', 'balanced-diet'],
  },
  {
    id: 'calcium-potassium-foods',
    kind: 'prevention',
    title: 'Eat foods rich in calcium and potassium',
    summary:
      'Calcium and potassium are part of a healthy, varied diet. One article says eating them prevents spasms; the evidence does not show that.',
    body: [
      {
        type: 'list',
        items: [
          'Calcium: milk, cheese and yoghurt; fortified plant drinks; tofu; green leafy vegetables such as kale; bread made with fortified flour; fish where you eat the bones, like sardines.',
          'Potassium: bananas, potatoes, beans and lentils, fruit and vegetables, nuts and seeds, fish, and meat.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Most people get enough from a varied diet. Eat these for your general health, not as a cure for spasms: a study of muscle cramp in athletes found no link with the salts measured in the blood.',
      },
      {
        type: 'paragraph',
        text: 'A true shortage of calcium or potassium is a medical problem that a doctor finds with a blood test. Do not guess at it or treat it yourself: ask a doctor before taking supplements, especially potassium.',
      },
    ],
    cautions: ['Do not take potassium supplements unless a doctor advises it.'],
    guidelineNotes: [
      {
        differsFrom: articles(4),
        text: 'The article suggests calcium and potassium foods to prevent back spasms. A study of muscle cramp (Schwellnus 2011) found no link with the blood salt levels it measured, and NICE NG59 does not mention them, so we offer them as part of a healthy diet only.',
        sources: [guideline('schwellnus-2011'), guideline('nice-ng59')],
      },
    ],
    sources: [
      seed(4, S004.prevent),
      seed(4, S004.intro),
      guideline('nhs-vitamins-minerals'),
      guideline('schwellnus-2011'),
    ],
    aliases: ['diet', 'food', 'minerals', 'bananas', 'milk', 'dairy', 'calcium', 'potassium'],
    related: ['low-calcium-potassium', 'balanced-diet'],
  },
  {
    id: 'warm-up',
    kind: 'prevention',
    title: 'Warm up before exercise',
    summary:
      'A few minutes of easy movement before exercise, such as jumping jacks or squats, gets the muscles ready.',
    body: [
      {
        type: 'paragraph',
        text: 'Cold muscles strain more easily. Spend five minutes or so on easy movement first: jumping jacks, squats, marching on the spot or a brisk walk.',
      },
    ],
    sources: [seed(4, S004.prevent)],
    aliases: ['warming up', 'jumping jacks', 'squats', 'before the gym', 'warmup'],
    related: ['heavy-lifting-and-strenuous-activity', 'regular-exercise'],
  },
  {
    id: 'balanced-diet',
    kind: 'prevention',
    title: 'Eat a balanced diet',
    summary:
      'A varied diet with plenty of fruit, vegetables and whole grains supports your general health.',
    body: [
      {
        type: 'paragraph',
        text: 'Plenty of fruit and vegetables, whole grains, protein and enough water give your body, muscles included, what they need to work and recover.',
      },
    ],
    sources: [seed(3, S003.diet)],
    aliases: ['healthy eating', 'nutrition', 'diet', 'food'],
    related: ['calcium-potassium-foods', 'hydration'],
  },
];
