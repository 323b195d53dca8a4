/**
 * The rule table of the check, as data: each row names the findings it needs, the least urgent
 * disposition those findings allow, the reason in calm plain words, and the source it rests on.
 * It encodes /shared/vignettes/README.md row by row. The result of a check is the most urgent
 * disposition of any row that holds, so a red flag is never cancelled by improving pain and
 * several mild rows never add up to more.
 *
 * Reasons speak of signs that need a doctor, never of a disease the person has.
 */
import type { AnswerKey } from './answers.js';
import type { Disposition } from './dispositions.js';
import type { NumberKey, Resolved, YesNoKey } from './findings.js';

/** One finding a rule needs. `holds` is only asked once the key has an answer. */
export interface Condition {
  key: AnswerKey;
  /** The finding in short notation, for documentation and test names ("ageYears >= 70"). */
  text: string;
  holds: (r: Resolved) => boolean;
  /** Whether the finding counts as present while the key is unanswered. */
  ifUnanswered: boolean;
}

/** Something to do now; `link` is a content id ('muscle-strain') or an app route ('/relief'). */
export interface Action {
  id: string;
  text: string;
  link?: string;
}

export interface Rule {
  id: string;
  /** Every condition must hold for the row to apply. */
  when: readonly Condition[];
  disposition: Disposition;
  reason: string;
  source: string;
  /** An extra step this finding calls for, beyond the disposition's usual actions. */
  action?: Action;
}

// Small constructors keep each row readable as "finding → level → why → source".

/** A yes/no finding answered yes (or not sure, which reads as yes). */
const yes = (key: YesNoKey): Condition => ({
  key,
  text: `${key} = yes`,
  holds: (r) => r[key] === true,
  ifUnanswered: false,
});

/** A yes/no finding answered no (or not sure, where no is the worrying answer). */
const no = (key: YesNoKey): Condition => ({
  key,
  text: `${key} = no`,
  holds: (r) => r[key] === false,
  ifUnanswered: false,
});

const atLeast = (key: NumberKey, n: number): Condition => ({
  key,
  text: `${key} >= ${n}`,
  holds: (r) => (r[key] ?? Number.NEGATIVE_INFINITY) >= n,
  ifUnanswered: false,
});

const above = (key: NumberKey, n: number): Condition => ({
  key,
  text: `${key} > ${n}`,
  holds: (r) => (r[key] ?? Number.NEGATIVE_INFINITY) > n,
  ifUnanswered: false,
});

const below = (key: NumberKey, n: number): Condition => ({
  key,
  text: `${key} < ${n}`,
  holds: (r) => (r[key] ?? Number.POSITIVE_INFINITY) < n,
  ifUnanswered: false,
});

type EnumKey = 'trend' | 'legWeakness' | 'onsetAfterTrauma';

const oneOf = <K extends EnumKey>(key: K, ...values: NonNullable<Resolved[K]>[]): Condition => ({
  key,
  text: `${key} in (${values.join(', ')})`,
  holds: (r) => (values as unknown[]).includes(r[key]),
  ifUnanswered: false,
});

/**
 * "Not improving": the table's self-care row needs "<7 days or improving", so pain of a week or
 * more counts as not improving unless the person said it is getting better.
 */
const notImproving: Condition = {
  key: 'trend',
  text: 'trend is not better',
  holds: (r) => r.trend !== 'better',
  ifUnanswered: true,
};

const anyLegWeakness = oneOf('legWeakness', 'stable', 'progressive');

const SRC = {
  caudaEquina:
    'NICE CKS Back pain – low and Sciatica (cauda equina red flags); BASS 2018 cauda equina standards; NHS Back pain; NHS England GIRFT cauda equina pathway and NHS trusts’ cauda equina warning cards (lay wording)',
  bothLegs: 'NHS Back pain (999 for symptoms in both legs); BASS 2018 / GIRFT cauda equina pathway',
  progressiveWeakness: 'NICE CKS Back pain – low and Sciatica; AAFP 2012 (Casazza); AHCPR 1994',
  majorTrauma: 'NHS Back pain; AHCPR 1994; AAFP 2012 (Casazza)',
  chestPain: 'NHS Back pain (999 for back pain with chest pain)',
  chestOrTummy:
    'NHS Back pain (999 for back pain with chest pain); NICE NG156. One answer for either is read as chest pain, the safer reading',
  aorta: 'NICE NG156 Abdominal aortic aneurysm',
  tummy:
    'NHS Back pain (urgent GP appointment or 111 for back pain with other symptoms); NICE NG156. Same day chosen as the safer level',
  cancerCannotWalk:
    'NICE CG75 (difficulty in walking in a person with cancer is an oncological emergency); NICE NG234 Spinal metastases and metastatic spinal cord compression',
  infectionEmergency:
    'NICE CKS Back pain – low (infection red flags); AAFP 2012 (Casazza). Some pathways say same day; we chose the safer level',
  cancerNeurology: 'NICE NG234 Spinal metastases and metastatic spinal cord compression',
  feverWeakness: 'NICE CKS Back pain – low and Sciatica',
  cancer: 'NICE NG234 (contact within 24 hours); NICE CKS Back pain – low',
  cancerFlags: 'NHS Back pain (urgent GP appointment or 111); NICE CKS Back pain – low',
  straining: 'NHS Back pain (urgent GP appointment or 111); NICE CG75 (pain on straining)',
  thoracic: 'NHS Back pain (urgent GP appointment or 111); NICE CG75 (thoracic pain)',
  lump: 'NHS Back pain (urgent GP appointment or 111)',
  fever: 'NHS Back pain (urgent GP appointment or 111); NICE CKS Back pain – low',
  infectionRisk:
    'NICE CKS Back pain – low (infection risk factors); same day chosen as the safer level',
  fracture:
    'NICE CKS Back pain – low (fracture red flags); AAFP 2012 (Casazza); ACP/APS 2007 (Chou)',
  stableWeakness: 'NICE CKS Sciatica; NHS Lothian RefHelp (early specialist opinion)',
  cannotWalk: 'NICE CKS Back pain – low; same day chosen as the safer level',
  sciatica: 'NICE CKS Sciatica; NICE NG59',
  notImproving: 'NHS Back pain; NICE NG59; ACP 2017 (Qaseem)',
  longTerm: 'NICE NG59; ACP 2017 (Qaseem)',
  age: 'NICE CKS Back pain – low; RCGP 1999 (safer: CKS speaks of new onset)',
  pregnancy: 'POGP guidance on pregnancy-related pelvic girdle pain',
} as const;

const CANCER_TEAM: Action = {
  id: 'call-cancer-team',
  text: 'If your cancer team gave you a number to call, call them as well and tell them about your back.',
};

const CANCER_NEUROLOGY_REASON =
  'New leg symptoms together with back pain, in someone who has had cancer, need a doctor straight away.';

export const RULES: readonly Rule[] = [
  // Emergency: any one of these ends the check at once.
  {
    id: 'saddle-numbness',
    when: [yes('saddleNumbness')],
    disposition: 'emergency',
    reason:
      'New numbness or an odd feeling between your legs or around your bottom, with back pain, is a sign that needs a doctor straight away.',
    source: SRC.caudaEquina,
  },
  {
    id: 'bladder-or-bowel',
    when: [yes('newBladderOrBowelProblem')],
    disposition: 'emergency',
    reason:
      'A new change in your bladder, bowels or sex life with back pain (such as trouble peeing, leaking, not feeling when your bladder is full or empty, no feeling when you pee or poo, or new problems with erection or ejaculation) is a sign that needs a doctor straight away.',
    source: SRC.caudaEquina,
  },
  {
    id: 'both-legs',
    when: [yes('bilateralLegSymptoms')],
    disposition: 'emergency',
    reason:
      'Pain, tingling, numbness or weakness in both legs is a sign that needs a doctor straight away.',
    source: SRC.bothLegs,
  },
  {
    id: 'leg-weakness-getting-worse',
    when: [oneOf('legWeakness', 'progressive')],
    disposition: 'emergency',
    reason: 'Leg weakness that is getting worse needs a doctor straight away.',
    source: SRC.progressiveWeakness,
  },
  {
    id: 'serious-accident',
    when: [oneOf('onsetAfterTrauma', 'major')],
    disposition: 'emergency',
    reason:
      'Back pain after a serious accident, such as a road crash or a fall from a height, needs checking at an emergency department, even if you can walk.',
    source: SRC.majorTrauma,
  },
  {
    id: 'chest-pain',
    when: [yes('chestPain')],
    disposition: 'emergency',
    reason: 'Chest pain together with back pain needs a doctor straight away.',
    source: SRC.chestPain,
  },
  {
    // The one answer older clients send for either pain: read as chest pain, the safer reading.
    id: 'chest-or-tummy-pain',
    when: [yes('chestOrAbdominalPain')],
    disposition: 'emergency',
    reason:
      'Pain in your chest or tummy together with back pain needs a doctor straight away. Chest pain with back pain always does, and one answer cannot tell chest from tummy, so we take the safer reading.',
    source: SRC.chestOrTummy,
  },
  {
    id: 'tummy-pain-over-60',
    when: [yes('abdominalPain'), atLeast('ageYears', 60)],
    disposition: 'emergency',
    reason:
      'Back and tummy pain together at the age of 60 or over is a sign that needs a doctor straight away.',
    source: SRC.aorta,
  },
  {
    id: 'tummy-pain-and-faint',
    when: [yes('abdominalPain'), yes('feelingFaint')],
    disposition: 'emergency',
    reason:
      'Back and tummy pain together with feeling faint is a sign that needs a doctor straight away.',
    source: SRC.aorta,
  },
  {
    id: 'throbbing-tummy',
    when: [yes('pulsatingAbdomen')],
    disposition: 'emergency',
    reason:
      'A throbbing in the tummy like a heartbeat, together with back pain, is a sign that needs a doctor straight away.',
    source: SRC.aorta,
  },
  {
    id: 'fever-with-infection-risk',
    when: [yes('fever'), yes('ivDrugUseOrImmunosuppressed')],
    disposition: 'emergency',
    reason:
      'A fever with back pain, in someone who injects drugs or whose immune system is weakened, needs a doctor straight away.',
    source: SRC.infectionEmergency,
  },
  {
    id: 'cancer-with-leg-weakness',
    when: [yes('historyOfCancer'), anyLegWeakness],
    disposition: 'emergency',
    reason: CANCER_NEUROLOGY_REASON,
    source: SRC.cancerNeurology,
    action: CANCER_TEAM,
  },
  {
    id: 'cancer-with-leg-numbness',
    when: [yes('historyOfCancer'), yes('legNumbnessOrTingling')],
    disposition: 'emergency',
    reason: CANCER_NEUROLOGY_REASON,
    source: SRC.cancerNeurology,
    action: CANCER_TEAM,
  },
  {
    id: 'cancer-with-leg-pain',
    when: [yes('historyOfCancer'), yes('painBelowKnee')],
    disposition: 'emergency',
    reason: CANCER_NEUROLOGY_REASON,
    source: SRC.cancerNeurology,
    action: CANCER_TEAM,
  },
  {
    id: 'cancer-cannot-walk',
    when: [yes('historyOfCancer'), no('canWalk')],
    disposition: 'emergency',
    reason:
      'Not being able to walk, in someone who has had cancer, needs a doctor straight away, even if the cancer was treated long ago.',
    source: SRC.cancerCannotWalk,
    action: CANCER_TEAM,
  },
  {
    id: 'fever-with-leg-weakness',
    when: [yes('fever'), anyLegWeakness],
    disposition: 'emergency',
    reason: 'A fever together with leg weakness needs a doctor straight away.',
    source: SRC.feverWeakness,
  },

  // Urgent: see a doctor today.
  {
    id: 'history-of-cancer',
    when: [yes('historyOfCancer')],
    disposition: 'urgent',
    reason:
      'Back pain in someone who has had cancer, even long ago, should be checked by a doctor within 24 hours.',
    source: SRC.cancer,
    action: CANCER_TEAM,
  },
  {
    id: 'weight-loss',
    when: [yes('unexplainedWeightLoss')],
    disposition: 'urgent',
    reason:
      'Losing weight without trying, together with back pain, should be checked by a doctor today.',
    source: SRC.cancerFlags,
  },
  {
    id: 'night-pain',
    when: [yes('nightPainUnrelievedByRest')],
    disposition: 'urgent',
    reason:
      'Pain at night that does not ease whatever position you try should be checked by a doctor today.',
    source: SRC.cancerFlags,
  },
  {
    id: 'pain-worse-on-cough-or-strain',
    when: [yes('painWorseOnCoughOrStrain')],
    disposition: 'urgent',
    reason:
      'Back pain that gets worse when you cough, sneeze or open your bowels should be checked by a doctor today.',
    source: SRC.straining,
  },
  {
    id: 'pain-between-shoulder-blades',
    when: [yes('painBetweenShoulderBlades')],
    disposition: 'urgent',
    reason:
      'Pain high in the back, between the shoulder blades, should be checked by a doctor today.',
    source: SRC.thoracic,
  },
  {
    id: 'lump-or-shape-change',
    when: [yes('backLumpOrShapeChange')],
    disposition: 'urgent',
    reason:
      'A lump or swelling on your back, or a change in its shape, should be checked by a doctor today.',
    source: SRC.lump,
  },
  {
    id: 'tummy-pain',
    when: [yes('abdominalPain')],
    disposition: 'urgent',
    reason:
      'Tummy pain together with back pain should be checked by a doctor today. We take the safer reading of the advice.',
    source: SRC.tummy,
  },
  {
    id: 'fever',
    when: [yes('fever')],
    disposition: 'urgent',
    reason: 'A fever together with back pain should be checked by a doctor today.',
    source: SRC.fever,
  },
  {
    id: 'infection-risk',
    when: [yes('ivDrugUseOrImmunosuppressed')],
    disposition: 'urgent',
    reason:
      'Back pain in someone who injects drugs or whose immune system is weakened should be checked by a doctor today, even without a fever.',
    source: SRC.infectionRisk,
  },
  {
    id: 'fragile-bones',
    when: [yes('osteoporosisOrLongTermSteroids')],
    disposition: 'urgent',
    reason:
      'Back pain in someone with thin bones (osteoporosis) or on long-term steroid tablets should be checked by a doctor today, even without a fall.',
    source: SRC.fracture,
  },
  {
    id: 'fall-at-70-or-over',
    when: [oneOf('onsetAfterTrauma', 'minor', 'major'), atLeast('ageYears', 70)],
    disposition: 'urgent',
    reason:
      'Back pain after even a small fall or knock, at the age of 70 or over, should be checked by a doctor today.',
    source: SRC.fracture,
  },
  {
    id: 'leg-weakness',
    when: [anyLegWeakness],
    disposition: 'urgent',
    reason:
      'New weakness in a leg, even if it is not getting worse, should be checked by a doctor today.',
    source: SRC.stableWeakness,
  },
  {
    id: 'cannot-walk',
    when: [no('canWalk')],
    disposition: 'urgent',
    reason: 'Not being able to walk because of the pain should be checked by a doctor today.',
    source: SRC.cannotWalk,
  },

  // Soon: book a doctor or physiotherapist within days.
  {
    id: 'pain-below-knee',
    when: [yes('painBelowKnee')],
    disposition: 'soon',
    reason:
      'Pain that spreads down the leg below the knee is worth a check by a doctor or physiotherapist in the next few days.',
    source: SRC.sciatica,
  },
  {
    id: 'leg-tingling',
    when: [yes('legNumbnessOrTingling')],
    disposition: 'soon',
    reason:
      'Tingling, pins and needles or numbness in a leg is worth a check by a doctor or physiotherapist in the next few days.',
    source: SRC.sciatica,
  },
  {
    id: 'a-week-without-improving',
    when: [atLeast('durationDays', 7), notImproving],
    disposition: 'soon',
    reason:
      'Back pain that has lasted a week or more and is not getting better is worth a check by a doctor or physiotherapist.',
    source: SRC.notImproving,
  },
  {
    id: 'self-care-not-helping',
    when: [atLeast('selfCareTriedDays', 7), notImproving],
    disposition: 'soon',
    reason:
      'A week or more of looking after it yourself without it getting better is a reason to see a doctor or physiotherapist.',
    source: SRC.notImproving,
  },
  {
    id: 'severe-pain-not-easing',
    when: [atLeast('painNow0to10', 8), notImproving],
    disposition: 'soon',
    reason:
      'Very bad pain, 8 or more out of 10, that is not easing is worth a check by a doctor in the next few days.',
    source: SRC.notImproving,
  },
  {
    id: 'getting-worse',
    when: [oneOf('trend', 'worse')],
    disposition: 'soon',
    reason: 'Back pain that is getting worse is worth a check by a doctor in the next few days.',
    source: SRC.notImproving,
  },
  {
    id: 'keeps-coming-back',
    when: [atLeast('priorEpisodes', 3)],
    disposition: 'soon',
    reason:
      'Back pain that has come back three or more times in a year is worth a review with a doctor or physiotherapist, to plan how to keep it away.',
    source: SRC.longTerm,
  },
  {
    id: 'more-than-six-weeks',
    when: [above('durationDays', 42)],
    disposition: 'soon',
    reason:
      'Back pain that has lasted more than six weeks is worth a review with a doctor or physiotherapist, to plan how to manage it.',
    source: SRC.longTerm,
  },
  {
    id: 'age-over-50',
    when: [above('ageYears', 50)],
    disposition: 'soon',
    reason:
      'Back pain starting after the age of 50 is worth a check by a doctor in the next few days, even when it seems simple.',
    source: SRC.age,
  },
  {
    id: 'age-under-20',
    when: [below('ageYears', 20)],
    disposition: 'soon',
    reason:
      'Back pain before the age of 20 is worth a check by a doctor in the next few days, even when it seems simple.',
    source: SRC.age,
  },
  {
    id: 'pregnancy-a-week-or-more',
    when: [yes('pregnant'), atLeast('durationDays', 7)],
    disposition: 'soon',
    reason:
      'Back or pelvic pain in pregnancy that has lasted a week or more is worth raising with your midwife or doctor, who can arrange a physiotherapist.',
    source: SRC.pregnancy,
  },
  {
    id: 'pregnancy-limiting',
    when: [yes('pregnant'), atLeast('painNow0to10', 7)],
    disposition: 'soon',
    reason:
      'Back or pelvic pain in pregnancy that is bad enough to limit your day is worth raising with your midwife or doctor, who can arrange a physiotherapist.',
    source: SRC.pregnancy,
  },
];

/** The reason given when no row applies. */
export const NO_WARNING_SIGNS = {
  id: 'no-warning-signs',
  source: 'ACP 2017 (Qaseem); NICE NG59; NHS Back pain self-care advice',
  complete:
    'Nothing in your answers is a sign that needs a doctor. Back pain like this usually eases with gentle movement and simple self-care.',
  partial:
    'Nothing in your answers so far is a sign that needs a doctor. Answer the remaining questions to be sure.',
} as const;

/** Three-valued truth of a condition for answers that may still be incomplete. */
export function conditionState(c: Condition, r: Resolved): 'true' | 'false' | 'unknown' {
  if (r[c.key] === undefined) return 'unknown';
  return c.holds(r) ? 'true' : 'false';
}

/** Whether a rule applies, reading unanswered keys with each condition's `ifUnanswered`. */
export function ruleApplies(rule: Rule, r: Resolved): boolean {
  return rule.when.every((c) => (r[c.key] === undefined ? c.ifUnanswered : c.holds(r)));
}
