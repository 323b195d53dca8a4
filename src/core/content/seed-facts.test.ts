/**
 * The checklist of what the seed articles say, written by reading them: one row per fact, each
 * naming the article (or guideline) it comes from and what an item must say to cover it. A fact
 * with no item of the right kind that says it and cites its source fails the suite.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT } from './index.js';
import { ARTICLE_BY_NUMBER } from './items/refs.js';
import type { ContentItem, ContentKind, GuidelineId } from './schema.js';

type SeedNumber = 0 | 1 | 2 | 3 | 4;

interface Fact {
  fact: string;
  /** The seed article by number, or the guideline the fact rests on. */
  from: SeedNumber | GuidelineId;
  kind: ContentKind;
  /** Every pattern must appear in the item's text (title, summary, body, lists, notes, aliases). */
  says: RegExp[];
  /** Anything else the item must satisfy: a dose, a benefit, an urgency. */
  and?: (item: ContentItem) => boolean;
}

function textOf(item: ContentItem): string {
  return [
    item.title,
    item.summary,
    ...item.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.items)),
    ...item.cautions,
    ...(item.benefits ?? []),
    ...(item.pros ?? []),
    ...(item.cons ?? []),
    ...item.aliases,
    ...item.guidelineNotes.map((n) => n.text),
    item.evidence?.summary ?? '',
  ].join('\n');
}

function cites(item: ContentItem, from: SeedNumber | GuidelineId): boolean {
  const sources = [
    ...item.sources,
    ...(item.evidence?.sources ?? []),
    ...item.guidelineNotes.flatMap((n) => n.sources),
  ];
  return typeof from === 'number'
    ? sources.some((s) => s.type === 'article' && s.id === ARTICLE_BY_NUMBER[from])
    : sources.some((s) => s.type === 'guideline' && s.id === from);
}

function coveringItems(fact: Fact, content: readonly ContentItem[]): ContentItem[] {
  return content.filter(
    (item) =>
      item.kind === fact.kind &&
      cites(item, fact.from) &&
      fact.says.every((re) => re.test(textOf(item))) &&
      (fact.and === undefined || fact.and(item)),
  );
}

const benefit = (re: RegExp) => (i: ContentItem) => (i.benefits ?? []).some((b) => re.test(b));
const pro = (re: RegExp) => (i: ContentItem) => (i.pros ?? []).some((p) => re.test(p));
const con = (re: RegExp) => (i: ContentItem) => (i.cons ?? []).some((c) => re.test(c));
const steps =
  (...res: RegExp[]) =>
  (i: ContentItem) =>
    i.body.some((b) => b.type === 'steps' && res.every((re) => b.items.some((s) => re.test(s))));
const hold = (min: number, max: number) => (i: ContentItem) =>
  i.dose !== undefined && i.dose.holdSeconds.min === min && i.dose.holdSeconds.max === max;
const reps = (min: number, max: number) => (i: ContentItem) =>
  i.dose !== undefined && i.dose.reps.min === min && i.dose.reps.max === max;
const both =
  (...ps: ((i: ContentItem) => boolean)[]) =>
  (i: ContentItem) =>
    ps.every((p) => p(i));
const urgency = (u: ContentItem['urgency']) => (i: ContentItem) => i.urgency === u;
const notes = (id: GuidelineId) => (i: ContentItem) =>
  i.guidelineNotes.some((n) => n.sources.some((s) => s.type === 'guideline' && s.id === id));

const FACTS: Fact[] = [
  // What a spasm is
  {
    fact: 'a spasm is a muscle tightening on its own',
    from: 0,
    kind: 'faq',
    says: [/on its own|by itself/i],
  },
  {
    fact: 'spasms are most common in the back and neck',
    from: 0,
    kind: 'faq',
    says: [/back and (the )?neck/i],
  },
  {
    fact: 'most spasms are not serious and settle on their own',
    from: 0,
    kind: 'faq',
    says: [/not (a sign of anything )?serious/i, /better by themselves|settle/i],
  },
  {
    fact: 'acute spasms last days, chronic ones weeks or months',
    from: 1,
    kind: 'faq',
    says: [/few days/i, /weeks or months/i, /chronic/i],
  },

  // Causes
  {
    fact: 'cause: muscle strain (overstretching or tearing)',
    from: 1,
    kind: 'cause',
    says: [/strain/i, /overstretch/i, /tear/i],
  },
  { fact: 'cause: poor posture', from: 1, kind: 'cause', says: [/posture/i] },
  { fact: 'cause: posture, from the first article', from: 0, kind: 'cause', says: [/posture/i] },
  {
    fact: 'cause: repetitive motion',
    from: 0,
    kind: 'cause',
    says: [/again and again|over and over|repeat/i],
  },
  { fact: 'cause: herniated disc', from: 1, kind: 'cause', says: [/herniated disc/i] },
  { fact: 'cause: spinal stenosis', from: 1, kind: 'cause', says: [/spinal stenosis/i] },
  { fact: 'cause: scoliosis', from: 1, kind: 'cause', says: [/scoliosis/i] },
  {
    fact: 'cause: injury such as a fall or car accident',
    from: 1,
    kind: 'cause',
    says: [/fall/i, /car|road/i],
  },
  {
    fact: 'cause: injury, strain or underlying conditions',
    from: 3,
    kind: 'cause',
    says: [/injur|blow|accident/i],
  },
  { fact: 'cause: nerve damage', from: 2, kind: 'cause', says: [/nerve/i, /damage|hurt/i] },
  {
    fact: 'cause: dehydration (the article’s claim, with the evidence against it)',
    from: 4,
    kind: 'cause',
    says: [/dehydrat/i, /water/i],
    and: notes('schwellnus-2011'),
  },
  {
    fact: 'cause: low calcium or potassium (the article’s claim, with the evidence against it)',
    from: 4,
    kind: 'cause',
    says: [/calcium/i, /potassium/i, /blood test/i],
    and: notes('schwellnus-2011'),
  },
  {
    fact: 'cause: working out, heavy lifting, strenuous activity',
    from: 4,
    kind: 'cause',
    says: [/workout|working out|gym/i, /lift/i, /hard physical work|strenuous/i],
  },
  { fact: 'cause: weakness', from: 4, kind: 'cause', says: [/weak/i] },

  // Symptoms
  { fact: 'symptom: back pain', from: 4, kind: 'symptom', says: [/back pain|pain in the back/i] },
  { fact: 'symptom: buttock pain', from: 4, kind: 'symptom', says: [/buttock/i] },
  {
    fact: 'symptom: muscle strain, tight muscle',
    from: 4,
    kind: 'symptom',
    says: [/strain/i, /tight/i],
  },
  { fact: 'symptom: spine stiffness', from: 4, kind: 'symptom', says: [/stiff/i, /spine/i] },
  { fact: 'symptom: neck stiffness', from: 4, kind: 'symptom', says: [/stiff neck/i] },
  { fact: 'symptom: headaches', from: 4, kind: 'symptom', says: [/headache/i] },
  {
    fact: 'symptom: sciatica, shooting pain down the back of one leg',
    from: 4,
    kind: 'symptom',
    says: [/sciatica/i, /shoot/i, /one leg/i],
  },
  { fact: 'symptom: nerve issues', from: 4, kind: 'symptom', says: [/nerve/i] },
  {
    fact: 'symptom: pain, stiffness and limited mobility',
    from: 1,
    kind: 'symptom',
    says: [/hard to (walk|move)|limit/i],
  },
  {
    fact: 'symptom: hard to stand up straight',
    from: 0,
    kind: 'symptom',
    says: [/stand up straight/i],
  },
  {
    fact: 'symptom: numbness, tingling or weakness in the legs',
    from: 1,
    kind: 'symptom',
    says: [/numb/i, /tingl/i, /weak/i, /legs?/i],
  },

  // Treatments and their benefits (the comparison table)
  {
    fact: 'medications: pain relief and less inflammation',
    from: 1,
    kind: 'treatment',
    says: [/medicine/i],
    and: both(benefit(/pain/i), benefit(/inflammation/i)),
  },
  {
    fact: 'physical therapy: flexibility, strength, range of motion',
    from: 1,
    kind: 'treatment',
    says: [/physiotherap/i],
    and: both(benefit(/flexib/i), benefit(/strength/i), benefit(/range/i)),
  },
  {
    fact: 'physical therapist builds a customised exercise programme',
    from: 1,
    kind: 'treatment',
    says: [/exercise plan|exercises that suit/i],
  },
  {
    fact: 'chiropractic: spinal alignment, less pressure on muscles and joints',
    from: 1,
    kind: 'treatment',
    says: [/chiropract/i, /manipulation/i],
    and: both(benefit(/lines up|align/i), benefit(/pressure/i)),
  },
  {
    fact: 'manipulation: weak evidence, only with exercise (NG59)',
    from: 'nice-ng59',
    kind: 'treatment',
    says: [/manipulation/i, /exercise/i],
    and: notes('nice-ng59'),
  },
  {
    fact: 'OTC: acetaminophen (paracetamol)',
    from: 1,
    kind: 'treatment',
    says: [/acetaminophen/i, /paracetamol/i],
  },
  { fact: 'OTC: ibuprofen', from: 3, kind: 'treatment', says: [/ibuprofen/i] },
  { fact: 'OTC: naproxen', from: 3, kind: 'treatment', says: [/naproxen/i] },
  {
    fact: 'OTC: follow the label; ask first with other conditions or medicines',
    from: 3,
    kind: 'treatment',
    says: [/label/i, /other (health problems|medicines)/i],
  },
  {
    fact: 'paracetamol alone is not recommended (NG59)',
    from: 'nice-ng59',
    kind: 'treatment',
    says: [/paracetamol/i, /alone|on its own/i],
    and: notes('nice-ng59'),
  },
  {
    fact: 'NSAIDs: lowest dose, shortest time, with cautions',
    from: 'nice-ng59',
    kind: 'treatment',
    says: [/lowest/i, /short/i, /stomach/i, /kidney/i, /asthma/i, /pregnan/i, /blood thinner/i],
  },
  {
    fact: 'a doctor may prescribe a muscle relaxant',
    from: 4,
    kind: 'treatment',
    says: [/muscle relaxant/i, /doctor/i, /prescri/i],
  },
  {
    fact: 'prescription muscle relaxants for severe symptoms',
    from: 1,
    kind: 'treatment',
    says: [/muscle relaxant/i, /severe/i],
  },
  { fact: 'prescription oral steroids', from: 1, kind: 'treatment', says: [/steroid/i, /doctor/i] },
  {
    fact: 'heat relaxes muscles (heat pad or warm towel)',
    from: 3,
    kind: 'treatment',
    says: [/heat pad|heating pad/i, /towel/i],
    and: benefit(/relax/i),
  },
  {
    fact: 'heat: moderate evidence (ACP 2017)',
    from: 'acp-2017',
    kind: 'treatment',
    says: [/heat/i],
    and: (i) => i.evidence?.level === 'moderate' && i.id === 'heat-therapy',
  },
  {
    fact: 'cold numbs and reduces inflammation',
    from: 3,
    kind: 'treatment',
    says: [/ice pack|cold compress/i],
    and: both(benefit(/numb/i), benefit(/swelling|inflammation/i)),
  },
  {
    fact: 'alternate heat and cold',
    from: 3,
    kind: 'treatment',
    says: [/switch|swap|alternat/i, /cold/i, /heat|warm/i],
  },
  { fact: 'massage therapy', from: 0, kind: 'treatment', says: [/massage/i] },
  { fact: 'rub or massage the muscle', from: 4, kind: 'treatment', says: [/rub/i, /massage/i] },
  {
    fact: 'rest from strain: no heavy lifting, long sitting or standing',
    from: 3,
    kind: 'treatment',
    says: [/lifting/i, /sit/i, /stand/i],
  },
  {
    fact: 'stay active, avoid bed rest (NG59)',
    from: 'nice-ng59',
    kind: 'treatment',
    says: [/bed rest/i, /active|moving/i],
    and: notes('nice-ng59'),
  },
  {
    fact: 'relaxation: meditation, a film, music, better breathing',
    from: 4,
    kind: 'treatment',
    says: [/meditation/i, /film/i, /music/i, /breath/i],
  },
  {
    fact: 'surgery in rare cases',
    from: 3,
    kind: 'treatment',
    says: [/surgery|operation/i, /rare/i],
  },
  {
    fact: 'stretching relaxes muscles and brings blood flow',
    from: 2,
    kind: 'treatment',
    says: [/stretch/i],
    and: both(benefit(/relax/i), benefit(/blood/i), benefit(/flexib/i), benefit(/prevent/i)),
  },

  // Relief now (seed 004)
  {
    fact: 'stop the activity at once',
    from: 4,
    kind: 'faq',
    says: [/stop the activity|stop what you are doing/i],
  },
  {
    fact: 'cold first, then heat with a towel soaked in hot water or a heat pad',
    from: 4,
    kind: 'faq',
    says: [/cold/i, /then use warmth/i, /towel soaked in (hot|warm) water/i],
  },
  {
    fact: 'take a break from strenuous activity for a few days',
    from: 4,
    kind: 'faq',
    says: [/next few days/i, /lifting|hard exercise/i],
  },

  // Exercises
  {
    fact: 'Superman: on the stomach, lift head, chest and legs, hold a few seconds',
    from: 0,
    kind: 'exercise',
    says: [/superman/i],
    and: both(
      steps(/front|stomach/i, /head, chest and legs/i, /few seconds/i),
      (i) => (i.dose?.holdSeconds.max ?? 99) <= 5,
    ),
  },
  {
    fact: 'Superman: a few times a day',
    from: 0,
    kind: 'exercise',
    says: [/superman/i],
    and: (i) => /few times a day/i.test(i.dose?.frequency ?? ''),
  },
  {
    fact: 'Cat-cow: tabletop, arch on the in-breath, round on the out-breath',
    from: 0,
    kind: 'exercise',
    says: [/cat-cow/i],
    and: steps(/all fours|table/i, /breathe in/i, /breathe out/i, /chin/i),
  },
  {
    fact: 'Knee-to-chest: both knees, hold 20-30 s, 2-3 times',
    from: 2,
    kind: 'exercise',
    says: [/knee/i, /both knees/i, /one leg/i],
    and: both(hold(20, 30), reps(2, 3)),
  },
  {
    fact: 'Upper-body lift on the stomach: hold 20-30 s, 2-3 times',
    from: 2,
    kind: 'exercise',
    says: [/face down|front/i, /arms/i],
    and: both(hold(20, 30), reps(2, 3), steps(/lift/i)),
  },
  {
    fact: 'Hamstring stretch',
    from: 3,
    kind: 'exercise',
    says: [/hamstring/i],
    and: (i) => i.dose !== undefined,
  },
  { fact: 'Cat-cow, from the relief article', from: 3, kind: 'exercise', says: [/cat-cow/i] },
  {
    fact: "Child's pose",
    from: 3,
    kind: 'exercise',
    says: [/child’s pose|childs pose/i],
    and: (i) => i.dose !== undefined,
  },
  {
    fact: 'Pelvic tilt',
    from: 3,
    kind: 'exercise',
    says: [/pelvic tilt/i],
    and: (i) => i.dose !== undefined,
  },

  // Prevention
  {
    fact: 'strengthen back and abdominal muscles',
    from: 0,
    kind: 'prevention',
    says: [/strong/i, /tummy|abdominal|core/i],
  },
  {
    fact: 'stretch the back regularly',
    from: 0,
    kind: 'prevention',
    says: [/stretch/i, /regular|most days/i],
  },
  {
    fact: 'supportive footwear and back supports (the article’s tip, with the evidence against it)',
    from: 0,
    kind: 'prevention',
    says: [/shoes/i, /back support/i],
    and: both(notes('nice-ng59'), notes('steffens-2016')),
  },
  { fact: 'good posture', from: 0, kind: 'prevention', says: [/posture/i] },
  { fact: 'avoid high-impact activities', from: 0, kind: 'prevention', says: [/high-impact/i] },
  {
    fact: 'frequent breaks from back-straining tasks',
    from: 0,
    kind: 'prevention',
    says: [/break/i],
  },
  {
    fact: 'see a doctor or physiotherapist for chronic pain',
    from: 0,
    kind: 'prevention',
    says: [/doctor|physiotherapist/i, /long-lasting|chronic/i],
  },
  {
    fact: 'posture: sit and stand tall, shoulders back, core engaged',
    from: 1,
    kind: 'prevention',
    says: [/shoulders back/i, /tummy/i, /sit/i, /stand/i],
  },
  {
    fact: 'regular exercise: yoga, Pilates, low-impact aerobics',
    from: 1,
    kind: 'prevention',
    says: [/yoga/i, /pilates/i, /low-impact aerobics/i],
  },
  {
    fact: 'lifting: bend the knees, keep the load close',
    from: 1,
    kind: 'prevention',
    says: [/bend at the knees|bend your knees/i, /close to your body/i],
  },
  { fact: 'ergonomic chair and desk', from: 3, kind: 'prevention', says: [/chair/i, /desk/i] },
  {
    fact: 'posture while sitting, standing and lifting',
    from: 3,
    kind: 'prevention',
    says: [/sitting/i, /standing/i, /lifting/i],
  },
  {
    fact: 'regular breaks to stretch and change position',
    from: 3,
    kind: 'prevention',
    says: [/stretch/i, /change your position/i],
  },
  {
    fact: 'stay hydrated (as general health advice, not proven against spasms)',
    from: 3,
    kind: 'prevention',
    says: [/water/i],
    and: notes('schwellnus-2011'),
  },
  { fact: 'balanced diet', from: 3, kind: 'prevention', says: [/balanced diet/i] },
  {
    fact: 'foods rich in calcium and potassium, with examples (not proven against spasms)',
    from: 4,
    kind: 'prevention',
    says: [/calcium/i, /potassium/i, /milk/i, /bananas/i],
    and: notes('schwellnus-2011'),
  },
  {
    fact: 'drink water daily, keep a bottle with you (not proven against spasms)',
    from: 4,
    kind: 'prevention',
    says: [/water/i, /bottle/i],
    and: notes('schwellnus-2011'),
  },
  {
    fact: 'desk workers: get up, stretch, take breaks',
    from: 4,
    kind: 'prevention',
    says: [/desk/i, /stand up|get up/i, /stretch/i],
  },
  {
    fact: 'warm up first: jumping jacks or squats',
    from: 4,
    kind: 'prevention',
    says: [/warm/i, /jumping jacks/i, /squats/i],
  },

  // Stretching safely, pros and cons (seed 002)
  { fact: 'tip: stretch slowly and gently', from: 2, kind: 'faq', says: [/slowly and gently/i] },
  { fact: 'tip: breathe deeply and evenly', from: 2, kind: 'faq', says: [/breathe deeply/i] },
  {
    fact: 'tip: hold each stretch 20-30 seconds',
    from: 2,
    kind: 'faq',
    says: [/20 to 30 seconds/i],
  },
  { fact: 'tip: do not overstretch', from: 2, kind: 'faq', says: [/pushing further|overstretch/i] },
  {
    fact: 'tip: stop if it hurts and consult',
    from: 2,
    kind: 'faq',
    says: [/if anything hurts, stop/i, /doctor or physiotherapist/i],
  },
  {
    fact: 'ask a doctor or physiotherapist before starting',
    from: 2,
    kind: 'faq',
    says: [/before you start/i],
  },
  {
    fact: 'pro: relieves pain and discomfort',
    from: 2,
    kind: 'treatment',
    says: [/stretch/i],
    and: pro(/pain/i),
  },
  {
    fact: 'pro: flexibility and range of motion',
    from: 2,
    kind: 'treatment',
    says: [/stretch/i],
    and: pro(/flexible/i),
  },
  {
    fact: 'pro: prevents future episodes',
    from: 2,
    kind: 'treatment',
    says: [/stretch/i],
    and: pro(/new spasms/i),
  },
  {
    fact: 'pro: at home, no equipment',
    from: 2,
    kind: 'treatment',
    says: [/stretch/i],
    and: pro(/equipment|home/i),
  },
  {
    fact: 'con: may not work for every case',
    from: 2,
    kind: 'treatment',
    says: [/stretch/i],
    and: con(/every/i),
  },
  {
    fact: 'con: can hurt if done wrong',
    from: 2,
    kind: 'treatment',
    says: [/stretch/i],
    and: con(/hurt/i),
  },
  {
    fact: 'con: may need professional guidance',
    from: 2,
    kind: 'treatment',
    says: [/stretch/i],
    and: con(/professional/i),
  },

  // FAQs in the seeds
  {
    fact: 'FAQ: most common causes',
    from: 1,
    kind: 'faq',
    says: [/causes/i, /strain/i, /posture/i],
  },
  {
    fact: 'FAQ: managing at home: heat or cold, OTC, gentle stretching',
    from: 1,
    kind: 'faq',
    says: [/at home/i, /heat|warm/i, /cold/i, /over-the-counter/i, /stretch/i],
  },
  {
    fact: 'FAQ: when to seek medical attention',
    from: 1,
    kind: 'faq',
    says: [/see a doctor/i, /numb/i, /weak/i],
  },
  {
    fact: 'a combination of treatments works best',
    from: 1,
    kind: 'faq',
    says: [/combining|combination/i],
  },
  {
    fact: 'FAQ: other treatments: heat, massage, medicine, physiotherapy',
    from: 2,
    kind: 'faq',
    says: [/heat/i, /massage/i, /medicine/i, /physiotherapy/i],
  },
  {
    fact: 'FAQ: how often to stretch: daily or several times a week',
    from: 2,
    kind: 'faq',
    says: [/how often/i, /daily|every day/i, /few times a week/i],
  },
  {
    fact: 'FAQ: risks: generally safe, stop if painful',
    from: 2,
    kind: 'faq',
    says: [/generally safe|rarely causes harm/i, /stop/i],
  },
  { fact: 'FAQ: ice or heat?', from: 'acp-2017', kind: 'faq', says: [/ice or heat/i] },
  {
    fact: 'FAQ: can I take painkillers?',
    from: 'nice-ng59',
    kind: 'faq',
    says: [/painkillers/i, /label/i],
  },
  {
    fact: 'FAQ: should I rest in bed?',
    from: 'nice-ng59',
    kind: 'faq',
    says: [/rest in bed/i, /moving/i],
  },
  { fact: 'FAQ: how long does a spasm last?', from: 1, kind: 'faq', says: [/how long/i] },

  // Signs that need a doctor
  {
    fact: 'severe or lasting more than a few days: see a doctor soon',
    from: 0,
    kind: 'warning_sign',
    says: [/severe|very bad/i, /few days/i],
    and: urgency('soon'),
  },
  {
    fact: 'not better after a few days of self-care',
    from: 4,
    kind: 'warning_sign',
    says: [/few days/i, /home care|self-care/i],
    and: urgency('soon'),
  },
  {
    fact: 'persistent or severe pain',
    from: 1,
    kind: 'warning_sign',
    says: [/severe/i],
    and: urgency('soon'),
  },
  {
    fact: 'numbness, tingling or weakness in the legs',
    from: 0,
    kind: 'warning_sign',
    says: [/numb/i, /tingl|pins and needles/i, /weak/i, /leg/i],
  },
  {
    fact: 'numbness or weakness in the legs (FAQ)',
    from: 1,
    kind: 'warning_sign',
    says: [/numb/i, /weak/i, /leg/i],
  },
  {
    fact: 'history of back problems or chronic pain: regular review',
    from: 0,
    kind: 'warning_sign',
    says: [/regular/i, /long-term|long-lasting/i],
  },
  {
    fact: 'red flag: saddle numbness',
    from: 'nice-cks-low-back-pain',
    kind: 'warning_sign',
    says: [/bottom/i, /between your legs|genitals/i],
    and: urgency('emergency'),
  },
  {
    fact: 'red flag: new bladder or bowel problems',
    from: 'nice-cks-low-back-pain',
    kind: 'warning_sign',
    says: [/pee/i, /poo/i],
    and: urgency('emergency'),
  },
  {
    fact: 'red flag: numbness or weakness in both legs',
    from: 'nice-cks-low-back-pain',
    kind: 'warning_sign',
    says: [/both legs/i],
    and: urgency('emergency'),
  },
  {
    fact: 'red flag: a leg getting weaker',
    from: 'nice-cks-sciatica',
    kind: 'warning_sign',
    says: [/getting weaker|gets worse/i],
    and: urgency('emergency'),
  },
  {
    fact: 'red flag: major trauma',
    from: 'nice-cks-low-back-pain',
    kind: 'warning_sign',
    says: [/accident/i, /fall/i],
    and: urgency('emergency'),
  },
  {
    fact: 'red flag: chest pain',
    from: 'nhs-back-pain',
    kind: 'warning_sign',
    says: [/chest pain/i],
    and: urgency('emergency'),
  },
  {
    fact: 'red flag: fever',
    from: 'nice-cks-low-back-pain',
    kind: 'warning_sign',
    says: [/fever|temperature/i],
    and: urgency('urgent'),
  },
  {
    fact: 'red flag: unexplained weight loss',
    from: 'nice-cks-low-back-pain',
    kind: 'warning_sign',
    says: [/weight/i],
    and: urgency('urgent'),
  },
  {
    fact: 'red flag: history of cancer',
    from: 'nice-cks-low-back-pain',
    kind: 'warning_sign',
    says: [/cancer/i],
    and: urgency('urgent'),
  },
  {
    fact: 'red flag: night pain',
    from: 'nice-cks-low-back-pain',
    kind: 'warning_sign',
    says: [/night/i],
    and: urgency('urgent'),
  },
];

describe('seed-fact checklist', () => {
  it('has a row for each of at least 60 facts, every one distinct', () => {
    expect(FACTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(FACTS.map((f) => f.fact)).size).toBe(FACTS.length);
  });

  it.each(FACTS.map((f) => [f.fact, f] as const))('covers: %s', (_name, fact) => {
    expect(coveringItems(fact, CONTENT).map((i) => i.id)).not.toEqual([]);
  });

  it('fails when the content lacks a fact', () => {
    const superman = FACTS.find((f) => f.fact.startsWith('Superman: on the stomach'));
    expect(superman).toBeDefined();
    const without = CONTENT.filter((i) => i.id !== 'superman');
    expect(coveringItems(superman as Fact, without)).toEqual([]);
    expect(FACTS.every((f) => coveringItems(f, []).length === 0)).toBe(true);
  });
});
