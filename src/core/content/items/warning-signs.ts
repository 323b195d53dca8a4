/**
 * Signs that need a doctor, with how soon. These speak of signs, never of diseases a person has:
 * the seeds' reasons to see a doctor, plus the red flags of NICE CKS and the NHS.
 */
import type { ContentItemInput } from '../schema.js';
import { guideline, S000, S001, S003, S004, seed } from './refs.js';

const CALL_NOW =
  'Call an ambulance now (999 in the UK, 911 in the US, 112 in Europe) or go to the nearest emergency department.';
const URGENT_APPOINTMENT =
  'Ask for an urgent GP appointment, or call NHS 111 (or your local urgent care line), and say what you have noticed.';
const SAME_DAY =
  'Speak to a doctor today: ask for an urgent GP appointment, or call NHS 111 (or your local urgent care line).';

export const warningSigns: ContentItemInput[] = [
  {
    id: 'saddle-numbness',
    kind: 'warning_sign',
    title: 'Numbness around your bottom or between your legs',
    summary:
      'Numbness or tingling around the bottom, genitals or inner thighs with back pain needs emergency care now.',
    urgency: 'emergency',
    body: [
      {
        type: 'paragraph',
        text: 'If the skin around your bottom, between your legs or on your inner thighs feels numb, tingly or different (for example, you cannot feel toilet paper when you wipe), the nerves at the base of the spine may be under pressure.',
      },
      { type: 'paragraph', text: CALL_NOW },
      {
        type: 'paragraph',
        text: 'This needs checking within hours. Do not wait to see whether it passes.',
      },
    ],
    sources: [
      guideline('nice-cks-low-back-pain', 'Red flags: cauda equina syndrome'),
      guideline('nhs-cauda-equina'),
      guideline('nhs-back-pain'),
    ],
    aliases: [
      "can't feel my bum",
      'numb bum',
      'numb bottom',
      'numb groin',
      'saddle area',
      'numb between legs',
      'cauda equina',
    ],
    related: ['bladder-bowel-changes', 'both-legs-numb-or-weak', 'is-it-serious'],
  },
  {
    id: 'bladder-bowel-changes',
    kind: 'warning_sign',
    title: 'New problems with peeing, pooing or sex',
    summary:
      'New trouble peeing, leaking, not feeling when your bladder is full or empty or when you pee or poo, or new erection or ejaculation problems, with back pain: emergency care now.',
    urgency: 'emergency',
    body: [
      {
        type: 'paragraph',
        text: 'Since the back pain started, any of these is a sign that the nerves at the base of the spine may be under pressure:',
      },
      {
        type: 'list',
        items: [
          'You cannot pee, or it is hard to start',
          'You leak pee or poo without meaning to, or without noticing',
          'You cannot feel when your bladder is full, or whether it has emptied',
          'You have no feeling when you pee or poo',
          'New problems getting or keeping an erection, or ejaculating',
          'Numb genitals, or less feeling during sex',
        ],
      },
      { type: 'paragraph', text: CALL_NOW },
      {
        type: 'paragraph',
        text: 'It can come on slowly and feel embarrassing to mention. Say it anyway, in these words: it needs checking within hours.',
      },
    ],
    sources: [
      guideline('nice-cks-low-back-pain', 'Red flags: cauda equina syndrome'),
      guideline('nhs-cauda-equina'),
      guideline('girft-cauda-equina'),
      guideline('nhs-back-pain'),
    ],
    aliases: [
      "can't pee",
      'incontinence',
      'wet myself',
      'bladder',
      'bowel',
      'toilet problems',
      'leaking',
      "can't feel when I pee",
      'erection problems',
      'ejaculation',
    ],
    related: ['saddle-numbness', 'both-legs-numb-or-weak'],
  },
  {
    id: 'both-legs-numb-or-weak',
    kind: 'warning_sign',
    title: 'Numbness or weakness in both legs',
    summary:
      'Numbness, tingling or weakness in both legs at once with back pain needs emergency care.',
    urgency: 'emergency',
    body: [
      {
        type: 'paragraph',
        text: 'When both legs are affected, or you become unsteady on your feet, several nerves may be under pressure at once.',
      },
      { type: 'paragraph', text: CALL_NOW },
    ],
    sources: [
      guideline('nice-cks-low-back-pain', 'Red flags: cauda equina syndrome'),
      guideline('nice-cks-sciatica'),
      guideline('nhs-cauda-equina'),
    ],
    aliases: ['both legs numb', 'legs giving way', 'both legs weak', 'unsteady', 'cannot walk'],
    related: ['saddle-numbness', 'progressive-leg-weakness', 'leg-weakness'],
  },
  {
    id: 'progressive-leg-weakness',
    kind: 'warning_sign',
    title: 'A leg getting weaker',
    summary:
      'A leg or foot that is getting weaker (for example the foot slaps or drags) needs emergency assessment.',
    urgency: 'emergency',
    body: [
      {
        type: 'paragraph',
        text: 'Weakness that gets worse over hours or days, such as tripping because your foot drags, or being unable to stand on your toes or heels, means a nerve may be getting more squeezed.',
      },
      { type: 'paragraph', text: CALL_NOW },
    ],
    sources: [guideline('nice-cks-sciatica', 'Red flags'), guideline('nhs-sciatica')],
    aliases: ['foot drop', 'leg weakness', 'getting weaker', 'foot dragging', 'tripping'],
    related: ['both-legs-numb-or-weak', 'leg-weakness', 'sciatica'],
  },
  {
    id: 'chest-pain',
    kind: 'warning_sign',
    title: 'Back pain with chest pain',
    summary:
      'Back pain together with chest pain, pressure or tightness needs an ambulance: call now.',
    urgency: 'emergency',
    body: [
      {
        type: 'paragraph',
        text: 'Pain from the heart and the large blood vessels can be felt in the back. Chest pain or pressure, pain spreading to the arm or jaw, breathlessness, sweating or feeling sick with it need help at once.',
      },
      { type: 'paragraph', text: CALL_NOW },
    ],
    sources: [guideline('nhs-back-pain'), guideline('nice-cks-low-back-pain', 'Red flags')],
    aliases: ['chest pain', 'heart', 'breathless', 'tight chest', 'heart attack'],
    related: ['tummy-pain', 'is-it-serious'],
  },
  {
    id: 'tummy-pain',
    kind: 'warning_sign',
    title: 'Back pain with tummy pain',
    summary:
      'Tummy pain with back pain needs a doctor today. At 60 or over, or with a throbbing tummy or feeling faint, call an ambulance.',
    urgency: 'urgent',
    body: [
      {
        type: 'paragraph',
        text: 'Pain in the tummy (between the ribs and the hips) together with back pain should be checked by a doctor the same day.',
      },
      { type: 'paragraph', text: SAME_DAY },
      {
        type: 'paragraph',
        text: 'Call an ambulance instead if you are 60 or over, feel a throbbing in your tummy like a heartbeat, or feel faint or have fainted: a large blood vessel in the tummy needs ruling out at once.',
      },
      { type: 'paragraph', text: CALL_NOW },
    ],
    sources: [guideline('nice-ng156'), guideline('nhs-back-pain')],
    aliases: ['stomach pain', 'tummy ache', 'belly pain', 'abdominal pain', 'throbbing tummy'],
    related: ['chest-pain', 'is-it-serious'],
  },
  {
    id: 'major-trauma',
    kind: 'warning_sign',
    title: 'Pain after a serious accident',
    summary:
      'Back pain after a car crash, a fall from a height or a heavy blow needs emergency care, even if you can move.',
    urgency: 'emergency',
    body: [
      {
        type: 'paragraph',
        text: 'After a big accident, a bone in the spine could be hurt. If you cannot move, stay still and call for help. Older people, or people with thin bones, can hurt the spine with a smaller fall: get checked the same day.',
      },
      { type: 'paragraph', text: CALL_NOW },
    ],
    sources: [
      guideline('nice-cks-low-back-pain', 'Red flags: suspected spinal fracture'),
      guideline('nhs-back-pain'),
      seed(1, S001.causes),
    ],
    aliases: ['car crash', 'accident', 'fell', 'fall', 'hit my back', 'trauma', 'broken back'],
    related: ['injury-trauma'],
  },
  {
    id: 'fever-with-back-pain',
    kind: 'warning_sign',
    title: 'Back pain with a fever',
    summary:
      'Back pain with a high temperature, chills or feeling very unwell needs a doctor today.',
    urgency: 'urgent',
    body: [
      {
        type: 'paragraph',
        text: 'A fever with back pain can mean an infection that needs treating. This matters even more if your immune system is weak, you inject drugs, or you had a recent operation or infection.',
      },
      { type: 'paragraph', text: SAME_DAY },
    ],
    sources: [
      guideline('nice-cks-low-back-pain', 'Red flags: infection'),
      guideline('nhs-back-pain'),
    ],
    aliases: ['fever', 'high temperature', 'temperature', 'chills', 'shivering', 'hot and cold'],
    related: ['is-it-serious'],
  },
  {
    id: 'unexplained-weight-loss',
    kind: 'warning_sign',
    title: 'Losing weight without trying',
    summary: 'Back pain with weight loss you cannot explain needs an urgent doctor’s appointment.',
    urgency: 'urgent',
    body: [
      {
        type: 'paragraph',
        text: 'Losing weight when you are not trying, together with back pain, is a reason to be checked by a doctor. Most often the cause is not serious, but it should be looked into.',
      },
      { type: 'paragraph', text: URGENT_APPOINTMENT },
    ],
    sources: [guideline('nice-cks-low-back-pain', 'Red flags'), guideline('nhs-back-pain')],
    aliases: ['weight loss', 'losing weight', 'thinner', 'lost weight'],
    related: ['history-of-cancer', 'night-pain'],
  },
  {
    id: 'history-of-cancer',
    kind: 'warning_sign',
    title: 'New back pain after cancer',
    summary:
      'If you have ever had cancer and get new back pain, ask for an urgent doctor’s appointment.',
    urgency: 'urgent',
    body: [
      {
        type: 'paragraph',
        text: 'Back pain in someone who has had cancer is usually caused by the same things as in anyone else, but a doctor should check it. Tell them about your cancer history.',
      },
      { type: 'paragraph', text: URGENT_APPOINTMENT },
      {
        type: 'paragraph',
        text: 'Call an ambulance instead if you cannot walk, or walking has become hard, or you have new numbness, tingling or weakness in the legs, pain spreading down a leg, or problems with your bladder or bowels. After cancer, these need a doctor straight away.',
      },
      {
        type: 'paragraph',
        text: 'If your cancer team gave you a number to call, call them too and tell them about your back.',
      },
    ],
    sources: [
      guideline('nice-cks-low-back-pain', 'Red flags: spinal metastases'),
      guideline('nice-ng234'),
      guideline('nice-cg75'),
      guideline('nhs-back-pain'),
    ],
    aliases: ['cancer', 'tumour', 'tumor', 'had cancer before'],
    related: ['unexplained-weight-loss', 'night-pain', 'saddle-numbness'],
  },
  {
    id: 'night-pain',
    kind: 'warning_sign',
    title: 'Pain at night that does not ease in any position',
    summary:
      'Pain at night that does not ease whatever position you try needs an urgent doctor’s appointment.',
    urgency: 'urgent',
    body: [
      {
        type: 'paragraph',
        text: 'Muscle pain usually changes as you move and eases when you find a comfortable position. Pain at night that stays bad however you lie should be checked.',
      },
      {
        type: 'paragraph',
        text: 'Waking up when you turn over in bed, then settling again once you are comfortable, is common with a spasm and is not this sign.',
      },
      { type: 'paragraph', text: URGENT_APPOINTMENT },
    ],
    sources: [guideline('nice-cks-low-back-pain', 'Red flags'), guideline('nhs-back-pain')],
    aliases: ['pain at night', "can't sleep", 'wakes me up', 'constant pain', 'night time'],
    related: ['history-of-cancer', 'unexplained-weight-loss'],
  },
  {
    id: 'pain-worse-on-coughing-or-straining',
    kind: 'warning_sign',
    title: 'Pain made worse by coughing, sneezing or straining',
    summary:
      'Back pain that gets worse when you cough, sneeze or open your bowels needs an urgent doctor’s appointment.',
    urgency: 'urgent',
    body: [
      {
        type: 'paragraph',
        text: 'Coughing, sneezing and straining on the toilet raise the pressure inside the spine for a moment. Pain that flares each time you do them should be checked.',
      },
      {
        type: 'paragraph',
        text: 'A spasm that started with a cough or a sneeze is different: that is a common way for one to begin, and not this sign on its own.',
      },
      { type: 'paragraph', text: URGENT_APPOINTMENT },
    ],
    sources: [guideline('nhs-back-pain'), guideline('nice-cg75', 'Pain on straining')],
    aliases: ['hurts when I cough', 'hurts when I sneeze', 'coughing', 'sneezing', 'straining'],
    related: ['night-pain', 'is-it-serious'],
  },
  {
    id: 'pain-between-shoulder-blades',
    kind: 'warning_sign',
    title: 'Pain high in the back, between the shoulder blades',
    summary:
      'Back pain high up, between the shoulder blades, needs an urgent doctor’s appointment.',
    urgency: 'urgent',
    body: [
      {
        type: 'paragraph',
        text: 'Most back spasms are low in the back. Pain in the upper back, between the shoulder blades, is less often from a strained muscle and should be checked.',
      },
      { type: 'paragraph', text: URGENT_APPOINTMENT },
      {
        type: 'paragraph',
        text: 'Call an ambulance instead if it comes with chest pain, breathlessness or sweating.',
      },
    ],
    sources: [guideline('nhs-back-pain'), guideline('nice-cg75', 'Thoracic pain')],
    aliases: ['upper back pain', 'between shoulder blades', 'shoulder blade pain', 'thoracic'],
    related: ['chest-pain', 'is-it-serious'],
  },
  {
    id: 'lump-or-change-in-back-shape',
    kind: 'warning_sign',
    title: 'A lump, swelling or change in the shape of your back',
    summary:
      'A new lump or swelling on your back, or a change in its shape, needs an urgent doctor’s appointment.',
    urgency: 'urgent',
    body: [
      {
        type: 'paragraph',
        text: 'A tight muscle can feel firm, but a lump or swelling you can see, or a back that has changed shape, should be looked at by a doctor.',
      },
      { type: 'paragraph', text: URGENT_APPOINTMENT },
    ],
    sources: [guideline('nhs-back-pain')],
    aliases: ['lump on my back', 'swelling', 'bump on spine', 'back changed shape', 'hunched'],
    related: ['is-it-serious', 'muscle-tightness'],
  },
  {
    id: 'leg-numbness-or-tingling',
    kind: 'warning_sign',
    title: 'Numbness or tingling in one leg',
    summary:
      'Numbness or pins and needles in one leg with back pain is worth a check by a doctor or physiotherapist in the next few days. Weakness, both legs, or getting worse is more urgent.',
    urgency: 'soon',
    body: [
      {
        type: 'paragraph',
        text: 'These feelings suggest a nerve is being irritated. It often settles, but a doctor or physiotherapist should examine you in the next few days to find out why and plan treatment.',
      },
      {
        type: 'paragraph',
        text: 'Speak to a doctor today instead if the leg is also weak. Get emergency help if both legs are affected, a leg is getting weaker, or you have numbness around your bottom or changes in your bladder, bowels or sex life.',
      },
    ],
    sources: [
      seed(0, S000.doctor),
      seed(1, S001.understanding),
      seed(1, S001.faq),
      guideline('nice-cks-sciatica'),
      guideline('nice-ng59'),
    ],
    aliases: ['pins and needles', 'tingling', 'numb leg', 'dead leg', 'tingly foot'],
    related: ['leg-weakness', 'both-legs-numb-or-weak', 'sciatica', 'numbness-tingling'],
  },
  {
    id: 'leg-weakness',
    kind: 'warning_sign',
    title: 'Weakness in a leg',
    summary:
      'A leg or foot that feels weak with back pain needs a doctor today. If it is getting weaker, or both legs are weak, get emergency help.',
    urgency: 'urgent',
    body: [
      {
        type: 'paragraph',
        text: 'Weakness means the leg or foot will not do what you ask, not just that moving it hurts: the foot slaps or catches as you walk, or you cannot stand on your toes or heels. A nerve may be under pressure.',
      },
      { type: 'paragraph', text: SAME_DAY },
      {
        type: 'paragraph',
        text: 'Get emergency help instead if the weakness is getting worse, both legs are affected, or you have numbness around your bottom or changes in your bladder or bowels.',
      },
    ],
    sources: [
      seed(0, S000.doctor),
      seed(1, S001.faq),
      guideline('nice-cks-sciatica', 'Red flags'),
      guideline('nhs-sciatica'),
    ],
    aliases: ['weak leg', 'leg giving way', 'foot slapping', 'weak foot', 'leg feels weak'],
    related: ['progressive-leg-weakness', 'both-legs-numb-or-weak', 'leg-numbness-or-tingling'],
  },
  {
    id: 'cannot-walk',
    kind: 'warning_sign',
    title: 'You cannot walk, or can barely stand',
    summary:
      'If the pain stops you walking, even a few steps across a room, speak to a doctor today. If you have had cancer, call an ambulance.',
    urgency: 'urgent',
    body: [
      {
        type: 'paragraph',
        text: 'A spasm can make walking slow and stiff, and that is common. This sign is different: you cannot take a few steps across the room at all, or your legs will not hold you up.',
      },
      { type: 'paragraph', text: SAME_DAY },
      {
        type: 'paragraph',
        text: 'Call an ambulance instead if you have ever had cancer, if a leg is getting weaker, or if you have numbness around your bottom or changes in your bladder or bowels.',
      },
    ],
    sources: [
      seed(1, S001.understanding),
      guideline('nice-cks-low-back-pain', 'Red flags'),
      guideline('nice-cg75'),
      guideline('nhs-back-pain'),
    ],
    aliases: [
      'cannot walk',
      "can't walk",
      'unable to walk',
      'unable to stand',
      'cannot stand up',
      'legs will not hold me',
      'too much pain to walk',
    ],
    related: ['leg-weakness', 'history-of-cancer', 'when-to-see-a-doctor'],
  },
  {
    id: 'pain-severe-or-lasting',
    kind: 'warning_sign',
    title: 'Pain that is severe or not getting better',
    summary:
      'See a doctor if the pain is severe, or if it is not better after a few days of looking after yourself.',
    urgency: 'soon',
    body: [
      {
        type: 'paragraph',
        text: 'Most spasms are not serious and settle on their own. But if the pain is very bad, lasts more than a few days, or your home care is not helping, book to see a doctor or physiotherapist.',
      },
      {
        type: 'paragraph',
        text: 'They can look for the cause, suggest other treatment and, if needed, prescribe medicine.',
      },
    ],
    sources: [
      seed(0, S000.doctor),
      seed(1, S001.faq),
      seed(1, S001.intro),
      seed(4, S004.doctor),
      seed(3, S003.help),
    ],
    aliases: ['not getting better', 'still hurts', 'getting worse', 'severe pain', 'persistent'],
    related: ['is-it-serious', 'when-to-see-a-doctor', 'pain-medicines'],
  },
  {
    id: 'history-of-back-problems',
    kind: 'warning_sign',
    title: 'Long-term or repeated back problems',
    summary:
      'If you have had back problems before or live with long-term pain, see a doctor regularly, not only when it flares up.',
    urgency: 'soon',
    body: [
      {
        type: 'paragraph',
        text: 'Regular check-ups with a doctor or physiotherapist help you manage long-lasting pain, adjust your plan, and stop small problems growing.',
      },
    ],
    sources: [seed(0, S000.doctor), seed(0, S000.prevent)],
    aliases: ['chronic back pain', 'chronic pain', 'keeps coming back', 'recurring', 'check-up'],
    related: ['see-a-professional', 'physical-therapy'],
  },
];
