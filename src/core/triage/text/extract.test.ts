import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../answers.js';
import { readDescription } from './extract.js';
import { outcomeOf } from './outcome.js';
import type { AnswerValue, Certainty, GivenDetails } from './reading.js';

/** The findings of a text as { key: [value, certainty] }, for compact expectations. */
function read(text: string, given: GivenDetails = {}) {
  const out: Partial<Record<AnswerKey, [AnswerValue, Certainty]>> = {};
  for (const f of readDescription(text, given).findings) out[f.key] = [f.value, f.certainty];
  return out;
}

const stated = (value: AnswerValue = true): [AnswerValue, Certainty] => [value, 'stated'];
const denied = (value: AnswerValue = false): [AnswerValue, Certainty] => [value, 'denied'];
const unsure = (value: AnswerValue = 'unsure'): [AnswerValue, Certainty] => [value, 'uncertain'];

describe('saddle numbness in lay words', () => {
  it.each([
    'I can’t feel the toilet paper when I wipe',
    'when I wipe I can barely feel the paper',
    'my bum feels numb',
    'numbness around my bottom since this morning',
    'it feels numb between my legs',
    'I have a strange feeling down below when wiping',
    'tingling in my groin',
    "I can't feel my bum",
  ])('"%s" is saddle numbness, said', (text) => {
    expect(read(text).saddleNumbness).toEqual(stated());
  });

  it('"can\'t feel my bum" is the finding, not a denial', () => {
    expect(outcomeOf(readDescription("I can't feel my bum when I wipe")).disposition).toBe(
      'emergency',
    );
  });

  it('"no numbness around my bottom" denies it', () => {
    expect(read('No numbness around my bottom').saddleNumbness).toEqual(denied());
  });

  it('"numb between my legs" is not a leg symptom', () => {
    const found = read('the skin between my legs feels numb');
    expect(found.saddleNumbness).toEqual(stated());
    expect(found.legNumbnessOrTingling).toBeUndefined();
    expect(found.bilateralLegSymptoms).toBeUndefined();
  });
});

describe('bladder, bowels and sex life', () => {
  it.each([
    'I wet myself this morning without noticing',
    "I can't pee properly",
    'could hardly get anything out when I needed a wee',
    "I don't know when my bladder is full",
    'leaking urine since yesterday',
    'I soiled myself',
    'new problems getting an erection',
    'I have waterworks problems',
    'I have had trouble peeing',
  ])('"%s" is a new bladder, bowel or sexual problem', (text) => {
    expect(read(text).newBladderOrBowelProblem).toEqual(stated());
  });

  it.each([
    'the toilet’s fine',
    'toilet is fine',
    "I'm peeing fine",
    'bladder and bowels are normal',
    'my bladder seems okay',
    'no waterworks problems',
    "I haven't noticed any problems going to the toilet",
    'waterworks ok',
  ])('"%s" denies it', (text) => {
    expect(read(text).newBladderOrBowelProblem).toEqual(denied());
  });
});

describe('both legs', () => {
  it.each([
    'pain in both legs',
    'both my legs are tingling',
    'my legs are numb',
    'tingling down both feet',
    'pins and needles in both legs',
  ])('"%s" is symptoms in both legs', (text) => {
    expect(read(text).bilateralLegSymptoms).toEqual(stated());
  });

  it('"both legs" is not in scope of an earlier "no" after "and my"', () => {
    expect(read('No fever and my legs are tingling').bilateralLegSymptoms).toEqual(stated());
  });

  it('one leg is not both', () => {
    expect(read('my left leg tingles').bilateralLegSymptoms).toBeUndefined();
  });
});

describe('leg weakness and its course', () => {
  it('a weak leg getting weaker is progressive', () => {
    expect(
      read('my left foot is slapping on the floor and it is weaker each day').legWeakness,
    ).toEqual(stated('progressive'));
  });

  it('weakness that has not got worse is stable and not asked again', () => {
    const finding = readDescription(
      "my right foot keeps catching on the stairs, though it hasn't got any worse",
    ).findings.find((f) => f.key === 'legWeakness');
    expect(finding?.value).toBe('stable');
    expect(finding?.ask).toBeUndefined();
  });

  it('weakness without a course is a lower bound, and the question is still asked', () => {
    const reading = readDescription('my left foot is weak');
    const finding = reading.findings.find((f) => f.key === 'legWeakness');
    expect(finding).toMatchObject({ value: 'stable', ask: true });
    expect(outcomeOf(reading).disposition).toBe('urgent');
    expect(outcomeOf(reading).toAsk[0]).toBe('saddleNumbness');
    expect(outcomeOf(reading).toAsk).toContain('legWeakness');
  });

  it.each([
    'foot drop',
    'I can hardly lift my toes',
    'my knee keeps giving way',
    "I can't stand on my heels",
  ])('"%s" is a weak leg', (text) => {
    expect(read(text).legWeakness?.[0]).toBe('stable');
  });

  it.each([
    'my legs feel normal',
    'My leg strength feels normal',
    'no weakness in my legs',
    'my legs seem to work',
  ])('"%s" denies weakness', (text) => {
    expect(read(text).legWeakness).toEqual(denied('none'));
  });

  it('a hedged weakness reads as the cautious answer', () => {
    expect(read('I think my foot might be weak').legWeakness).toEqual(unsure());
  });
});

describe('accidents', () => {
  it.each([
    'I came off my motorbike at 40 mph',
    'fell off a ladder at work',
    'car crash last night',
    'came off my horse',
  ])('"%s" is a serious accident', (text) => {
    expect(read(text).onsetAfterTrauma).toEqual(stated('major'));
  });

  it.each(['I slipped on the ice', 'tripped over the dog'])('"%s" is a small one', (text) => {
    expect(read(text).onsetAfterTrauma).toEqual(stated('minor'));
  });

  it('a fall of unknown size is a lower bound, asked again', () => {
    const finding = readDescription('I fell yesterday').findings.find(
      (f) => f.key === 'onsetAfterTrauma',
    );
    expect(finding).toMatchObject({ value: 'minor', ask: true });
  });

  it('a strain is not an accident, and is confirmed rather than taken', () => {
    const reading = readDescription('I bent down to pick up a box and my back went');
    expect(read('I bent down to pick up a box and my back went').onsetAfterTrauma).toEqual(
      denied('none'),
    );
    expect(reading.toConfirm).toContain('onsetAfterTrauma');
  });

  it('a slip at 76 needs a doctor today', () => {
    expect(
      outcomeOf(readDescription('I slipped in the bathroom yesterday', { ageYears: 76 }))
        .disposition,
    ).toBe('urgent');
  });
});

describe('chest, tummy and the aorta', () => {
  it('tummy pain, a throbbing and faintness are each found', () => {
    const found = read(
      'sudden pain in my back going round into my tummy, something throbbing in my belly like a heartbeat, and I feel faint',
    );
    expect(found.abdominalPain).toEqual(stated());
    expect(found.pulsatingAbdomen).toEqual(stated());
    expect(found.feelingFaint).toEqual(stated());
  });

  it('chest tightness is chest pain', () => {
    expect(read('my chest feels tight').chestPain).toEqual(stated());
  });
});

describe('fever and infection risk', () => {
  it.each([
    'sweats and shivers for two days',
    'I feel hot and shivery',
    'I have a fever',
    'temp of 38.4',
  ])('"%s" is a fever', (text) => {
    expect(read(text).fever).toEqual(stated());
  });

  it.each(['temperature 101 F', 'my temperature was 38.6'])('"%s" is a measured fever', (text) => {
    expect(read(text).fever).toEqual(stated());
  });

  it('a normal temperature denies it', () => {
    expect(read('my temperature is 36.8').fever).toEqual(denied());
  });

  it.each(["I don't have a fever", "I haven't had a temperature", 'no fever'])(
    '"%s" denies it',
    (text) => {
      expect(read(text).fever).toEqual(denied());
    },
  );

  it('a hedged fever reads as yes, as "Not sure" does', () => {
    expect(read('I think I might have a temperature').fever).toEqual(unsure());
  });

  it.each([
    'I inject heroin',
    'I am on chemo',
    'I take methotrexate for my arthritis',
    'I had a kidney transplant',
  ])('"%s" is an infection risk', (text) => {
    expect(read(text).ivDrugUseOrImmunosuppressed).toEqual(stated());
  });

  it('an insulin injection is not injecting drugs', () => {
    expect(read('I inject insulin twice a day').ivDrugUseOrImmunosuppressed).toBeUndefined();
  });
});

describe('cancer, weight, night pain, coughing, high pain, lumps, bones', () => {
  it('a past cancer counts', () => {
    expect(read('I had breast cancer ten years ago').historyOfCancer).toEqual(stated());
  });

  it('someone else’s cancer does not', () => {
    expect(read('my mum had breast cancer').historyOfCancer).toBeUndefined();
  });

  it('lost weight without trying', () => {
    expect(read("I've lost about 6 kilos without trying").unexplainedWeightLoss).toEqual(stated());
  });

  it.each([
    "it doesn't ease whichever way I lie",
    'it hurts even when I lie completely still',
    'the pain wakes me in the night',
  ])('"%s" is night pain no position eases', (text) => {
    expect(read(text).nightPainUnrelievedByRest).toEqual(stated());
  });

  it('pain worse on sneezing counts', () => {
    expect(read('it is agony when I sneeze').painWorseOnCoughOrStrain).toEqual(stated());
  });

  it('a spasm that started with a sneeze does not', () => {
    expect(read('I sneezed and my back went into spasm').painWorseOnCoughOrStrain).toBeUndefined();
    expect(
      read('after a coughing fit I got a sharp pain in my back').painWorseOnCoughOrStrain,
    ).toBeUndefined();
  });

  it('between the shoulder blades', () => {
    expect(read('pain between my shoulder blades').painBetweenShoulderBlades).toEqual(stated());
  });

  it('a lump on the back', () => {
    expect(read('there is a lump on my spine').backLumpOrShapeChange).toEqual(stated());
  });

  it('years of steroid tablets, and thin bones', () => {
    expect(
      read("I've been on prednisolone tablets for years").osteoporosisOrLongTermSteroids,
    ).toEqual(stated());
    expect(read('I have osteoporosis').osteoporosisOrLongTermSteroids).toEqual(stated());
  });

  it('a steroid inhaler is not steroid tablets', () => {
    expect(read('I use a steroid inhaler').osteoporosisOrLongTermSteroids).toBeUndefined();
  });
});

describe('walking, legs and pregnancy', () => {
  it.each(["I can't walk", 'I am unable to stand'])('"%s" is not able to walk', (text) => {
    expect(read(text).canWalk).toEqual(stated(false));
  });

  it.each(['I can walk okay', 'walking normally', 'I can get about slowly with my stick'])(
    '"%s" can walk',
    (text) => {
      expect(read(text).canWalk).toEqual(stated(true));
    },
  );

  it('can hardly walk is read the cautious way', () => {
    expect(read('I can hardly walk').canWalk).toEqual(unsure());
  });

  it.each([
    'shooting pain down the back of my leg into my calf',
    'sciatica down my left leg',
    'pain below my knee',
  ])('"%s" goes below the knee', (text) => {
    expect(read(text).painBelowKnee).toEqual(stated());
  });

  it("it doesn't go below my knee", () => {
    expect(read("It doesn't go below my knee").painBelowKnee).toEqual(denied());
  });

  it.each(['pins and needles in my foot', 'my left leg tingles', 'numbness in my right thigh'])(
    '"%s" is tingling or numbness in a leg',
    (text) => {
      expect(read(text).legNumbnessOrTingling).toEqual(stated());
    },
  );

  it('pregnancy is found', () => {
    expect(read("I'm 26 weeks pregnant").pregnant).toEqual(stated());
  });
});

describe('negation scope', () => {
  it('a list after "no" is denied item by item', () => {
    const found = read('No bleeding, fever, waterworks problems or numbness.');
    expect(found.fever).toEqual(denied());
    expect(found.newBladderOrBowelProblem).toEqual(denied());
    expect(found.saddleNumbness).toEqual(denied());
  });

  it('"but" ends the denial', () => {
    const found = read('no numbness, the toilet’s fine, but my left leg tingles');
    expect(found.legNumbnessOrTingling).toEqual(stated());
    expect(found.newBladderOrBowelProblem).toEqual(denied());
  });

  it('a new sentence ends the denial', () => {
    expect(read('No fever. My left leg tingles.').legNumbnessOrTingling).toEqual(stated());
  });

  it('a stated finding wins over a denial of the same finding', () => {
    expect(
      read('No numbness in my legs. Actually my left foot is numb.').legNumbnessOrTingling,
    ).toEqual(stated());
  });

  it('"my legs hurt and I can\'t work" denies nothing', () => {
    const found = read("my legs hurt and I can't work");
    expect(found.legWeakness).toBeUndefined();
    expect(found.legNumbnessOrTingling).toBeUndefined();
  });

  it.each([
    ['no injury both my legs have gone tingly since yesterday', 'bilateralLegSymptoms'],
    ['No fall or anything, numb down below since this morning.', 'saddleNumbness'],
    ['no temperature, legs both gone weak and wobbly', 'bilateralLegSymptoms'],
    ["never had back problems before now i've got numbness in my saddle area", 'saddleNumbness'],
    ['woke up without any feeling around my bottom', 'saddleNumbness'],
    ["I didn't notice I'd had an accident in my pants", 'newBladderOrBowelProblem'],
  ] as const)('a denial ends where a new clause starts, even unpunctuated: "%s"', (text, key) => {
    expect(read(text)[key]?.[1]).toBe('stated');
  });

  it('a denial still reaches through a preposition or a verb of thinking', () => {
    expect(read('no numbness in my legs').legNumbnessOrTingling).toEqual(denied());
    expect(read("I don't think my legs are weak").legWeakness).toEqual(denied('none'));
    expect(read("I'm not on anything that lowers my immunity").ivDrugUseOrImmunosuppressed).toEqual(
      denied(),
    );
  });

  it.each([
    ["I haven't wet myself or anything", 'newBladderOrBowelProblem'],
    ["I'm not incontinent", 'newBladderOrBowelProblem'],
    ['erections are fine', 'newBladderOrBowelProblem'],
    ['no dribbling', 'newBladderOrBowelProblem'],
    ['no trouble peeing', 'newBladderOrBowelProblem'],
    ["I haven't lost any feeling in my bum", 'saddleNumbness'],
  ] as const)('a whole phrase with no negation of its own is denied by one: "%s"', (text, key) => {
    expect(read(text)[key]?.[1]).toBe('denied');
  });

  it('a phrase with its own negation keeps it', () => {
    expect(read("I can't feel the toilet paper").saddleNumbness).toEqual(stated());
    expect(read("I haven't peed since yesterday lunchtime").newBladderOrBowelProblem).toEqual(
      stated(),
    );
    expect(read('it is not getting worse').trend).toEqual(stated('same'));
  });

  it('walking is not turned round by a negation about something else', () => {
    expect(read('no pain when I walk').canWalk).toEqual(stated(true));
    expect(read("it's not that I can't walk, I'm walking fine").canWalk).toEqual(stated(true));
  });

  it('a relative\'s history stays theirs, with or without "my"', () => {
    expect(read('my mum had back surgery last year both my legs are tingling now')).toMatchObject({
      bilateralLegSymptoms: stated(),
    });
    expect(read('Mum had breast cancer, my back hurts').historyOfCancer).toBeUndefined();
    expect(read('DAD HAD BOWEL CANCER BUT IVE NEVER HAD CANCER MYSELF').historyOfCancer).toEqual(
      denied(),
    );
  });

  it("written for someone else, a relative's history is the patient's own", () => {
    expect(
      read('My dad had prostate cancer. His back has been agony for a week.').historyOfCancer,
    ).toEqual(stated());
  });
});

describe('lay words a first hostile pass found missing', () => {
  it.each([
    ["it's gone numb round my back passage", 'saddleNumbness', true],
    ['my bits feel numb since my back went', 'saddleNumbness', true],
    ['my butt is numb on both sides', 'saddleNumbness', true],
    ['My fanny and bum feel like they have been at the dentist', 'saddleNumbness', true],
    ['now i cant feel the loo roll when i wipe', 'saddleNumbness', true],
    ['I peed my pants at work today', 'newBladderOrBowelProblem', true],
    ['my bladder feels full but nothing comes out', 'newBladderOrBowelProblem', true],
    ['sciatica in my left leg and now the right leg has started too', 'bilateralLegSymptoms', true],
    ['pain down the back of each leg to my ankles', 'bilateralLegSymptoms', true],
    ['my legs feel like jelly', 'bilateralLegSymptoms', true],
    ['i cant feel my feet properly', 'bilateralLegSymptoms', true],
    ['my foot flops when I walk', 'legWeakness', 'stable'],
    ['I was knocked off my bike by a car on monday', 'onsetAfterTrauma', 'major'],
    ['got rear-ended at a junction doing about 40', 'onsetAfterTrauma', 'major'],
    ['was in a car wreck last week', 'onsetAfterTrauma', 'major'],
    ['fell out of a tree trimming branches', 'onsetAfterTrauma', 'major'],
    ['my horse threw me yesterday', 'onsetAfterTrauma', 'major'],
    ["I've got a tight chest as well", 'chestPain', true],
    ['the pain goes right through to my chest from my back', 'chestPain', true],
    ["since this arvo it's like a tight band round my ribs", 'chestPain', true],
    ['my belly is killing me', 'abdominalPain', true],
    ['bad abdo pain', 'abdominalPain', true],
    ['I can feel my heartbeat in my stomach', 'pulsatingAbdomen', true],
    ['i keeled over in the kitchen', 'feelingFaint', true],
    ['boiling one minute freezing the next', 'fever', true],
    ["I'm running 102", 'fever', true],
    ['been on pred for 5 years for my lungs', 'osteoporosisOrLongTermSteroids', true],
    ['had the big C five years ago, all clear now', 'historyOfCancer', true],
    ['every time I sneeze I get a jolt of pain', 'painWorseOnCoughOrStrain', true],
    ['coughing makes it shoot right up my spine', 'painWorseOnCoughOrStrain', true],
    ['the weight has just dropped off me', 'unexplainedWeightLoss', true],
    ['worse lying down at night nothing helps', 'nightPainUnrelievedByRest', true],
    [
      "doesnt matter how i lie at night, the pain doesn't let up",
      'nightPainUnrelievedByRest',
      true,
    ],
    ["I can't put any weight on my right leg", 'canWalk', false],
    ['my spine looks more bent and theres a hump coming up', 'backLumpOrShapeChange', true],
    ['im 20 wks preg', 'pregnant', true],
  ] as const)('"%s" finds %s', (text, key, value) => {
    expect(read(text)[key]).toEqual(stated(value));
  });

  it.each([
    "I've tried hot and cold packs",
    "I'm a wreck, my back went lifting the shopping",
    'I was sitting by the car when my back twinged',
    'I was hitting 40 on the motorway when it happened',
    'I did 40 minutes running',
    "I can't hold the plank for long",
    'my left side of my back and my right leg ache a bit',
  ])('everyday words are not a warning sign: "%s"', (text) => {
    const found = readDescription(text, { ageYears: 35 });
    expect(found.findings.filter((f) => f.certainty !== 'denied').map((f) => f.key)).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^(fever|onsetAfterTrauma|bilateralLegSymptoms|newBladderOrBowelProblem)$/,
        ),
      ]),
    );
    expect(outcomeOf(found).disposition).toBe('self_care');
  });

  it.each([
    [
      'Writing for my dad, he has a pain that goes round to the front of my tummy',
      'abdominalPain',
      true,
    ],
    ['I can see my belly going thump thump like a heartbeat', 'pulsatingAbdomen', true],
    ['been banging gear again for a few months', 'ivDrugUseOrImmunosuppressed', true],
    ["I'd messed masel in the bed", 'newBladderOrBowelProblem', true],
    ["There's a strange feeling down below", 'saddleNumbness', true],
    ['Was thrown from the mare on Sunday', 'onsetAfterTrauma', 'major'],
    ['Car rolled on the motorway slip road last night', 'onsetAfterTrauma', 'major'],
    ['Came off the scaffold at work', 'onsetAfterTrauma', 'major'],
    ["I've lost the best part of a stone", 'unexplainedWeightLoss', true],
    ['at night the pain just sits there at 7/10 whatever I do', 'nightPainUnrelievedByRest', true],
    ['sneezing = death. coughing = death.', 'painWorseOnCoughOrStrain', true],
    ['my right leg feels sort of funny and unreliable', 'legWeakness', 'stable'],
    ['honestly dunno if its actually weak', 'legWeakness', 'unsure'],
  ] as const)('"%s" finds %s (second hostile set)', (text, key, value) => {
    expect(read(text)[key]).toEqual(stated(value));
  });

  it('a question the person answers "nope" is denied', () => {
    const found = read('Started yesterday. Fever? Nope. Anything with the loo? Nope.');
    expect(found.fever).toEqual(denied());
    expect(found.newBladderOrBowelProblem).toEqual(denied());
  });

  it('a slipped disc is not a slip', () => {
    expect(read('Is it a slipped disc?').onsetAfterTrauma).toBeUndefined();
    expect(read('I slipped on the ice').onsetAfterTrauma).toEqual(stated('minor'));
  });

  it('a harmless lump and a fine bone scan are shown to confirm, not taken', () => {
    expect(read('the lump I had checked was just a cyst').backLumpOrShapeChange).toEqual(denied());
    expect(read('my bone density scan was fine').osteoporosisOrLongTermSteroids).toEqual(denied());
  });

  it.each(['the balls of my feet are numb', "my toes are numb and it's driving me nuts"])(
    'slang near numb feet is not the saddle area: "%s"',
    (text) => {
      expect(read(text).saddleNumbness).toBeUndefined();
      expect(read(text).legNumbnessOrTingling).toEqual(stated());
    },
  );

  it('weight lost on purpose and a leak for years are shown to confirm, not taken', () => {
    expect(
      read('lost 28 lbs on slimming world this year (on purpose!!)').unexplainedWeightLoss,
    ).toEqual(denied());
    expect(
      read("my bladder's been a bit leaky since having my kids ten years ago, nothing new")
        .newBladderOrBowelProblem,
    ).toEqual(denied());
  });
});

describe('numbers', () => {
  it('an age standing alone at the start or the end of the text', () => {
    expect(read('67, smoked 40 a day till last year. Sudden back pain.').ageYears).toEqual(
      stated(67),
    );
    expect(read('back spasm since sunday. 45 male smoker').ageYears).toEqual(stated(45));
    expect(read('Did my back in deadlifting, 5/10, improving. 33.').ageYears).toEqual(stated(33));
    expect(read('I lifted 40, then 60, then it went').ageYears).toBeUndefined();
  });

  it("written for someone else, their age is the patient's", () => {
    expect(read("Nan's 79, she slipped and her lower back is sore").ageYears).toEqual(stated(79));
    expect(read('My daughter (17) tweaked her lower back').ageYears).toEqual(stated(17));
    expect(read("My dad's 82 and his back hurts").ageYears).toEqual(stated(82));
    // Not when the writer is the patient.
    expect(read('My son is 15 and my back went lifting him').ageYears).toBeUndefined();
  });

  it('"a number two" is not a score', () => {
    expect(read('going for a number two hurts').painNow0to10).toBeUndefined();
  });

  it('the score it came down to is the score now', () => {
    expect(read('down from a 7 to a 3').painNow0to10).toEqual(stated(3));
    expect(read('it went from a 3 to an 8 overnight').painNow0to10).toEqual(stated(8));
  });

  it('a duration beside another matter is not the pain’s length unless the pain is nearer', () => {
    expect(read('had a UTI last month but that has cleared').durationDays).toBeUndefined();
    expect(read('32 wks pregnant with lower back pain for a fortnight').durationDays).toEqual(
      stated(14),
    );
    expect(read('im 20 wks preg').ageYears).toBeUndefined();
  });

  it.each([
    ['for 12 days', 12],
    ['three weeks ago', 21],
    ['for a few days', 3],
    ['since yesterday', 1],
    ['for about two years', 730],
    ['for the last fortnight', 14],
    ['about an hour ago', 0],
  ])('my back has been hurting %s → %i days', (words, days) => {
    expect(read(`my back has been hurting ${words}`).durationDays).toEqual(stated(days));
  });

  it('since Monday counts back from today', () => {
    // 2026-12-04 is a Friday.
    expect(read('my back has hurt since Monday', { today: '2026-12-04' }).durationDays).toEqual(
      stated(4),
    );
  });

  it('a pregnancy’s weeks and an old cancer’s years are not the pain’s length', () => {
    expect(read("I'm 26 weeks pregnant").durationDays).toBeUndefined();
    expect(read('I was treated for cancer four years ago').durationDays).toBeUndefined();
  });

  it('days of self-care are kept apart from the pain’s length', () => {
    const found = read(
      "My back has been sore for 12 days. I've used ibuprofen and kept moving for the last 10 days.",
    );
    expect(found.durationDays).toEqual(stated(12));
    expect(found.selfCareTriedDays).toEqual(stated(10));
  });

  it.each([
    ['it is 8 out of 10', 8],
    ['about 7/10', 7],
    ["it's an 8 now", 8],
    ['On the first day it was an 8 out of 10, but it is now about a 5', 5],
  ])('"%s" scores the pain now', (text, score) => {
    expect(read(text).painNow0to10).toEqual(stated(score));
  });

  it.each([
    ["I'm 52", 52],
    ['I am a 72 year old man', 72],
    ['aged 17', 17],
  ])('"%s" gives the age', (text, age) => {
    expect(read(text).ageYears).toEqual(stated(age));
  });

  it('the age given apart wins over the words', () => {
    expect(read("I'm 52", { ageYears: 53 }).ageYears).toEqual(stated(53));
  });

  it.each([
    ['This is the fourth time this year', 3],
    ['I have never had back trouble before', 0],
    ['it keeps coming back', 3],
  ])('"%s" gives the episodes before', (text, n) => {
    expect(read(text).priorEpisodes?.[0]).toBe(n);
  });
});

describe('trend', () => {
  it.each([
    ['a bit better today', 'better'],
    ['getting worse, not better', 'worse'],
    ["it's no better", 'same'],
    ['no worse than usual', 'same'],
    ['not getting better', 'same'],
  ] as const)('"%s" → %s', (text, trend) => {
    expect(read(text).trend?.[0]).toBe(trend);
  });
});

describe("words that are names of JavaScript's own properties", () => {
  it.each([...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'constructor'])(
    '"%s" is read as a word like any other',
    (word) => {
      expect(() =>
        readDescription(`${word} 3 days ${word}, it's a ${word} out of 10`),
      ).not.toThrow();
      expect(readDescription(word).findings).toEqual([]);
    },
  );
});

describe('spelling slips', () => {
  it.each([
    ['numbess around my bum', 'saddleNumbness'],
    ['tingleing in my left leg', 'legNumbnessOrTingling'],
    ['I have a feaver', 'fever'],
    ['a temprature of 38.5', 'fever'],
    ['problems with my bladdar', 'newBladderOrBowelProblem'],
  ] as const)('"%s" is still read', (text, key) => {
    expect(read(text)[key]?.[0]).toBe(true);
  });

  it('real words near a finding’s word are read as written', () => {
    expect(read('I paid with a fiver').fever).toBeUndefined();
    expect(read('I was selling my car').backLumpOrShapeChange).toBeUndefined();
  });
});

describe('spans and confirmation', () => {
  it('each finding points at the words behind it', () => {
    const text = 'Since this morning I can’t feel the toilet paper when I wipe.';
    const finding = readDescription(text).findings.find((f) => f.key === 'saddleNumbness');
    expect(finding?.spans.map((s) => s.text)).toEqual(['can’t feel the toilet paper']);
    for (const span of finding?.spans ?? [])
      expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('a denial includes the word that denied it', () => {
    const finding = readDescription('No numbness').findings.find((f) => f.key === 'saddleNumbness');
    expect(finding?.spans.map((s) => s.text)).toEqual(['No numbness']);
  });

  it('denied red flags are listed to confirm, most urgent first; other denials are not', () => {
    const reading = readDescription(
      "No leg pain, no numbness, no fever, the toilet's fine, it doesn't go below my knee.",
    );
    expect(reading.toConfirm).toEqual([
      'saddleNumbness',
      'newBladderOrBowelProblem',
      'bilateralLegSymptoms',
      'fever',
    ]);
    expect(reading.toConfirm).not.toContain('painBelowKnee');
    expect(reading.toConfirm).not.toContain('legNumbnessOrTingling');
  });

  it('an empty text finds nothing and asks everything', () => {
    const reading = readDescription('   ');
    expect(reading.findings).toEqual([]);
    expect(outcomeOf(reading).toAsk[0]).toBe('saddleNumbness');
  });

  it('a man is not asked whether he is pregnant', () => {
    expect(read('my back hurts', { sex: 'male' }).pregnant).toEqual(stated(false));
  });
});
