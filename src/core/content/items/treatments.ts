/**
 * Treatments: each option with what it helps (the seeds' comparison of benefits), its cautions,
 * and how good the evidence is per current guidelines. Where a seed is out of date, the item
 * follows the guideline and says so in `guidelineNotes`. Medicines: names and classes only, never
 * doses.
 */
import type { ContentItemInput } from '../schema.js';
import { articles, guideline, S000, S001, S002, S003, S004, seed } from './refs.js';

const FOLLOW_LABEL =
  'Follow the label or the leaflet in the pack. If you are unsure, ask a pharmacist.';

export const treatments: ContentItemInput[] = [
  {
    id: 'pain-medicines',
    kind: 'treatment',
    title: 'Medicines for the pain',
    summary:
      'Painkillers you can buy can ease the pain and swelling while you keep moving. If a spasm is severe, a doctor may prescribe a muscle relaxant for a few days.',
    body: [
      {
        type: 'paragraph',
        text: 'Medicine does not fix a spasm, but it can take the edge off the pain so that you can move, sleep and do your exercises.',
      },
      {
        type: 'list',
        items: [
          'Anti-inflammatory painkillers (NSAIDs) such as ibuprofen or naproxen: NICE suggests considering these first for back pain, if they are safe for you.',
          'Paracetamol (called acetaminophen in the US): not recommended on its own for low back pain. In pregnancy, though, paracetamol is usually the painkiller to use: ask a midwife or pharmacist.',
          'If a spasm is severe, a doctor may prescribe a muscle relaxant for a few days.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Steroid tablets, which one article mentions, are not a usual treatment for back pain or sciatica: the page on steroid tablets explains why.',
      },
      { type: 'paragraph', text: FOLLOW_LABEL },
    ],
    cautions: [
      'Never take more than the label says, and do not combine two products that contain the same medicine.',
      'Ask a pharmacist or doctor first if you are pregnant, have other health problems, or take other medicines.',
    ],
    benefits: ['Eases pain', 'Reduces inflammation (anti-inflammatory painkillers)'],
    evidence: {
      level: 'moderate',
      summary:
        'Guidelines favour anti-inflammatory painkillers at the lowest dose that works, for the shortest time. Paracetamol alone did not help back pain in good trials.',
      sources: [guideline('nice-ng59', 'Pharmacological therapies'), guideline('acp-2017')],
    },
    guidelineNotes: [
      {
        differsFrom: articles(1, 3),
        text: 'The articles list acetaminophen (paracetamol) among several pain relievers, alongside ibuprofen and naproxen. Current NICE guidance says not to use paracetamol alone for low back pain, and to consider an anti-inflammatory painkiller first if it is safe for you. We follow the guideline, except in pregnancy, when the NHS advises paracetamol as the usual painkiller.',
        sources: [
          guideline('nice-ng59', 'Pharmacological therapies'),
          guideline('acp-2017'),
          guideline('nhs-paracetamol'),
        ],
      },
      {
        differsFrom: articles(1),
        text: 'One article lists oral steroids among the medicines a doctor may give for severe symptoms. NICE NG59 says not to offer them for sciatica, and ACP 2017 found they did not ease acute low back pain, so we do not list them among usual treatments.',
        sources: [guideline('nice-ng59', 'Pharmacological therapies'), guideline('acp-2017')],
      },
    ],
    sources: [
      seed(1, S001.medications),
      seed(1, S001.table),
      seed(3, S003.otc),
      seed(4, S004.doctor),
      seed(0, S000.causes),
      guideline('nhs-ibuprofen'),
      guideline('nhs-naproxen'),
      guideline('nhs-paracetamol'),
    ],
    aliases: [
      'pills',
      'painkillers',
      'pain killers',
      'tablets',
      'medication',
      'medicine',
      'drugs',
      'over the counter',
      'OTC',
    ],
    related: [
      'nsaid-painkillers',
      'paracetamol',
      'muscle-relaxants',
      'oral-steroids',
      'can-i-take-painkillers',
    ],
  },
  {
    id: 'nsaid-painkillers',
    kind: 'treatment',
    title: 'Anti-inflammatory painkillers (ibuprofen, naproxen)',
    summary:
      'NSAIDs such as ibuprofen and naproxen are the painkillers NICE suggests considering first for back pain, if they are safe for you. They are not usually taken in pregnancy.',
    body: [
      {
        type: 'paragraph',
        text: 'NSAIDs (non-steroidal anti-inflammatory drugs) ease pain and calm inflammation. Ibuprofen and naproxen are sold over the counter in many countries. Take the lowest dose that helps, for as short a time as you can.',
      },
      { type: 'paragraph', text: FOLLOW_LABEL },
      { type: 'paragraph', text: 'Do not take them if:' },
      {
        type: 'list',
        items: [
          'You have ever reacted to aspirin or another anti-inflammatory painkiller, for example with wheezing or an asthma attack, a runny nose or a rash.',
        ],
      },
      { type: 'paragraph', text: 'Ask a pharmacist or doctor first if you:' },
      {
        type: 'list',
        items: [
          'Have had a stomach ulcer, or bleeding in the stomach or gut.',
          'Have Crohn’s disease or ulcerative colitis.',
          'Have kidney, liver or heart problems or high blood pressure, or have had a stroke.',
          'Have chickenpox or shingles.',
          'Are pregnant or trying to get pregnant: in pregnancy paracetamol is usually the painkiller to use, and a midwife or pharmacist can advise.',
          'Are over 65.',
          'Take any other medicines, especially a blood thinner such as warfarin, steroid tablets, or medicines for blood pressure.',
        ],
      },
    ],
    cautions: [
      'Can upset or damage the stomach; take with food and stop if you get stomach pain or black stools.',
      'Can harm the kidneys, and can bring on wheezing or an asthma attack in people who react to them.',
      'In pregnancy, do not take them unless a doctor prescribes them: paracetamol is usually the one to use.',
      'Do not take two NSAIDs together, or take one with a blood thinner unless a doctor agrees.',
      FOLLOW_LABEL,
    ],
    benefits: ['Eases pain', 'Reduces inflammation'],
    evidence: {
      level: 'moderate',
      summary:
        'NICE advises considering an oral NSAID for low back pain, weighing stomach, kidney and heart risks, at the lowest effective dose for the shortest time. ACP 2017 found moderate evidence of a small benefit.',
      sources: [guideline('nice-ng59', 'Pharmacological therapies'), guideline('acp-2017')],
    },
    sources: [
      seed(3, S003.otc),
      seed(1, S001.medications),
      guideline('nhs-ibuprofen'),
      guideline('nhs-naproxen'),
      guideline('nhs-paracetamol'),
    ],
    aliases: ['ibuprofen', 'naproxen', 'nsaid', 'anti-inflammatory', 'advil', 'nurofen', 'aleve'],
    related: ['pain-medicines', 'paracetamol', 'can-i-take-painkillers'],
  },
  {
    id: 'paracetamol',
    kind: 'treatment',
    title: 'Paracetamol (acetaminophen)',
    summary:
      'On its own, paracetamol does little for back pain, so guidelines do not recommend it alone. In pregnancy, though, it is usually the painkiller to use.',
    body: [
      {
        type: 'paragraph',
        text: 'Paracetamol is called acetaminophen in the US. Two of the articles list acetaminophen among several pain relievers, alongside ibuprofen and naproxen. Newer research found that on its own it eases low back pain no better than a dummy pill.',
      },
      {
        type: 'paragraph',
        text: 'If you are pregnant, paracetamol is usually the painkiller to use, because anti-inflammatory painkillers are not usually advised in pregnancy. Ask a midwife, pharmacist or doctor first, and take it for the shortest time that helps.',
      },
      {
        type: 'paragraph',
        text: 'A doctor or pharmacist may also suggest it alongside other treatment, for example if you cannot take NSAIDs.',
      },
      { type: 'paragraph', text: FOLLOW_LABEL },
    ],
    cautions: [
      'Many cold and flu remedies also contain paracetamol: check labels so you do not take it twice.',
      'Ask a pharmacist or doctor first if you have liver problems or drink a lot of alcohol.',
      FOLLOW_LABEL,
    ],
    benefits: ['Mild pain relief for some people'],
    evidence: {
      level: 'limited',
      summary:
        'Good trials found paracetamol alone works no better than a placebo for low back pain; NICE advises against using it on its own.',
      sources: [guideline('nice-ng59', 'Pharmacological therapies'), guideline('acp-2017')],
    },
    guidelineNotes: [
      {
        differsFrom: articles(1, 3),
        text: 'The articles list acetaminophen among several pain relievers for spasms, alongside ibuprofen and naproxen. NICE NG59 says not to offer paracetamol alone for low back pain, so Unknot suggests an anti-inflammatory painkiller where it is safe for you. In pregnancy the NHS advises paracetamol as the usual painkiller.',
        sources: [
          guideline('nice-ng59', 'Pharmacological therapies'),
          guideline('nhs-paracetamol'),
        ],
      },
    ],
    sources: [seed(1, S001.medications), seed(3, S003.otc), guideline('nhs-paracetamol')],
    aliases: ['acetaminophen', 'tylenol', 'panadol', 'calpol'],
    related: ['nsaid-painkillers', 'pain-medicines'],
  },
  {
    id: 'muscle-relaxants',
    kind: 'treatment',
    title: 'Muscle relaxants (prescribed by a doctor)',
    summary:
      'If a spasm is severe, a doctor may prescribe a muscle relaxant for a few days. The evidence that they help is thin, and they are not for buying or taking on your own.',
    body: [
      {
        type: 'paragraph',
        text: 'Muscle relaxants calm muscles that will not let go. A doctor decides whether one suits you and for how long; it is a short course.',
      },
      {
        type: 'paragraph',
        text: 'Diazepam is one that doctors sometimes prescribe for a back spasm. The NHS says there is very little evidence that it helps back pain. It can cause dependence, so it is for a few days only.',
      },
      {
        type: 'paragraph',
        text: 'It is not for sciatica: NICE advises against benzodiazepines, the family of medicines diazepam belongs to, for sciatica, as they have not been shown to help and can cause harm.',
      },
    ],
    cautions: [
      'They often cause drowsiness: do not drive or use machines until you know how they affect you.',
      'Do not mix with alcohol. Take only as your doctor prescribes.',
      'Diazepam can cause dependence: take it only for the few days your doctor prescribes.',
    ],
    benefits: ['Short-term relief of muscle spasm and pain, for some people'],
    evidence: {
      level: 'limited',
      summary:
        'ACP 2017 found moderate-quality evidence that muscle relaxants give a small, short-term benefit for acute back pain, with frequent side effects such as sleepiness. The NHS says there is very little evidence for diazepam in back pain, and NICE NG59 advises against benzodiazepines for sciatica.',
      sources: [
        guideline('acp-2017'),
        guideline('nhs-diazepam'),
        guideline('nice-ng59', 'Pharmacological therapies'),
      ],
    },
    guidelineNotes: [
      {
        differsFrom: articles(1, 4),
        text: 'The articles present a prescribed muscle relaxant as an option for severe spasms. The evidence is thin: the NHS finds very little for diazepam in back pain, and NICE advises against benzodiazepines for sciatica. If a doctor does prescribe one, it is for a few days only.',
        sources: [guideline('nhs-diazepam'), guideline('nice-ng59', 'Pharmacological therapies')],
      },
    ],
    sources: [seed(1, S001.medications), seed(4, S004.doctor), guideline('nhs-diazepam')],
    aliases: ['muscle relaxant', 'relaxers', 'prescription', 'diazepam', 'valium'],
    related: ['pain-medicines', 'pain-severe-or-lasting', 'sciatica'],
  },
  {
    id: 'oral-steroids',
    kind: 'treatment',
    title: 'Steroid tablets (not a usual treatment)',
    summary:
      'One article mentions steroid tablets for severe symptoms. They are not a usual treatment: research found little benefit for back pain, and NICE advises against them for sciatica.',
    body: [
      {
        type: 'paragraph',
        text: 'One article says a doctor may give oral steroids for more severe symptoms, but current guidelines do not support them.',
      },
      {
        type: 'paragraph',
        text: 'In trials, steroid tablets eased a new bout of low back pain no better than a dummy pill. NICE says not to offer them for sciatica either, as there is no overall evidence that they help and they can cause harm.',
      },
    ],
    cautions: [
      'If you already take steroid tablets for another condition, do not stop them suddenly unless your doctor says so.',
    ],
    benefits: ['Little or no benefit shown for back pain'],
    evidence: {
      level: 'limited',
      summary:
        'ACP 2017 found steroid tablets did not ease acute low back pain better than placebo, and NICE NG59 says not to offer them for sciatica.',
      sources: [
        guideline('acp-2017'),
        guideline('nice-ng59', 'Pharmacological therapies'),
        guideline('nice-cks-sciatica'),
      ],
    },
    guidelineNotes: [
      {
        differsFrom: articles(1),
        text: 'The article presents steroid tablets as a possible option for severe symptoms. Current guidelines found little or no benefit: NICE NG59 says not to offer oral corticosteroids for sciatica, and ACP 2017 found no benefit for back pain. So they are not a usual treatment.',
        sources: [
          guideline('nice-ng59', 'Pharmacological therapies'),
          guideline('acp-2017'),
          guideline('nice-cks-sciatica'),
        ],
      },
    ],
    sources: [seed(1, S001.medications)],
    aliases: ['steroids', 'prednisolone', 'corticosteroids', 'cortisone'],
    related: ['pain-medicines'],
  },
  {
    id: 'physical-therapy',
    kind: 'treatment',
    title: 'Physiotherapy',
    summary:
      'A physiotherapist builds an exercise plan for you that makes the back more flexible, stronger and able to move further.',
    body: [
      {
        type: 'paragraph',
        text: 'A physiotherapist (physical therapist) checks how you move and teaches you exercises that suit your back. The aim is a back that bends more easily, is stronger, and moves through its full range.',
      },
      {
        type: 'paragraph',
        text: 'Exercise works best as part of a package with advice and, if needed, hands-on treatment. It is also a good way to learn stretches safely.',
      },
    ],
    cautions: [
      'Tell your physiotherapist about any numbness, weakness or other health problems, and say if an exercise makes the pain worse.',
    ],
    benefits: ['More flexibility', 'More strength', 'Better range of movement'],
    evidence: {
      level: 'moderate',
      summary:
        'NICE suggests considering an exercise programme, such as a group class, for a flare-up of low back pain. ACP 2017 recommends exercise for long-lasting back pain.',
      sources: [guideline('nice-ng59', 'Exercise'), guideline('acp-2017')],
    },
    sources: [
      seed(1, S001.physio),
      seed(1, S001.table),
      seed(0, S000.causes),
      seed(3, S003.help),
      seed(2, S002.faqs),
    ],
    aliases: ['physio', 'physical therapist', 'PT', 'physiotherapist', 'rehab'],
    related: ['stretching', 'strengthen-back-and-core', 'see-a-professional'],
  },
  {
    id: 'spinal-manipulation',
    kind: 'treatment',
    title: 'Chiropractic care and spinal manipulation',
    summary:
      'A chiropractor, osteopath or physiotherapist moves the joints of the spine by hand. It may help a little, as part of a plan that includes exercise.',
    body: [
      {
        type: 'paragraph',
        text: 'Spinal manipulation means a trained practitioner moves or gently thrusts the joints of the spine. One article says it can realign the spine and take pressure off the back’s muscles and joints.',
      },
      {
        type: 'paragraph',
        text: 'Current guidelines are more careful: the evidence is weak, and it should only be used together with an exercise programme, not on its own.',
      },
    ],
    cautions: [
      'Tell the practitioner about any numbness, weakness, thinning bones or other health problems first.',
      'Do not have manipulation if you have any of the signs that need a doctor.',
    ],
    benefits: [
      'Aims to restore how the spine lines up and moves',
      'May take pressure off back muscles and joints',
    ],
    evidence: {
      level: 'limited',
      summary:
        'NICE: consider manual therapy only as part of a package that includes exercise. ACP 2017 found low-quality evidence of a small benefit.',
      sources: [guideline('nice-ng59', 'Manual therapies'), guideline('acp-2017')],
    },
    guidelineNotes: [
      {
        differsFrom: articles(1),
        text: 'The article presents chiropractic care as a treatment in its own right. NICE NG59 finds weak evidence and advises manual therapy only alongside exercise, which is what we suggest.',
        sources: [guideline('nice-ng59', 'Manual therapies')],
      },
    ],
    sources: [seed(1, S001.chiro), seed(1, S001.table)],
    aliases: [
      'chiropractor',
      'chiropractic',
      'osteopath',
      'manipulation',
      'adjustment',
      'crack my back',
    ],
    related: ['physical-therapy', 'massage'],
  },
  {
    id: 'heat-therapy',
    kind: 'treatment',
    title: 'Heat',
    summary:
      'Warmth on the sore area helps tight muscles relax. It has the best evidence of the simple home treatments.',
    body: [
      {
        type: 'paragraph',
        text: 'Use a heat pad, a hot water bottle wrapped in a towel, or a towel soaked in warm water and wrung out. It should feel pleasantly warm, never hot. Keep it on for about 15 to 20 minutes, then take a break.',
      },
      {
        type: 'paragraph',
        text: 'Many people use cold first, in the first day or so, and then switch to heat. After a cold pack, wait until your skin feels normal again, no longer numb or cold, before you put heat on it.',
      },
    ],
    cautions: [
      'Put a cloth between the heat and your skin, and check your skin often.',
      'Do not fall asleep on a heat pad.',
      'Do not use heat on skin that is numb or has lost feeling: you may not feel a burn.',
      'If you have diabetes or poor circulation, ask a pharmacist or doctor before using heat.',
    ],
    benefits: ['Relaxes tight muscles', 'Eases pain'],
    evidence: {
      level: 'moderate',
      summary:
        'ACP 2017 recommends superficial heat for acute low back pain, based on moderate-quality evidence.',
      sources: [guideline('acp-2017')],
    },
    sources: [
      seed(3, S003.heatCold),
      seed(4, S004.treating),
      seed(1, S001.faq),
      seed(2, S002.faqs),
    ],
    aliases: ['hot water bottle', 'heating pad', 'heat pack', 'warm towel', 'warmth', 'hot bath'],
    related: ['cold-therapy', 'heat-and-cold-alternating', 'ice-or-heat'],
  },
  {
    id: 'cold-therapy',
    kind: 'treatment',
    title: 'Cold (ice)',
    summary:
      'A cold pack numbs the area and may calm swelling. Many people find it soothing early on.',
    body: [
      {
        type: 'paragraph',
        text: 'Wrap an ice pack, a cold compress or a bag of frozen peas in a thin towel and rest it on the sore spot for about 10 to 15 minutes at a time.',
      },
      {
        type: 'paragraph',
        text: 'Right after a spasm starts, one article suggests cold first and then heat. Before you switch, wait until your skin feels normal again.',
      },
    ],
    cautions: [
      'Never put ice straight on the skin: wrap it.',
      'Do not use cold on skin that is numb or has lost feeling.',
      'If you have poor circulation, ask a pharmacist or doctor before using cold.',
    ],
    benefits: ['Numbs the area', 'May reduce swelling and inflammation'],
    evidence: {
      level: 'limited',
      summary:
        'ACP 2017 found too little evidence to say whether cold helps back pain. It is safe when wrapped, and some people prefer it.',
      sources: [guideline('acp-2017')],
    },
    sources: [
      seed(3, S003.heatCold),
      seed(4, S004.treating),
      seed(0, S000.causes),
      seed(1, S001.faq),
    ],
    aliases: ['ice', 'ice pack', 'frozen peas', 'cold pack', 'cold compress', 'icing'],
    related: ['heat-therapy', 'heat-and-cold-alternating', 'ice-or-heat'],
  },
  {
    id: 'heat-and-cold-alternating',
    kind: 'treatment',
    title: 'Switching between cold and heat',
    summary:
      'Some people get the most relief by swapping between cold and warm packs. Use what feels best.',
    body: [
      {
        type: 'steps',
        items: [
          'Wrap a cold pack in a towel and hold it on the sore area for about 10 to 15 minutes.',
          'Take it off and wait until your skin feels normal again: no longer numb, tingling or cold.',
          'Then use a wrapped warm pack, or a towel soaked in warm water and wrung out, for up to 15 to 20 minutes. It should feel pleasantly warm, never hot.',
          'Repeat during the day if it helps.',
        ],
      },
    ],
    cautions: [
      'Always keep a layer between the pack and your skin, and stop if the skin looks red or blotchy.',
      'Do not use cold or heat on skin that is numb or has lost feeling.',
    ],
    benefits: ['Combines the numbing of cold with the relaxing of heat'],
    evidence: {
      level: 'expert_opinion',
      summary:
        'Switching has not been tested well. Heat on its own has moderate evidence (ACP 2017); switching is a matter of what suits you.',
      sources: [guideline('acp-2017')],
    },
    sources: [seed(3, S003.heatCold), seed(4, S004.treating)],
    aliases: ['hot and cold', 'contrast therapy', 'alternate'],
    related: ['heat-therapy', 'cold-therapy', 'ice-or-heat'],
  },
  {
    id: 'massage',
    kind: 'treatment',
    title: 'Massage',
    summary:
      'Gently rubbing the tight muscle can help it let go. A massage therapist may also help as part of a wider plan.',
    body: [
      {
        type: 'paragraph',
        text: 'Right after the spasm starts, rub the sore muscle slowly with your hand, or ask someone to. Light, steady pressure is enough.',
      },
      {
        type: 'paragraph',
        text: 'Professional massage can help too, best combined with exercise.',
      },
    ],
    cautions: [
      'Stop if it makes the pain sharper.',
      'Avoid massage over an area that is red, hot or swollen, or after a serious injury.',
    ],
    benefits: ['Helps tight muscles relax', 'Eases pain for a while'],
    evidence: {
      level: 'limited',
      summary:
        'ACP 2017 found low-quality evidence that massage helps acute back pain. NICE suggests it only as part of a package with exercise.',
      sources: [guideline('acp-2017'), guideline('nice-ng59', 'Manual therapies')],
    },
    sources: [seed(0, S000.causes), seed(4, S004.treating), seed(2, S002.faqs)],
    aliases: ['rub', 'rubbing', 'massage therapy', 'foam roller'],
    related: ['relief-right-now', 'spinal-manipulation'],
  },
  {
    id: 'stretching',
    kind: 'treatment',
    title: 'Stretching',
    summary:
      'Gentle stretches help tight muscles relax, bring blood to the area, and make the back more flexible. Done carefully, they are safe for most people.',
    body: [
      {
        type: 'paragraph',
        text: 'Stretching eases tension and helps blood flow into the sore muscles. Done regularly, it keeps the back flexible and may make the next spasm less likely.',
      },
      {
        type: 'paragraph',
        text: 'Start gently and slowly. It is wise to ask a doctor or physiotherapist which stretches suit you before you begin, and how often to do them.',
      },
    ],
    cautions: [
      'Stop if a stretch hurts, and check with a doctor or physiotherapist.',
      'Do not push into pain or bounce.',
    ],
    benefits: [
      'Relaxes muscles',
      'Improves blood flow',
      'Improves flexibility',
      'May prevent new spasms',
    ],
    pros: [
      'Eases pain and discomfort',
      'Makes the back more flexible and lets it move further',
      'May help stop new spasms',
      'Needs no equipment: you can do it at home',
    ],
    cons: [
      'Does not help every spasm',
      'Can hurt if done the wrong way',
      'You may need a professional to show you how',
    ],
    evidence: {
      level: 'limited',
      summary:
        'Guidelines support exercise programmes for back pain; stretching alone has been studied less. Keeping active is what matters most.',
      sources: [guideline('nice-ng59', 'Exercise'), guideline('acp-2017')],
    },
    sources: [
      seed(2, S002.description),
      seed(2, S002.solution),
      seed(2, S002.prosCons),
      seed(2, S002.how),
      seed(3, S003.stretch),
      seed(1, S001.faq),
    ],
    aliases: ['stretches', 'stretch', 'flexibility', 'loosen up', 'does stretching help'],
    related: ['how-to-stretch-safely', 'knee-to-chest', 'cat-cow', 'stretch-regularly'],
  },
  {
    id: 'stay-active',
    kind: 'treatment',
    title: 'Rest a little, keep moving gently',
    summary:
      'Ease off hard activity for a few days, but avoid bed rest. Gentle movement helps the back recover faster.',
    body: [
      {
        type: 'paragraph',
        text: 'When a spasm starts, stop what you are doing. For the next few days, skip heavy lifting and hard exercise, and do not sit or stand in one position for long.',
      },
      {
        type: 'paragraph',
        text: 'But do not stay in bed. Walk a little, change position often, and carry on with daily life as much as the pain allows. Lying still for days tends to make the back stiffer and slower to heal.',
      },
    ],
    cautions: ['If moving is impossible after an accident, do not try: get emergency help.'],
    benefits: ['Faster recovery', 'Less stiffness', 'Helps you get back to normal life sooner'],
    evidence: {
      level: 'moderate',
      summary:
        'NICE and ACP advise staying active and continuing normal activities where possible; bed rest does not help and may slow recovery.',
      sources: [guideline('nice-ng59', 'Information and self-management'), guideline('acp-2017')],
    },
    guidelineNotes: [
      {
        differsFrom: articles(3, 0),
        text: 'Some articles list rest as the first step. Current guidelines say to keep gently active and avoid bed rest, so we suggest a short break from strain only, not lying down for days.',
        sources: [
          guideline('nice-ng59', 'Information and self-management'),
          guideline('acp-2017'),
          guideline('nhs-back-pain'),
        ],
      },
    ],
    sources: [seed(3, S003.rest), seed(0, S000.causes), seed(4, S004.treating)],
    aliases: [
      'rest',
      'bed rest',
      'stay in bed',
      'lie down',
      'keep moving',
      'walking',
      'take it easy',
    ],
    related: ['should-i-rest-in-bed', 'relief-right-now', 'relaxation'],
  },
  {
    id: 'relaxation',
    kind: 'treatment',
    title: 'Relaxation and calm breathing',
    summary:
      'Relaxing your mind helps your muscles let go. Try slow breathing, meditation, music you love or a favourite film.',
    body: [
      {
        type: 'paragraph',
        text: 'Pain makes us tense, and tension makes the spasm worse. Taking your mind off the pain breaks that loop and helps you breathe more easily.',
      },
      {
        type: 'list',
        items: [
          'Breathe in slowly through your nose, then breathe out even more slowly.',
          'Try a short guided meditation.',
          'Put on calming music or a film you enjoy.',
        ],
      },
    ],
    cautions: [
      'Relaxation eases pain but does not replace care: if you have any sign that needs a doctor, get help first.',
    ],
    benefits: ['Takes your mind off the pain', 'Eases breathing', 'Helps muscles relax'],
    evidence: {
      level: 'limited',
      summary:
        'ACP 2017 recommends mindfulness and progressive relaxation for long-lasting back pain (moderate to low-quality evidence); it has been studied less for a new spasm.',
      sources: [guideline('acp-2017')],
    },
    sources: [seed(4, S004.treating)],
    aliases: ['breathing', 'meditation', 'music', 'calm down', 'stress', 'mindfulness'],
    related: ['relief-right-now', 'stay-active'],
  },
  {
    id: 'surgery',
    kind: 'treatment',
    title: 'Surgery (rarely needed)',
    summary:
      'Very few people with back spasms need an operation. A specialist may consider it for some nerve problems when other treatment has not worked.',
    body: [
      {
        type: 'paragraph',
        text: 'Surgery is not a treatment for muscle spasms themselves. In rare cases a specialist may suggest it for a specific problem, such as a nerve being pressed on, after other care has been tried.',
      },
    ],
    cautions: [
      'Surgery has risks of its own and is a decision to make with a specialist, after other treatment has been tried.',
    ],
    benefits: ['Can relieve pressure on a nerve in selected cases'],
    evidence: {
      level: 'limited',
      summary:
        'NICE suggests considering spinal decompression only for sciatica that has not improved with other care and matches scan findings, and advises against spinal fusion for back pain alone.',
      sources: [guideline('nice-ng59', 'Invasive treatments')],
    },
    sources: [seed(3, S003.help)],
    aliases: ['operation', 'back surgery', 'spinal surgery'],
    related: ['see-a-professional', 'physical-therapy'],
  },
];
