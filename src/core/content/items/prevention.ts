/** Prevention: habits that make the next spasm less likely, from the seeds, in our words. */
import type { ContentItemInput } from '../schema.js';
import { guideline, S000, S001, S002, S003, S004, seed } from './refs.js';

export const preventions: ContentItemInput[] = [
  {
    id: 'strengthen-back-and-core',
    kind: 'prevention',
    title: 'Strengthen your back and tummy muscles',
    summary:
      'Stronger back and core muscles support the spine and cope better with loads, so spasms are less likely.',
    body: [
      {
        type: 'paragraph',
        text: 'Your back and tummy muscles work as a team to keep the spine steady. Build them up slowly with exercises such as the Superman and pelvic tilts, a few times a week.',
      },
    ],
    cautions: ['Wait until a spasm has settled before strengthening work.'],
    sources: [seed(0, S000.prevent), seed(3, S003.stretch), seed(0, S000.exercises)],
    aliases: ['core strength', 'abs', 'abdominal muscles', 'stomach muscles', 'get stronger'],
    related: ['superman', 'pelvic-tilt', 'muscle-weakness'],
  },
  {
    id: 'stretch-regularly',
    kind: 'prevention',
    title: 'Stretch your back often',
    summary:
      'Regular gentle stretching keeps the back supple, which helps stop spasms coming back.',
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
    sources: [seed(0, S000.prevent), seed(3, S003.stretch), seed(2, S002.faqs)],
    aliases: ['daily stretches', 'flexibility', 'stay supple'],
    related: ['stretching', 'how-to-stretch-safely', 'how-often-to-stretch'],
  },
  {
    id: 'footwear-and-back-supports',
    kind: 'prevention',
    title: 'Supportive shoes and back supports',
    summary:
      'Shoes with good support, and a back support where it helps, reduce strain on the back.',
    body: [
      {
        type: 'paragraph',
        text: 'Flat, cushioned shoes that fit well help your back more than high heels or worn-out soles. A cushion or lumbar roll behind the small of your back can help when sitting.',
      },
      {
        type: 'paragraph',
        text: 'Supports are an aid, not a fix: keep the muscles strong too.',
      },
    ],
    sources: [seed(0, S000.prevent)],
    aliases: ['shoes', 'trainers', 'insoles', 'back brace', 'lumbar support', 'cushion', 'heels'],
    related: ['good-posture', 'ergonomic-workspace'],
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
      'Activities with lots of jumping, jarring or sudden twists put the back under stress. Gentler choices are easier on it.',
    body: [
      {
        type: 'paragraph',
        text: 'Running on hard ground, jumping sports and contact sports jolt the spine. If you are prone to spasms, swap some of these for walking, swimming or cycling, and warm up well when you do play.',
      },
    ],
    sources: [seed(0, S000.prevent)],
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
      'Regular activity keeps the back flexible and strong. Yoga, Pilates and low-impact aerobics are good choices.',
    body: [
      {
        type: 'paragraph',
        text: 'Moving most days helps the back bend easily, grow stronger and move through its full range. Pick something you enjoy so you keep it up.',
      },
      {
        type: 'list',
        items: ['Yoga', 'Pilates', 'Low-impact aerobics such as walking, swimming or cycling'],
      },
    ],
    sources: [seed(1, S001.exercise), seed(1, S001.keyPoints), guideline('nice-ng59', 'Exercise')],
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
    summary: 'Drinking water through the day helps your muscles work well. Keep a bottle with you.',
    body: [
      {
        type: 'paragraph',
        text: 'Sip water regularly, and more when it is hot or you exercise. A bottle on your desk or in your bag is an easy reminder.',
      },
    ],
    sources: [seed(4, S004.prevent), seed(3, S003.diet)],
    aliases: ['water', 'drink', 'dehydration', 'fluids', 'water bottle'],
    related: ['dehydration', 'balanced-diet'],
  },
  {
    id: 'calcium-potassium-foods',
    kind: 'prevention',
    title: 'Eat foods rich in calcium and potassium',
    summary:
      'Calcium and potassium help muscles work. Dairy, leafy greens, bananas, potatoes and beans are good sources.',
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
        text: 'Most people get enough from a varied diet. Ask a doctor before taking supplements, especially potassium.',
      },
    ],
    cautions: ['Do not take potassium supplements unless a doctor advises it.'],
    sources: [seed(4, S004.prevent), seed(4, S004.intro), guideline('nhs-vitamins-minerals')],
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
      'Good food supports healthy muscles and your general health, which helps your back too.',
    body: [
      {
        type: 'paragraph',
        text: 'Plenty of fruit and vegetables, whole grains, protein and enough water give your muscles what they need to work and recover.',
      },
    ],
    sources: [seed(3, S003.diet)],
    aliases: ['healthy eating', 'nutrition', 'diet', 'food'],
    related: ['calcium-potassium-foods', 'hydration'],
  },
];
