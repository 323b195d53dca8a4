/**
 * The exercise library: the stretches the seeds name, and the exercises a physiotherapist adds for
 * back spasm and for lowering the chance of the next one. Each has numbered steps, a dose (hold,
 * reps, sets, phases) and its details (purpose, position, breathing, when to stop, variants, what
 * to do instead in pregnancy, figure). Where no seed gives numbers, the dose is a cautious
 * starting point that the person or their physiotherapist can change, and `basis` says so. Loaded
 * strengthening never has the acute phase (see LOADED_STRENGTHENING_EXERCISES).
 */
import type { ContentItemInput, ExercisePregnancy, ExerciseVariant } from '../schema.js';
import { guideline, S000, S002, S003, seed } from './refs.js';

const STOP_IF_PAIN =
  'Stop if the pain gets sharper, or spreads down a leg, and check with a doctor or physiotherapist.';
const ASK_FIRST =
  'If you have a back problem or are unsure, ask a doctor or physiotherapist before you start.';
const WAIT_FOR_SPASM =
  'This works the muscles against a load: wait until the worst of a spasm has passed.';

/** Signs to stop that hold for every exercise; each item adds its own. */
const SHARPER = 'The pain turns sharp or keeps building, rather than a mild pull that eases.';
const DOWN_THE_LEG = 'Pain, tingling or numbness spreads into a buttock or down a leg.';

const GENERAL_BASIS =
  'NICE NG59 and ACP 2017 recommend exercise for low back pain. The steps and numbers here are standard physiotherapy practice: a cautious start you or your physiotherapist can change.';

const NHS_EXERCISES = guideline('nhs-back-pain', 'Exercises for back pain');
const NG59_EXERCISE = guideline('nice-ng59', 'Exercise');
const NHS_PREGNANCY = guideline('nhs-exercise-in-pregnancy');

/**
 * Every exercise that starts lying on the back carries this (the schema insists): after about 16
 * weeks, lying flat for long can make a pregnant person faint. `instead` is the other position.
 */
function inPregnancy(instead: ExerciseVariant): ExercisePregnancy {
  return {
    note: 'From about 16 weeks of pregnancy, do not lie flat on your back for long: the bump can press on a large blood vessel that carries blood back to the heart, and you may feel faint. Use the other position below.',
    instead,
    sources: [NHS_PREGNANCY],
  };
}

const CHILDS_POSE_WIDE: ExerciseVariant = {
  text: 'Child’s pose with your knees wide apart, to make room for the bump, gently stretches the lower back in a similar way.',
  exerciseId: 'childs-pose',
};

export const exercises: ContentItemInput[] = [
  {
    id: 'knee-to-chest',
    kind: 'exercise',
    title: 'Knee-to-chest stretch (one leg)',
    summary:
      'Lying on your back, hug one knee towards your chest. Hold 20 to 30 seconds, 2 or 3 times on each side. Once one leg feels easy, try both knees.',
    body: [
      {
        type: 'steps',
        items: [
          'Lie on your back on the floor or a firm bed. Bend your knees and keep your feet flat.',
          'Bring one knee up and hold it with both hands, just below the knee. The other foot stays on the floor.',
          'Draw the knee gently towards your chest until you feel a mild stretch low in your back.',
          'Hold for 20 to 30 seconds while you breathe slowly. Then lower the foot back to the floor.',
          'Swap legs. Do 2 or 3 times on each side.',
        ],
      },
      {
        type: 'paragraph',
        text: 'When one leg at a time feels easy, you can bring both knees up together: see the double knee-to-chest stretch.',
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
    exercise: {
      otherNames: ['Single knee to chest', 'One knee to chest', 'Knee hug'],
      purpose:
        'Gently stretches the muscles of the lower back and buttock, which can ease a tight, guarded back.',
      category: 'stretch',
      startingPosition:
        'Lying on your back, knees bent, feet flat on the floor, arms by your sides.',
      breathing:
        'Breathe out as you draw the knee in, then breathe slowly and evenly through the hold.',
      whenToStop: [SHARPER, DOWN_THE_LEG],
      easier: {
        text: 'Hold the leg behind the thigh rather than over the knee, and draw it in only a little.',
      },
      harder: { text: 'Bring both knees up together.', exerciseId: 'double-knee-to-chest' },
      pregnancy: inPregnancy(CHILDS_POSE_WIDE),
      illustration: 'knee-to-chest-single',
      perSide: true,
      continuous: false,
      basis:
        'One of the articles gives this stretch for back spasms, held 20 to 30 seconds and done 2 or 3 times. Starting with one leg at a time is standard physiotherapy practice.',
    },
    sources: [seed(2, S002.steps), seed(2, S002.tips), NG59_EXERCISE, NHS_PREGNANCY],
    aliases: [
      'knees to chest',
      'knee hug',
      'single knee to chest',
      'one knee to chest',
      'lower back stretch',
    ],
    related: ['double-knee-to-chest', 'prone-press-up', 'how-to-stretch-safely', 'stretching'],
  },
  {
    id: 'double-knee-to-chest',
    kind: 'exercise',
    title: 'Double knee-to-chest stretch',
    summary:
      'Lying on your back, hug both knees towards your chest for 20 to 30 seconds, 2 or 3 times. Try it once one leg at a time feels easy.',
    body: [
      {
        type: 'steps',
        items: [
          'Lie on your back, knees bent and feet flat on the floor.',
          'Bring one knee up, then the other, and hold both just below the knees.',
          'Draw both knees gently towards your chest until you feel a mild stretch across your lower back.',
          'Hold for 20 to 30 seconds while you breathe slowly.',
          'Lower one foot to the floor, then the other.',
          'Do this 2 or 3 times.',
        ],
      },
    ],
    cautions: [
      STOP_IF_PAIN,
      'Lift and lower one leg at a time, so your tummy muscles do not have to hold both legs up.',
    ],
    dose: {
      phases: ['acute', 'recovery', 'prevention'],
      holdSeconds: { min: 20, max: 30, default: 20 },
      reps: { min: 2, max: 3, default: 2 },
      sets: 1,
      frequency: 'Once or twice a day, or as your physiotherapist suggests',
    },
    exercise: {
      otherNames: ['Both knees to chest', 'Double knee hug'],
      purpose:
        'Rounds the lower back gently and stretches the muscles on both sides of it at once.',
      category: 'stretch',
      startingPosition: 'Lying on your back, knees bent, feet flat on the floor.',
      breathing:
        'Breathe slowly and deeply during the hold; let the knees come a little closer as you breathe out.',
      whenToStop: [SHARPER, DOWN_THE_LEG],
      easier: { text: 'Hug one knee at a time.', exerciseId: 'knee-to-chest' },
      pregnancy: inPregnancy(CHILDS_POSE_WIDE),
      illustration: 'knee-to-chest-double',
      perSide: false,
      continuous: false,
      basis:
        'One of the articles describes drawing both knees to the chest for back spasms, held 20 to 30 seconds, 2 or 3 times.',
    },
    sources: [seed(2, S002.steps), seed(2, S002.tips), NHS_PREGNANCY],
    aliases: ['double knee to chest', 'both knees to chest', 'knees to chest', 'knee hug'],
    related: ['knee-to-chest', 'how-to-stretch-safely'],
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
    exercise: {
      otherNames: ['Press-up', 'Cobra', 'Back extension', 'McKenzie press-up'],
      purpose:
        'Bends the lower back gently backwards, which many people find eases stiffness after a lot of sitting or bending.',
      category: 'mobility',
      startingPosition: 'Lying on your front, arms by your sides, forehead resting on the floor.',
      breathing:
        'Breathe out as you press up, then keep breathing slowly and let your back sag and relax.',
      whenToStop: [SHARPER, DOWN_THE_LEG],
      easier: {
        text: 'Prop yourself up on your forearms, elbows under your shoulders, instead of straight arms.',
      },
      harder: {
        text: 'Straighten your arms a little further each time, as long as your hips stay down and it stays comfortable.',
      },
      illustration: 'prone-press-up',
      perSide: false,
      continuous: false,
      basis:
        'One of the articles gives this lift for back spasms, held 20 to 30 seconds and done 2 or 3 times.',
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
    cautions: [STOP_IF_PAIN, WAIT_FOR_SPASM, 'Lift only a little. Higher is not better.'],
    dose: {
      phases: ['recovery', 'prevention'],
      holdSeconds: { min: 2, max: 5, default: 3 },
      reps: { min: 3, max: 10, default: 5 },
      sets: 1,
      frequency: 'A few times a day',
    },
    exercise: {
      otherNames: ['Superman exercise', 'Prone arm and leg lift'],
      purpose:
        'Strengthens the muscles along the back. Regular exercise like this lowers the chance of another episode of back pain.',
      category: 'strengthening',
      startingPosition:
        'Lying on your front, legs straight, arms stretched out past your head, forehead on the floor.',
      breathing: 'Breathe in as you lift and out as you lower. Do not hold your breath.',
      whenToStop: [SHARPER, DOWN_THE_LEG, 'Your back cramps or tightens as you lift.'],
      easier: {
        text: 'Lift only your arms and chest, or only your legs, while the rest stays on the floor.',
      },
      harder: {
        text: 'Hold each lift a little longer, up to about 5 seconds, keeping it low.',
      },
      illustration: 'superman',
      perSide: false,
      continuous: false,
      basis:
        'One of the articles names it among the best exercises for back spasms. Because it loads the back, we keep it for after the worst has passed, as is standard physiotherapy practice.',
    },
    sources: [seed(0, S000.exercises), NG59_EXERCISE, guideline('steffens-2016')],
    aliases: [
      'superman exercise',
      'prone arm and leg lift',
      'back strengthening',
      'strengthen back',
      'flying',
    ],
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
    exercise: {
      otherNames: ['Cat-camel', 'Cat and cow'],
      purpose:
        'Loosens the whole spine by moving it slowly through its range, in time with the breath.',
      category: 'mobility',
      startingPosition:
        'On hands and knees: hands under your shoulders, knees under your hips, back flat like a table top.',
      breathing: 'Breathe in as the back dips; breathe out as it rounds.',
      whenToStop: [SHARPER, DOWN_THE_LEG],
      easier: {
        text: 'Make the movement smaller, or do it sitting on a chair with your hands on your knees.',
      },
      harder: {
        text: 'Once it feels easy, hold the table position still and reach one arm and the opposite leg out.',
        exerciseId: 'bird-dog',
      },
      illustration: 'cat-cow',
      perSide: false,
      continuous: false,
      basis:
        'Two of the articles name this stretch for back spasms. The pause at each end and the number of rounds are standard physiotherapy practice.',
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
    exercise: {
      otherNames: ['Lying hamstring stretch', 'Towel stretch'],
      purpose:
        'Lengthens the back of the thigh; tight hamstrings tug on the pelvis and so on the lower back.',
      category: 'stretch',
      startingPosition: 'Lying on your back, knees bent, feet flat, a towel or belt within reach.',
      breathing: 'Breathe slowly and deeply; let the leg ease a little higher as you breathe out.',
      whenToStop: [
        SHARPER,
        'Tingling, numbness or a pulling pain runs down the leg: that can be a nerve, not a muscle.',
      ],
      easier: { text: 'Keep a little bend in the knee, and do not lift the leg as high.' },
      harder: { text: 'Let the other leg lie straight along the floor while you stretch.' },
      pregnancy: inPregnancy({
        text: 'Sit near the front of a chair with one leg out straight, heel on the floor. Keep your back straight and lean forward from the hips until you feel the pull behind the thigh.',
      }),
      illustration: 'hamstring-stretch',
      perSide: true,
      continuous: false,
      basis:
        'One of the articles names hamstring stretches for back spasms, and another gives a 20 to 30 second hold. The towel method is standard physiotherapy practice.',
    },
    sources: [seed(3, S003.stretch), seed(2, S002.tips), NHS_PREGNANCY],
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
    exercise: {
      otherNames: ['Bottom-to-heels stretch', 'Resting pose'],
      purpose: 'Stretches the whole back gently and lets it rest in a rounded, supported position.',
      category: 'stretch',
      startingPosition: 'On hands and knees on the floor, knees a little apart.',
      breathing: 'Breathe slowly into your back, and feel it widen as you breathe in.',
      whenToStop: [SHARPER, DOWN_THE_LEG, 'Your knees or hips hurt in the kneeling position.'],
      easier: {
        text: 'Stop with your bottom above your heels, or rest on a cushion placed between them.',
      },
      harder: {
        text: 'Walk both hands over to one side to stretch along the other side of your back.',
      },
      illustration: 'childs-pose',
      perSide: false,
      continuous: false,
      basis:
        'One of the articles names this pose for back spasms, and another gives a 20 to 30 second hold. The NHS back exercises include the same bottom-to-heels stretch.',
    },
    sources: [seed(3, S003.stretch), seed(2, S002.tips), NHS_EXERCISES],
    aliases: ['childs pose', 'child pose', 'yoga pose', 'resting pose', 'bottom to heels'],
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
    exercise: {
      otherNames: ['Pelvic tilts', 'Back flattening'],
      purpose:
        'Moves the lower back gently and wakes up the deep tummy muscles, without lifting anything.',
      category: 'mobility',
      startingPosition: 'Lying on your back, knees bent, feet flat, arms by your sides.',
      breathing:
        'Breathe out as you tip the pelvis and flatten your back; keep breathing normally while you hold.',
      whenToStop: [SHARPER, DOWN_THE_LEG],
      easier: {
        text: 'Make the tilt smaller, or rock the pelvis gently to and fro without holding.',
      },
      harder: {
        text: 'Once it is easy, go on to lifting your hips into a bridge.',
        exerciseId: 'glute-bridge',
      },
      pregnancy: inPregnancy({
        text: 'Stand with your back against a wall, knees soft, and flatten the small of your back against it; or tip the pelvis on hands and knees, as in the rounding part of cat-cow.',
        exerciseId: 'cat-cow',
      }),
      illustration: 'pelvic-tilt',
      perSide: false,
      continuous: false,
      basis:
        'One of the articles names pelvic tilts for back spasms, and the NHS back exercises include them. The hold and the number of repeats are standard physiotherapy practice.',
    },
    sources: [seed(3, S003.stretch), guideline('nhs-back-pain'), NHS_PREGNANCY],
    aliases: ['pelvic tilts', 'pelvis tilt', 'core exercise', 'tummy exercise'],
    related: ['strengthen-back-and-core', 'knee-to-chest', 'glute-bridge'],
  },
  {
    id: 'glute-bridge',
    kind: 'exercise',
    title: 'Glute bridge',
    summary:
      'Lying on your back with bent knees, lift your hips until shoulders, hips and knees form a line, hold, and lower. It strengthens the buttocks and back.',
    body: [
      {
        type: 'steps',
        items: [
          'Lie on your back, knees bent, feet flat and hip-width apart, arms by your sides.',
          'Tighten your tummy gently and squeeze your buttocks.',
          'Lift your hips until your shoulders, hips and knees are in a line. Do not arch your back.',
          'Hold for about 5 seconds, breathing normally.',
          'Lower slowly, letting your back touch the floor a bit at a time.',
          'Do 5 to 10 lifts, rest, then do a second set if it feels fine.',
        ],
      },
    ],
    cautions: [STOP_IF_PAIN, WAIT_FOR_SPASM, 'Lift with your buttocks, not by arching your back.'],
    dose: {
      phases: ['recovery', 'prevention'],
      holdSeconds: { min: 3, max: 10, default: 5 },
      reps: { min: 5, max: 10, default: 8 },
      sets: 2,
      frequency: 'Once a day, or on most days',
    },
    exercise: {
      otherNames: ['Bridge', 'Bridging', 'Hip lift'],
      purpose:
        'Strengthens the buttock and back muscles that carry the pelvis, so the lower back has more support.',
      category: 'strengthening',
      startingPosition:
        'Lying on your back, knees bent, feet flat on the floor hip-width apart, arms by your sides.',
      breathing:
        'Breathe out as you lift, breathe normally while you hold, breathe in as you lower.',
      whenToStop: [SHARPER, DOWN_THE_LEG, 'The back of your thigh cramps: lower and rest.'],
      easier: {
        text: 'Only tilt the pelvis, or lift your hips just a little way off the floor.',
        exerciseId: 'pelvic-tilt',
      },
      harder: {
        text: 'With your hips up and level, lift one foot a little off the floor, then swap (single-leg bridge).',
      },
      pregnancy: inPregnancy({
        text: 'Work the buttock and back muscles on hands and knees instead, reaching one leg back at a time, as in the bird-dog.',
        exerciseId: 'bird-dog',
      }),
      illustration: 'glute-bridge',
      perSide: false,
      continuous: false,
      basis: GENERAL_BASIS,
    },
    sources: [NG59_EXERCISE, guideline('acp-2017'), NHS_EXERCISES, NHS_PREGNANCY],
    aliases: ['bridge', 'bridging', 'hip lift', 'buttock exercise', 'glutes'],
    related: ['pelvic-tilt', 'strengthen-back-and-core'],
  },
  {
    id: 'bird-dog',
    kind: 'exercise',
    title: 'Bird-dog',
    summary:
      'On hands and knees, reach one arm forward and the opposite leg back while your back stays still. It trains the muscles that steady the spine.',
    body: [
      {
        type: 'steps',
        items: [
          'Kneel on all fours, hands under your shoulders and knees under your hips, back flat.',
          'Tighten your tummy gently, as if bracing for a light poke.',
          'Slide one leg back and lift it until it is level with your hip. If you can, reach the opposite arm forward at the same time.',
          'Keep your back flat and your hips level, without tipping or twisting. Hold for about 5 seconds.',
          'Lower slowly and swap sides.',
          'Do 5 to 8 on each side.',
        ],
      },
    ],
    cautions: [
      STOP_IF_PAIN,
      WAIT_FOR_SPASM,
      'Reach long rather than high: a leg lifted above the hip arches the back.',
    ],
    dose: {
      phases: ['recovery', 'prevention'],
      holdSeconds: { min: 3, max: 10, default: 5 },
      reps: { min: 5, max: 8, default: 5 },
      sets: 1,
      frequency: 'Once a day, or on most days',
    },
    exercise: {
      otherNames: ['Bird dog', 'Quadruped arm and leg raise', 'Opposite arm and leg reach'],
      purpose:
        'Trains the back and tummy muscles to hold the spine steady while the arms and legs move.',
      category: 'strengthening',
      startingPosition:
        'On hands and knees: hands under your shoulders, knees under your hips, back flat.',
      breathing: 'Breathe normally through the hold; do not hold your breath.',
      whenToStop: [SHARPER, DOWN_THE_LEG, 'You cannot keep your back from sagging or twisting.'],
      easier: {
        text: 'Lift only one leg, or only one arm, keeping the other three points on the floor.',
      },
      harder: {
        text: 'Hold each reach for up to 10 seconds, or draw the elbow and opposite knee in under you between reaches.',
      },
      illustration: 'bird-dog',
      perSide: true,
      continuous: false,
      basis:
        'ACP 2017 recommends motor control exercise, and NICE NG59 exercise, for low back pain; the bird-dog is a common one. The steps and numbers are standard physiotherapy practice.',
    },
    sources: [guideline('acp-2017'), NG59_EXERCISE],
    aliases: ['bird dog', 'arm and leg raise', 'core stability', 'all fours'],
    related: ['cat-cow', 'abdominal-bracing', 'strengthen-back-and-core'],
  },
  {
    id: 'abdominal-bracing',
    kind: 'exercise',
    title: 'Abdominal bracing',
    summary:
      'Lying on your back, gently firm up the muscles around your middle and hold while you keep breathing. It teaches the deep tummy muscles to support the back.',
    body: [
      {
        type: 'steps',
        items: [
          'Lie on your back, knees bent, feet flat, hands resting on your belly.',
          'Breathe in. As you breathe out, gently firm up your tummy, as though someone were about to poke it. Your back and pelvis stay still.',
          'Use only a small effort: about a quarter of your strongest squeeze.',
          'Hold for about 10 seconds while you keep breathing calmly.',
          'Let go fully and rest for a few breaths.',
          'Repeat 5 to 10 times.',
        ],
      },
    ],
    cautions: [
      STOP_IF_PAIN,
      'Keep breathing: if you have to hold your breath, you are squeezing too hard.',
    ],
    dose: {
      phases: ['recovery', 'prevention'],
      holdSeconds: { min: 5, max: 15, default: 10 },
      reps: { min: 5, max: 10, default: 5 },
      sets: 1,
      frequency: 'Once or twice a day; later, use it when you lift or carry',
    },
    exercise: {
      otherNames: ['Core bracing', 'Tummy tightening', 'Core activation'],
      purpose:
        'Teaches the deep tummy and back muscles to work together and steady the spine, ready for lifting and carrying.',
      category: 'motor_control',
      startingPosition: 'Lying on your back, knees bent, feet flat, hands resting on your belly.',
      breathing:
        'Keep breathing slowly and evenly all through the hold; the brace stays while the breath moves.',
      whenToStop: [SHARPER, 'You feel dizzy or light-headed: breathe normally and rest.'],
      easier: { text: 'Hold for only a few seconds, or practise it sitting upright on a chair.' },
      harder: {
        text: 'Keep the brace while you move your arms and legs, as in the bird-dog.',
        exerciseId: 'bird-dog',
      },
      pregnancy: inPregnancy({
        text: 'Kneel on hands and knees with your back flat, and gently draw your tummy in towards your spine while you keep breathing. Sitting upright on a chair works too.',
      }),
      illustration: 'abdominal-bracing',
      perSide: false,
      continuous: false,
      basis:
        'ACP 2017 recommends motor control exercise, and NICE NG59 exercise, for low back pain. Bracing is where such training usually starts; the numbers are standard physiotherapy practice.',
    },
    sources: [guideline('acp-2017'), NG59_EXERCISE, NHS_PREGNANCY],
    aliases: ['bracing', 'core bracing', 'tighten tummy', 'core activation', 'deep core'],
    related: ['pelvic-tilt', 'bird-dog', 'lifting-technique'],
  },
  {
    id: 'partial-curl-up',
    kind: 'exercise',
    title: 'Partial curl-up',
    summary:
      'Lying on your back, lift your head and shoulders a short way off the floor while your lower back stays down. It strengthens the tummy muscles.',
    body: [
      {
        type: 'steps',
        items: [
          'Lie on your back, knees bent and feet flat. Rest your hands on your thighs.',
          'Tighten your tummy gently.',
          'Breathe out and curl your head and shoulders a little way up, sliding your hands towards your knees. Your lower back stays on the floor.',
          'Hold for 2 or 3 seconds.',
          'Lower slowly and rest for a breath.',
          'Do 5 to 10 times.',
        ],
      },
    ],
    cautions: [
      STOP_IF_PAIN,
      WAIT_FOR_SPASM,
      'This is not a full sit-up: lift only your head and shoulders.',
      'Do not pull on your neck; keep your chin a fist’s width from your chest.',
    ],
    dose: {
      phases: ['recovery', 'prevention'],
      holdSeconds: { min: 2, max: 5, default: 3 },
      reps: { min: 5, max: 10, default: 5 },
      sets: 1,
      frequency: 'Once a day, or on most days',
    },
    exercise: {
      otherNames: ['Curl-up', 'Crunch', 'Half sit-up'],
      purpose:
        'Strengthens the tummy muscles at the front, which share with the back the job of supporting the spine.',
      category: 'strengthening',
      startingPosition:
        'Lying on your back, knees bent, feet flat, hands resting on the tops of your thighs.',
      breathing: 'Breathe out as you curl up, and in as you lower.',
      whenToStop: [SHARPER, DOWN_THE_LEG, 'Your neck starts to ache.'],
      easier: {
        text: 'Only firm up your tummy without lifting.',
        exerciseId: 'abdominal-bracing',
      },
      harder: {
        text: 'Hold for up to 5 seconds, or cross your arms over your chest instead of sliding them.',
      },
      pregnancy: inPregnancy({
        text: 'Firm up your tummy on hands and knees instead, back flat and breathing calmly, as at the start of the bird-dog.',
        exerciseId: 'bird-dog',
      }),
      illustration: 'partial-curl-up',
      perSide: false,
      continuous: false,
      basis: GENERAL_BASIS,
    },
    sources: [NG59_EXERCISE, guideline('acp-2017'), NHS_PREGNANCY],
    aliases: ['curl up', 'crunch', 'sit up', 'abs', 'stomach exercise'],
    related: ['abdominal-bracing', 'strengthen-back-and-core'],
  },
  {
    id: 'lower-trunk-rotation',
    kind: 'exercise',
    title: 'Knee rolls (lower trunk rotation)',
    summary:
      'Lying on your back with knees bent, let both knees roll slowly to one side and then the other. A gentle way to loosen a stiff lower back.',
    body: [
      {
        type: 'steps',
        items: [
          'Lie on your back, knees bent and together, feet flat. Rest your arms out to the sides.',
          'Keep your shoulders on the floor and let both knees roll slowly to one side, only as far as is comfortable.',
          'Hold for about 5 seconds while you breathe out.',
          'Bring your knees back to the middle, then roll them to the other side.',
          'Do 5 to 10 times to each side.',
        ],
      },
    ],
    cautions: [STOP_IF_PAIN, 'Small, slow rolls are enough; there is no need to reach the floor.'],
    dose: {
      phases: ['acute', 'recovery', 'prevention'],
      holdSeconds: { min: 3, max: 10, default: 5 },
      reps: { min: 5, max: 10, default: 5 },
      sets: 1,
      frequency: 'Two or three times a day',
    },
    exercise: {
      otherNames: ['Knee rolls', 'Knee drops', 'Lying twist'],
      purpose:
        'Twists the lower back gently from side to side, easing stiffness and guarding without any load.',
      category: 'mobility',
      startingPosition:
        'Lying on your back, knees bent and together, feet flat, arms out to the sides.',
      breathing: 'Breathe out as the knees roll over, breathe in as they come back to the middle.',
      whenToStop: [SHARPER, DOWN_THE_LEG],
      easier: {
        text: 'Roll the knees only a little way, or put a pillow on each side to stop them.',
      },
      harder: {
        text: 'Let the knees go further, or stay on each side for up to 20 seconds as a stretch.',
      },
      pregnancy: inPregnancy({
        text: 'Sit tall on a chair with your feet flat, and turn your shoulders slowly to one side and then the other, only as far as is comfortable.',
      }),
      illustration: 'lower-trunk-rotation',
      perSide: true,
      continuous: false,
      basis:
        'The NHS back exercises include knee rolls, and NICE NG59 and ACP 2017 recommend exercise for low back pain. The numbers are standard physiotherapy practice.',
    },
    sources: [NHS_EXERCISES, NG59_EXERCISE, guideline('acp-2017'), NHS_PREGNANCY],
    aliases: ['knee rolls', 'trunk rotation', 'lying twist', 'back twist', 'rotation stretch'],
    related: ['knee-to-chest', 'pelvic-tilt'],
  },
  {
    id: 'piriformis-stretch',
    kind: 'exercise',
    title: 'Piriformis stretch (buttock stretch)',
    summary:
      'Lying on your back, cross one ankle over the other knee and draw your legs gently towards you to stretch deep in the buttock.',
    body: [
      {
        type: 'steps',
        items: [
          'Lie on your back with both knees bent and feet flat.',
          'Cross your right ankle over your left knee.',
          'Hold the back of your left thigh with both hands and draw it gently towards your chest until you feel a stretch deep in your right buttock.',
          'Hold for 20 to 30 seconds, breathing slowly.',
          'Lower the legs, then swap sides.',
          'Do 2 or 3 times on each side.',
        ],
      },
    ],
    cautions: [STOP_IF_PAIN, 'Let your head and shoulders stay relaxed on the floor.'],
    dose: {
      phases: ['recovery', 'prevention'],
      holdSeconds: { min: 20, max: 30, default: 20 },
      reps: { min: 2, max: 3, default: 2 },
      sets: 1,
      frequency: 'Once or twice a day',
    },
    exercise: {
      otherNames: ['Figure-four stretch', 'Buttock stretch', 'Glute stretch'],
      purpose:
        'Stretches the deep muscles of the buttock, which often tighten along with the lower back.',
      category: 'stretch',
      startingPosition: 'Lying on your back, both knees bent, feet flat on the floor.',
      breathing:
        'Breathe slowly and deeply; let the stretch deepen a little each time you breathe out.',
      whenToStop: [
        SHARPER,
        'Tingling, numbness or a shooting pain runs down the leg.',
        'Your hip or knee hurts in the crossed position.',
      ],
      easier: {
        text: 'Leave the lower foot on the floor and just rest the ankle on the knee, or do it sitting on a chair.',
      },
      harder: {
        text: 'Draw the thigh a little closer, or press the crossed knee gently away from you.',
      },
      pregnancy: inPregnancy({
        text: 'Sit on a chair, rest one ankle on the other knee, and lean forward gently with a straight back until you feel the stretch deep in the buttock.',
      }),
      illustration: 'piriformis-stretch',
      perSide: true,
      continuous: false,
      basis: GENERAL_BASIS,
    },
    sources: [NG59_EXERCISE, guideline('acp-2017'), NHS_PREGNANCY],
    aliases: ['piriformis', 'buttock stretch', 'glute stretch', 'figure four', 'hip stretch'],
    related: ['buttock-pain', 'hamstring-stretch'],
  },
  {
    id: 'walking',
    kind: 'exercise',
    title: 'Walking',
    summary:
      'Short, easy walks keep the back moving and help it recover faster than resting. Start with a few minutes and build up.',
    body: [
      {
        type: 'steps',
        items: [
          'Stand tall and let your arms swing freely.',
          'Walk at an easy pace on a flat surface. A few minutes around your home is a fine start.',
          'Take short, comfortable steps, in shoes that support your feet.',
          'Stop and rest before the pain builds up, then go again later in the day.',
          'Add a little time each day, working up to about half an hour.',
        ],
      },
    ],
    cautions: [
      'Some pain while walking is normal early on; stop if it keeps getting worse as you go.',
      'Hold on to furniture or a rail at first if you feel unsteady.',
    ],
    dose: {
      phases: ['acute', 'recovery', 'prevention'],
      holdSeconds: { min: 120, max: 1800, default: 300 },
      reps: { min: 1, max: 1, default: 1 },
      sets: 1,
      frequency: 'A few short walks a day; build up towards one longer walk',
    },
    exercise: {
      otherNames: ['Gentle walking', 'Short walks'],
      purpose:
        'Keeps the back and hips moving and the blood flowing, which helps a spasm settle and the back recover.',
      category: 'aerobic',
      startingPosition: 'Standing tall, feet hip-width apart, in supportive shoes.',
      breathing: 'Breathe naturally; you should be able to talk as you walk.',
      whenToStop: [
        'The pain keeps building with every minute, rather than settling.',
        'A leg feels weak, numb or gives way.',
        'You feel chest pain, faint or very short of breath: stop and get help.',
      ],
      easier: {
        text: 'Walk around your home for a minute or two, holding on to furniture if you need to.',
      },
      harder: { text: 'Walk further or a little faster, or add gentle slopes.' },
      illustration: 'walking',
      perSide: false,
      continuous: true,
      basis:
        'NICE NG59 advises staying active and ACP 2017 recommends exercise. Starting with a few minutes and building up is standard physiotherapy practice.',
    },
    sources: [
      guideline('nice-ng59', 'Information and self-management'),
      NG59_EXERCISE,
      guideline('nhs-back-pain'),
      guideline('acp-2017'),
    ],
    aliases: ['walk', 'walks', 'going for a walk', 'stay active', 'keep moving'],
    related: ['stay-active', 'should-i-rest-in-bed', 'regular-exercise'],
  },
];
