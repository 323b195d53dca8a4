/**
 * Questions people ask: every FAQ in the seeds, and the ones a person in pain asks first
 * (ice or heat, painkillers, bed rest, how long it lasts, what to do now).
 */
import type { ContentItemInput } from '../schema.js';
import { articles, guideline, S000, S001, S002, S003, S004, seed } from './refs.js';

export const faqs: ContentItemInput[] = [
  {
    id: 'relief-right-now',
    kind: 'faq',
    title: 'What should I do right now, in a spasm?',
    summary:
      'Stop what you are doing, rub the muscle gently, use cold and then warmth, breathe slowly, and keep moving gently.',
    body: [
      {
        type: 'steps',
        items: [
          'Stop the activity straight away: lifting, exercise, whatever brought it on.',
          'Gently rub or massage the tight muscle.',
          'Hold a wrapped cold pack on it for about 10 to 15 minutes to dull the pain.',
          'Then use warmth to help the muscle relax, once your skin feels normal again: a warm (not hot) heat pad, or a towel soaked in warm water and wrung out. Never on numb skin.',
          'Breathe slowly and do something calming: music, a film, a short meditation.',
          'Over the next few days, skip heavy lifting and hard exercise, but keep moving gently. Avoid bed rest.',
        ],
      },
      {
        type: 'paragraph',
        text: 'If you have any sign that needs a doctor, such as numbness around your bottom, trouble peeing, or weakness in the legs, get help first.',
      },
    ],
    sources: [seed(4, S004.treating), seed(3, S003.heatCold), seed(1, S001.faq)],
    guidelineNotes: [
      {
        differsFrom: articles(4),
        text: 'The article suggests a few days of relaxing after a spasm. Guidelines agree with easing off hard work, but advise against bed rest: gentle activity helps recovery.',
        sources: [
          guideline('nice-ng59', 'Information and self-management'),
          guideline('nhs-back-pain'),
        ],
      },
    ],
    aliases: ['help', 'what to do', 'first aid', 'emergency relief', 'right now', 'spasm now'],
    related: [
      'massage',
      'cold-therapy',
      'heat-therapy',
      'relaxation',
      'stay-active',
      'is-it-serious',
    ],
  },
  {
    id: 'what-is-a-back-spasm',
    kind: 'faq',
    title: 'What is a back spasm?',
    summary:
      'A back muscle tightening by itself, suddenly and painfully. Most people have one at some point, and most settle without treatment.',
    body: [
      {
        type: 'paragraph',
        text: 'A spasm is a muscle contracting on its own and not letting go. It can happen in any muscle, but the back and neck are the most common places. It can be very painful and make moving hard.',
      },
      {
        type: 'paragraph',
        text: 'Most spasms are not a sign of anything serious, and they usually get better by themselves.',
      },
    ],
    sources: [
      seed(0, S000.causes),
      seed(0, S000.doctor),
      seed(1, S001.understanding),
      seed(2, S002.description),
      seed(4, S004.intro),
    ],
    aliases: ['back spasm', 'spasm', 'muscle spasm', 'lumbago', 'crick', 'back went', 'seized up'],
    related: ['common-causes', 'how-long-does-a-spasm-last', 'back-pain'],
  },
  {
    id: 'common-causes',
    kind: 'faq',
    title: 'What usually causes back spasms?',
    summary:
      'Most often a strained muscle, poor posture, hard effort, or another problem in the back. The articles also blame too little water and low minerals, which studies do not bear out.',
    body: [
      {
        type: 'list',
        items: [
          'A strained or overstretched muscle',
          'Posture that loads the same muscles for hours',
          'A problem in the spine the muscles react to',
          'Lifting, workouts and other hard effort',
          'Doing the same movement over and over',
          'Weak muscles, an injury, or an irritated nerve',
        ],
      },
      {
        type: 'paragraph',
        text: 'Two of the articles add not drinking enough and being low in calcium or potassium. That is their view: studies of muscle cramp have not found these to be the cause, and back pain guidelines do not mention them. A real shortage of a mineral is a medical problem that a blood test finds.',
      },
    ],
    guidelineNotes: [
      {
        differsFrom: articles(4, 3),
        text: 'The articles name dehydration and low calcium or potassium as causes of spasms. A study of athletes who cramped found no link with dehydration or blood salts, and NICE NG59 does not list them, so we give them as the articles’ view only.',
        sources: [guideline('schwellnus-2011'), guideline('nice-ng59')],
      },
    ],
    sources: [
      seed(1, S001.faq),
      seed(1, S001.keyPoints),
      seed(4, S004.intro),
      seed(0, S000.causes),
    ],
    aliases: [
      'causes',
      'why',
      'triggers',
      'what caused',
      'keeps coming back',
      'keeps happening',
      'again and again',
      'recurring spasms',
    ],
    related: ['muscle-strain', 'poor-posture', 'underlying-spine-conditions'],
  },
  {
    id: 'manage-at-home',
    kind: 'faq',
    title: 'How can I look after a back spasm at home?',
    summary:
      'Use heat or cold, an over-the-counter painkiller if it suits you, and gentle stretches and movement.',
    body: [
      {
        type: 'list',
        items: [
          'Warm or cold packs, wrapped in a towel',
          'An over-the-counter painkiller if it is safe for you: follow the label',
          'Gentle stretching and light exercise',
          'Relaxation and slow breathing',
        ],
      },
      {
        type: 'paragraph',
        text: 'Combining several of these usually works better than any one alone.',
      },
    ],
    sources: [seed(1, S001.faq), seed(1, S001.keyPoints), seed(3, S003.heatCold)],
    aliases: ['home remedies', 'self care', 'self-care', 'home treatment', 'treat at home'],
    related: ['relief-right-now', 'heat-therapy', 'pain-medicines', 'stretching'],
  },
  {
    id: 'when-to-see-a-doctor',
    kind: 'faq',
    title: 'When should I see a doctor?',
    summary:
      'When the pain is severe or lasting, or you have numbness, tingling or weakness in the legs. Some signs need emergency care.',
    body: [
      {
        type: 'list',
        items: [
          'Pain that is severe, or not better after a few days of self-care: see a doctor soon.',
          'Numbness or tingling in one leg: see a doctor or physiotherapist in the next few days.',
          'Weakness in a leg, a fever, tummy pain, pain between the shoulder blades, or pain made worse by coughing, sneezing or straining: speak to a doctor today.',
          'Numbness around your bottom, new problems with your bladder, bowels or sex, both legs weak or numb, or chest pain: emergency care now.',
          'Long-term or repeated back problems: regular check-ups.',
        ],
      },
      {
        type: 'paragraph',
        text: 'A doctor can look for the cause of your spasms, which helps choose the right treatment.',
      },
    ],
    sources: [
      seed(1, S001.faq),
      seed(1, S001.intro),
      seed(0, S000.doctor),
      seed(4, S004.doctor),
      guideline('nhs-back-pain'),
      guideline('nice-cks-sciatica'),
    ],
    aliases: [
      'doctor',
      'GP',
      'see someone',
      'medical attention',
      'hospital',
      'A&E',
      'call 111',
      'urgent care',
    ],
    related: [
      'is-it-serious',
      'pain-severe-or-lasting',
      'leg-numbness-or-tingling',
      'leg-weakness',
      'saddle-numbness',
    ],
  },
  {
    id: 'is-it-serious',
    kind: 'faq',
    title: 'Is my back pain serious?',
    summary:
      'Usually not. But some signs mean you need emergency care: numbness around your bottom, bladder, bowel or sex changes, weak legs, chest pain, or a serious accident.',
    body: [
      {
        type: 'paragraph',
        text: 'Most back spasms are painful but harmless, and get better in days to weeks. Check these signs first:',
      },
      {
        type: 'list',
        items: [
          'Emergency now: numbness around the bottom or genitals; new trouble peeing or leaking, or not feeling when you pee or poo; new erection or ejaculation problems; both legs numb or weak; a leg getting weaker; chest pain; pain after a serious accident; after cancer, not being able to walk.',
          'Speak to a doctor today: a fever; weakness in a leg; tummy pain; weight loss you cannot explain; a past cancer; pain at night that does not ease in any position; pain made worse by coughing, sneezing or straining; pain between the shoulder blades; a lump or a change in the shape of your back.',
          'Soon, in the next few days: numbness or tingling in one leg; severe pain, or pain not easing after a few days of self-care.',
        ],
      },
    ],
    sources: [
      seed(0, S000.doctor),
      guideline('nice-cks-low-back-pain', 'Red flags'),
      guideline('nhs-back-pain'),
      guideline('nice-cks-sciatica'),
      guideline('nice-ng156'),
      guideline('nice-cg75'),
    ],
    aliases: [
      'serious',
      'dangerous',
      'worried',
      'emergency',
      'red flags',
      'should I worry',
      'should I be worried',
      'am I overreacting',
      'something bad',
      'dangerous',
    ],
    related: ['saddle-numbness', 'bladder-bowel-changes', 'chest-pain', 'when-to-see-a-doctor'],
  },
  {
    id: 'ice-or-heat',
    kind: 'faq',
    title: 'Ice or heat?',
    summary:
      'Both can help. Heat has the better evidence for relaxing a spasm; cold can numb the pain early on. Many people use cold first, then heat.',
    body: [
      {
        type: 'paragraph',
        text: 'Cold dulls pain and may calm swelling, so it suits the first hours. Warmth loosens tight muscles and has moderate evidence behind it. Switching between them is fine too: use whichever feels better.',
      },
      {
        type: 'paragraph',
        text: 'Always wrap the pack in a towel. Keep cold on for about 10 to 15 minutes and warmth for about 15 to 20 minutes at a time. Warmth should feel warm, never hot; after cold, wait until your skin feels normal again before using it; and never put either on skin that is numb.',
      },
    ],
    sources: [seed(3, S003.heatCold), seed(4, S004.treating), guideline('acp-2017')],
    aliases: [
      'ice',
      'heat',
      'hot or cold',
      'cold or hot',
      'hot water bottle',
      'ice pack',
      'heat pad',
    ],
    related: ['heat-therapy', 'cold-therapy', 'heat-and-cold-alternating'],
  },
  {
    id: 'can-i-take-painkillers',
    kind: 'faq',
    title: 'Can I take painkillers?',
    summary:
      'Often yes. An anti-inflammatory painkiller such as ibuprofen or naproxen is the usual first choice, if it is safe for you. Follow the label.',
    body: [
      {
        type: 'paragraph',
        text: 'Guidelines suggest an anti-inflammatory painkiller (NSAID) first, at the lowest dose that helps, for as short a time as possible. Paracetamol on its own is not recommended for low back pain.',
      },
      {
        type: 'paragraph',
        text: 'Do not take an NSAID if aspirin or another anti-inflammatory has ever given you wheezing or an asthma attack, a runny nose or a rash.',
      },
      {
        type: 'paragraph',
        text: 'Ask a pharmacist first if you have had a stomach ulcer or bleeding, have kidney, liver or heart problems, have had a stroke, have Crohn’s disease or colitis, have chickenpox, are over 65, or take other medicines.',
      },
      {
        type: 'paragraph',
        text: 'If you are pregnant, paracetamol is usually the painkiller to use, and NSAIDs are not: ask your midwife or a pharmacist.',
      },
    ],
    guidelineNotes: [
      {
        differsFrom: articles(1, 3),
        text: 'The articles list acetaminophen (paracetamol) among several pain relievers, with ibuprofen and naproxen. NICE NG59 advises against paracetamol alone for low back pain, so we point to NSAIDs first where they are safe.',
        sources: [guideline('nice-ng59', 'Pharmacological therapies')],
      },
    ],
    sources: [
      seed(3, S003.otc),
      seed(1, S001.faq),
      seed(1, S001.medications),
      guideline('nhs-ibuprofen'),
      guideline('nhs-naproxen'),
      guideline('nhs-paracetamol'),
    ],
    aliases: [
      'pills',
      'painkillers',
      'tablets',
      'ibuprofen',
      'paracetamol',
      'medicine',
      'pain relief',
    ],
    related: ['nsaid-painkillers', 'paracetamol', 'pain-medicines'],
  },
  {
    id: 'should-i-rest-in-bed',
    kind: 'faq',
    title: 'Should I rest in bed?',
    summary:
      'No. Take it easy for a few days, but keep moving gently. Lying in bed for days makes backs stiffer and slower to heal.',
    body: [
      {
        type: 'paragraph',
        text: 'Lying down for a short while when the pain is worst is fine. After that, get up and move little and often: short walks, changing position, your usual daily tasks as far as you can.',
      },
      {
        type: 'paragraph',
        text: 'Do avoid heavy lifting, hard workouts and long spells in one position until things settle.',
      },
    ],
    guidelineNotes: [
      {
        differsFrom: articles(3, 0),
        text: 'Some articles call rest the first step. Current guidelines (NICE NG59, ACP 2017, NHS) advise staying active and avoiding bed rest, and we follow them.',
        sources: [
          guideline('nice-ng59', 'Information and self-management'),
          guideline('acp-2017'),
          guideline('nhs-back-pain'),
        ],
      },
    ],
    sources: [seed(3, S003.rest), seed(0, S000.causes), seed(4, S004.treating)],
    aliases: ['bed rest', 'stay in bed', 'lie down', 'rest', 'keep moving', 'go to work'],
    related: ['stay-active', 'relief-right-now'],
  },
  {
    id: 'how-long-does-a-spasm-last',
    kind: 'faq',
    title: 'How long does a back spasm last?',
    summary:
      'A sudden spasm often eases within a few days. Some back pain lingers for weeks or months: then it is worth seeing a doctor.',
    body: [
      {
        type: 'paragraph',
        text: 'A short-lived (acute) spasm usually lasts a few days, with stiffness that can linger a little longer. When pain keeps going for weeks or months it is called chronic.',
      },
      {
        type: 'paragraph',
        text: 'If it is not better after a few days of self-care, or keeps coming back, see a doctor.',
      },
    ],
    sources: [seed(1, S001.understanding), seed(0, S000.doctor), seed(4, S004.doctor)],
    aliases: ['how long', 'duration', 'when will it stop', 'days', 'weeks', 'chronic', 'acute'],
    related: ['pain-severe-or-lasting', 'history-of-back-problems'],
  },
  {
    id: 'other-treatments',
    kind: 'faq',
    title: 'What else helps besides stretching?',
    summary:
      'Heat, massage, medicine and physiotherapy can all help. A doctor or physiotherapist can suggest what suits you.',
    body: [
      {
        type: 'list',
        items: [
          'Heat (and cold)',
          'Massage',
          'Painkillers you can buy, or medicine a doctor prescribes',
          'Physiotherapy and a tailored exercise plan',
          'Spinal manipulation alongside exercise',
          'Relaxation',
        ],
      },
    ],
    sources: [seed(2, S002.faqs), seed(1, S001.keyPoints)],
    aliases: ['other treatments', 'alternatives', 'options', 'what works'],
    related: ['heat-therapy', 'massage', 'pain-medicines', 'physical-therapy'],
  },
  {
    id: 'does-stretching-help',
    kind: 'faq',
    title: 'Does stretching help a back spasm?',
    summary:
      'For many people, yes: gentle stretches relax the muscle and improve blood flow and flexibility. Regular exercise lowers the chance of another episode. They do not help everyone.',
    body: [
      {
        type: 'paragraph',
        text: 'Stretching is one of the most often suggested things to try. Start gently, and ask a doctor or physiotherapist which stretches suit your back.',
      },
    ],
    sources: [
      seed(2, S002.solution),
      seed(2, S002.prosCons),
      seed(2, S002.description),
      guideline('steffens-2016'),
    ],
    aliases: ['stretching', 'stretches', 'does it help'],
    related: ['stretching', 'how-to-stretch-safely', 'knee-to-chest'],
  },
  {
    id: 'how-often-to-stretch',
    kind: 'faq',
    title: 'How often should I stretch?',
    summary:
      'As often as your doctor or physiotherapist suggests. For many people that is every day, or a few times a week, depending on how bad the spasms are.',
    body: [
      {
        type: 'paragraph',
        text: 'There is no single right number. Many people stretch daily; others a few times a week. Worse or more frequent spasms may call for a different routine, so ask a professional.',
      },
    ],
    sources: [seed(2, S002.faqs)],
    aliases: ['how often', 'every day', 'daily', 'how many times'],
    related: ['stretch-regularly', 'stretching'],
  },
  {
    id: 'stretching-risks',
    kind: 'faq',
    title: 'Is stretching risky?',
    summary:
      'Done properly, stretching is generally safe. If it hurts, stop and check with a doctor or physiotherapist.',
    body: [
      {
        type: 'paragraph',
        text: 'Gentle stretching rarely causes harm. Pushing too far, bouncing, or carrying on through pain can make the back worse.',
      },
    ],
    sources: [seed(2, S002.faqs), seed(2, S002.prosCons)],
    aliases: ['risks', 'safe', 'dangerous', 'harm', 'hurt'],
    related: ['how-to-stretch-safely', 'stretching'],
  },
  {
    id: 'how-to-stretch-safely',
    kind: 'faq',
    title: 'How do I stretch safely?',
    summary:
      'Move slowly, breathe, hold each stretch 20 to 30 seconds, never force it, and stop if it hurts. Ask a professional first.',
    body: [
      {
        type: 'list',
        items: [
          'Ask a doctor or physiotherapist which stretches suit you before you start.',
          'Go slowly and gently, so you do not stir up the pain.',
          'Breathe deeply and steadily: it helps the muscles let go.',
          'Hold each stretch for 20 to 30 seconds so the muscle has time to relax.',
          'Stop at a mild pull. Pushing further can damage the muscle.',
          'If anything hurts, stop at once and check with your doctor or physiotherapist.',
        ],
      },
    ],
    sources: [seed(2, S002.tips), seed(2, S002.how), seed(2, S002.solution), seed(3, S003.stretch)],
    aliases: ['stretch safely', 'stretching tips', 'tips', 'overstretch', 'how long to hold'],
    related: ['stretching', 'knee-to-chest', 'stretching-risks'],
  },
];
