/**
 * The clinical review of treatments, causes, prevention and exercises, read against NICE NG59,
 * the NHS medicine pages (ibuprofen, naproxen, paracetamol, diazepam), NHS exercise in pregnancy,
 * ACP 2017, Steffens 2016 and Schwellnus 2011. Each test names the source it holds the content to.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT, contentById } from './index.js';
import { causes } from './items/causes.js';
import { exercises } from './items/exercises.js';
import { preventions } from './items/prevention.js';
import { treatments } from './items/treatments.js';
import { ContentItem, type ContentItemInput, type GuidelineId, type Source } from './schema.js';

function item(id: string): ContentItem {
  const found = contentById(id);
  if (found === undefined) throw new Error(`no content item ${id}`);
  return found;
}

/** Every piece of prose an item shows a person, exercise details included. */
function proseOf(i: ContentItemInput): string[] {
  const ex = i.exercise;
  return [
    i.title,
    i.summary,
    ...i.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.items)),
    ...(i.cautions ?? []),
    ...(i.benefits ?? []),
    ...(i.pros ?? []),
    ...(i.cons ?? []),
    ...(i.guidelineNotes ?? []).map((n) => n.text),
    ...(i.evidence === undefined ? [] : [i.evidence.summary]),
    ...(ex === undefined
      ? []
      : [
          ex.purpose,
          ex.startingPosition,
          ex.breathing,
          ...ex.whenToStop,
          ex.easier?.text ?? '',
          ex.harder?.text ?? '',
          ex.basis,
          ex.pregnancy?.note ?? '',
          ex.pregnancy?.instead?.text ?? '',
        ]),
  ].filter((t) => t !== '');
}

const textOf = (i: ContentItemInput) => proseOf(i).join('\n');

/** Sentences of an item's prose, split on full stops, colons and line ends. */
const sentencesOf = (i: ContentItemInput) => proseOf(i).flatMap((t) => t.split(/[.:;\n]+/));

function sourcesOf(i: ContentItemInput): Source[] {
  return [
    ...i.sources,
    ...(i.evidence?.sources ?? []),
    ...(i.guidelineNotes ?? []).flatMap((n) => n.sources),
    ...(i.exercise?.pregnancy?.sources ?? []),
  ];
}

const cites = (i: ContentItemInput, id: GuidelineId) =>
  sourcesOf(i).some((s) => s.type === 'guideline' && s.id === id);

const notedBy = (i: ContentItemInput, id: GuidelineId) =>
  (i.guidelineNotes ?? []).filter((n) =>
    n.sources.some((s) => s.type === 'guideline' && s.id === id),
  );

/** The items this review owns: the ones whose wording it can be held to. */
const REVIEWED: readonly ContentItemInput[] = [
  ...treatments,
  ...causes,
  ...preventions,
  ...exercises,
];

describe('medicines (NHS ibuprofen, naproxen, paracetamol, diazepam; NICE NG59)', () => {
  it('NSAIDs say not to take them after a reaction to aspirin or another anti-inflammatory (NHS ibuprofen, naproxen)', () => {
    const nsaids = item('nsaid-painkillers');
    const i = nsaids.body.findIndex((b) => b.type === 'paragraph' && /^do not take/i.test(b.text));
    expect(i, 'a "Do not take" heading paragraph').toBeGreaterThan(-1);
    const list = nsaids.body[i + 1];
    if (list?.type !== 'list') throw new Error('the "Do not take" paragraph needs its own list');
    const doNotTake = list.items.join('\n');
    for (const re of [
      /aspirin/i,
      /anti-inflammatory/i,
      /wheez/i,
      /asthma/i,
      /runny nose/i,
      /rash/i,
    ]) {
      expect(doNotTake).toMatch(re);
    }
    expect(doNotTake, 'kept apart from the ask-first list').not.toMatch(/ulcer|kidney|65/i);
    expect(cites(nsaids, 'nhs-ibuprofen')).toBe(true);
    expect(cites(nsaids, 'nhs-naproxen')).toBe(true);
  });

  it('NSAIDs list who should ask a pharmacist first, as the NHS pages do (NHS ibuprofen, naproxen)', () => {
    const nsaids = item('nsaid-painkillers');
    const i = nsaids.body.findIndex(
      (b) => b.type === 'paragraph' && /^ask a pharmacist or doctor first/i.test(b.text),
    );
    const list = nsaids.body[i + 1];
    if (i === -1 || list?.type !== 'list') throw new Error('an "Ask first" paragraph and list');
    const askFirst = list.items.join('\n');
    for (const re of [
      /stomach ulcer/i,
      /bleeding/i,
      /kidney/i,
      /liver/i,
      /heart/i,
      /stroke/i,
      /crohn/i,
      /colitis/i,
      /chickenpox/i,
      /pregnan/i,
      /over 65/i,
      /other medicines/i,
    ]) {
      expect(askFirst).toMatch(re);
    }
    expect(askFirst).not.toMatch(/aspirin or another anti-inflammatory/i);
  });

  it('a pregnant person is pointed to paracetamol, in the paracetamol, NSAID and medicines items (NHS paracetamol)', () => {
    for (const id of ['paracetamol', 'nsaid-painkillers', 'pain-medicines']) {
      const it = item(id);
      const pointer = sentencesOf(it).filter(
        (s) => /pregnan/i.test(s) && /paracetamol/i.test(s) && /usually/i.test(s),
      );
      expect(pointer, id).not.toEqual([]);
      expect(textOf(it), id).toMatch(/midwife/i);
      expect(cites(it, 'nhs-paracetamol'), id).toBe(true);
      expect(textOf(it), id).not.toMatch(/not for pregnancy/i);
    }
  });

  it('muscle relaxants: very little evidence for diazepam, not for sciatica, dependence, a few days only (NHS diazepam; NICE NG59)', () => {
    const relaxants = item('muscle-relaxants');
    const text = textOf(relaxants);
    for (const re of [
      /diazepam/i,
      /very little evidence/i,
      /sciatica/i,
      /dependen/i,
      /few days/i,
    ]) {
      expect(text).toMatch(re);
    }
    expect(cites(relaxants, 'nhs-diazepam')).toBe(true);
    expect(cites(relaxants, 'nice-ng59')).toBe(true);
  });

  it('steroid tablets are not among what a doctor may prescribe, and their item says why (NICE NG59)', () => {
    const offering = REVIEWED.flatMap((i) =>
      sentencesOf(i)
        .filter((s) => /steroid/i.test(s) && /prescrib/i.test(s) && !/\bnot\b/i.test(s))
        .map((s) => `${i.id}: ${s}`),
    );
    expect(offering).toEqual([]);
    const steroids = item('oral-steroids');
    expect(steroids.title).not.toMatch(/prescribed by a doctor/i);
    const note = notedBy(steroids, 'nice-ng59');
    expect(note.map((n) => n.text).join('\n')).toMatch(/sciatica/i);
    expect(textOf(steroids)).toMatch(/not a usual treatment/i);
    expect(textOf(item('pain-medicines'))).toMatch(/steroid[^.]*not a usual treatment/i);
  });

  it('the articles list acetaminophen among several options, never first (seeds 001, 003)', () => {
    const first = REVIEWED.flatMap((i) =>
      sentencesOf(i)
        .filter((s) => /acetaminophen/i.test(s) && /\bfirst\b/i.test(s))
        .map((s) => `${i.id}: ${s}`),
    );
    expect(first).toEqual([]);
    for (const id of ['pain-medicines', 'paracetamol']) {
      expect(textOf(item(id)), id).toMatch(/acetaminophen[^.]*among/i);
    }
  });
});

describe('claims the evidence does not support', () => {
  const MINERAL_AND_WATER = [
    'dehydration',
    'low-calcium-potassium',
    'hydration',
    'calcium-potassium-foods',
  ];

  it('dehydration and low calcium or potassium are the articles’ view, not the evidence (Schwellnus 2011; NICE NG59)', () => {
    for (const id of MINERAL_AND_WATER) {
      const it = item(id);
      const notes = notedBy(it, 'schwellnus-2011');
      expect(notes.length, id).toBeGreaterThan(0);
      expect(notes.map((n) => n.text).join(' '), id).toMatch(/article/i);
      expect(it.summary, id).toMatch(/article/i);
      expect(it.summary, id).toMatch(/evidence|studies|research/i);
    }
  });

  it('a true shortage of calcium or potassium is found by a blood test, not guessed at (NHS)', () => {
    for (const id of ['low-calcium-potassium', 'calcium-potassium-foods']) {
      expect(textOf(item(id)), id).toMatch(/blood test/i);
    }
  });

  it('no prevention item recommends belts, braces or special shoes (NICE NG59; Steffens 2016)', () => {
    const aid =
      /belt|brace|corset|insole|orthotic|back supports?|supportive (shoes|footwear)|rocker/i;
    const recommending = preventions.flatMap((i) =>
      sentencesOf(i)
        .filter((s) => aid.test(s) && !/\bnot?\b|article|do not|did not/i.test(s))
        .map((s) => `${i.id}: ${s}`),
    );
    expect(recommending).toEqual([]);
    const supports = item('footwear-and-back-supports');
    expect(supports.summary).toMatch(/article/i);
    expect(supports.summary).toMatch(/exercise/i);
    expect(cites(supports, 'nice-ng59')).toBe(true);
    expect(cites(supports, 'steffens-2016')).toBe(true);
    expect(notedBy(supports, 'nice-ng59').length).toBeGreaterThan(0);
    expect(textOf(supports)).toMatch(/cushion/i);
    expect(supports.related).toContain('regular-exercise');
  });

  it('heat is warm, never on numb skin, and waits for the skin to feel normal after cold (ACP 2017; seed 004)', () => {
    const heat = item('heat-therapy');
    const both = item('heat-and-cold-alternating');
    for (const it of [heat, both]) {
      const text = textOf(it);
      expect(text, it.id).not.toMatch(/soaked in hot water/i);
      expect(text, it.id).toMatch(/warm water/i);
      expect(text, it.id).toMatch(/pleasantly warm/i);
      expect(text, it.id).toMatch(/feels? normal/i);
      expect(
        it.cautions.some((c) => /^do not\b[^.]*numb/i.test(c)),
        `${it.id}: a plain "do not" for numb skin`,
      ).toBe(true);
      expect(text, it.id).not.toMatch(/extra care[^.]*numb/i);
    }
  });

  it('no invented warning about running on hard ground; guidelines encourage staying active (seed 000; NICE NG59)', () => {
    const impact = item('avoid-high-impact');
    expect(textOf(impact)).not.toMatch(/hard ground/i);
    expect(textOf(impact)).toMatch(/high-impact/i);
    expect(textOf(impact)).toMatch(/active/i);
    expect(cites(impact, 'nice-ng59')).toBe(true);
  });

  it('exercise lowers the chance of another episode; nothing promises to keep spasms away (Steffens 2016)', () => {
    const promises =
      /keeps? (new |future )?spasms away|stop spasms coming back|so spasms are less likely|one of the best ways to make spasms less likely/i;
    const offending = REVIEWED.flatMap((i) =>
      proseOf(i)
        .filter((t) => promises.test(t))
        .map((t) => `${i.id}: ${t}`),
    );
    expect(offending).toEqual([]);
    for (const id of ['strengthen-back-and-core', 'stretch-regularly', 'regular-exercise']) {
      const it = item(id);
      expect(textOf(it), id).toMatch(/lowers? the chance/i);
      expect(cites(it, 'steffens-2016'), id).toBe(true);
    }
    expect(item('superman').exercise?.purpose).toMatch(/lowers? the chance/i);
  });
});

describe('pregnancy and exercises (NHS exercise in pregnancy)', () => {
  const EXERCISES = CONTENT.filter((i) => i.kind === 'exercise');
  const ON_THE_BACK = [
    'knee-to-chest',
    'double-knee-to-chest',
    'hamstring-stretch',
    'pelvic-tilt',
    'glute-bridge',
    'abdominal-bracing',
    'partial-curl-up',
    'lower-trunk-rotation',
    'piriformis-stretch',
  ];

  it('the exercises that start lying on the back are the nine the review names', () => {
    const lying = EXERCISES.filter((e) =>
      /^lying on your back/i.test(e.exercise?.startingPosition ?? ''),
    ).map((e) => e.id);
    expect(lying.sort()).toEqual([...ON_THE_BACK].sort());
  });

  it('every exercise lying on the back has a pregnancy note (NHS exercise in pregnancy)', () => {
    for (const id of ON_THE_BACK) {
      const ex = item(id).exercise;
      const pregnancy = ex?.pregnancy;
      expect(pregnancy, id).toBeDefined();
      expect(pregnancy?.note, id).toMatch(/16 weeks/i);
      expect(pregnancy?.note, id).toMatch(/faint/i);
      expect(pregnancy?.note, id).toMatch(/blood vessel/i);
      expect(
        pregnancy?.sources.some(
          (s) => s.type === 'guideline' && s.id === 'nhs-exercise-in-pregnancy',
        ),
        id,
      ).toBe(true);
      expect(cites(item(id), 'nhs-exercise-in-pregnancy'), id).toBe(true);
      expect(pregnancy?.instead, `${id}: another position`).toBeDefined();
    }
  });

  it('the other position is one of ours where it can be, and never lies on the back itself', () => {
    for (const id of ON_THE_BACK) {
      const instead = item(id).exercise?.pregnancy?.instead;
      if (instead?.exerciseId === undefined) continue;
      const other = contentById(instead.exerciseId);
      expect(other?.kind, id).toBe('exercise');
      expect(other?.exercise?.startingPosition, id).not.toMatch(/^lying on your back/i);
    }
    expect(item('pelvic-tilt').exercise?.pregnancy?.instead?.text).toMatch(/wall/i);
    expect(item('hamstring-stretch').exercise?.pregnancy?.instead?.text).toMatch(/chair/i);
    expect(item('piriformis-stretch').exercise?.pregnancy?.instead?.text).toMatch(/chair/i);
    expect(item('abdominal-bracing').exercise?.pregnancy?.instead?.text).toMatch(
      /hands and knees/i,
    );
    expect(item('knee-to-chest').exercise?.pregnancy?.instead?.exerciseId).toBe('childs-pose');
  });

  it('the schema refuses an exercise lying on the back without its pregnancy note', () => {
    const pelvicTilt = exercises.find((e) => e.id === 'pelvic-tilt');
    if (pelvicTilt?.exercise === undefined) throw new Error('pelvic-tilt has details');
    const { pregnancy: _dropped, ...details } = pelvicTilt.exercise;
    expect(ContentItem.safeParse({ ...pelvicTilt, exercise: details }).success).toBe(false);
    expect(ContentItem.safeParse(pelvicTilt).success).toBe(true);
  });
});
