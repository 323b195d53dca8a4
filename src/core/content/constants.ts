/**
 * The fixed vocabularies of content, kept apart from the zod schema so the browser can use them
 * without loading a validator.
 */
export const CONTENT_KINDS = [
  'cause',
  'symptom',
  'treatment',
  'exercise',
  'prevention',
  'warning_sign',
  'faq',
] as const;

/**
 * The five articles the product grew from, by an id made from each title. Only the tests know which
 * file holds each one; a person and the API see the article's title, site, author and date.
 */
export const ARTICLE_IDS = [
  'back-spasms-demystified',
  'back-spasms-causes-treatment-prevention',
  'does-stretching-help-back-spasms',
  'relieve-intense-back-spasms',
  'back-spasms-emergeortho',
] as const;

/**
 * Public clinical guidelines, NHS pages and the few studies Unknot may cite; their titles live in
 * `sources.ts`.
 */
export const GUIDELINE_IDS = [
  'nice-ng59',
  'nice-cks-low-back-pain',
  'nice-cks-sciatica',
  'acp-2017',
  'nhs-back-pain',
  'nhs-sciatica',
  'nhs-cauda-equina',
  'nhs-safe-lifting',
  'nhs-vitamins-minerals',
  'nice-cg75',
  'nice-ng234',
  'nice-ng156',
  'nhs-ibuprofen',
  'nhs-naproxen',
  'nhs-paracetamol',
  'nhs-diazepam',
  'nhs-exercise-in-pregnancy',
  'girft-cauda-equina',
  'steffens-2016',
  'schwellnus-2011',
] as const;

export const EVIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'expert_opinion'] as const;
export const PHASES = ['acute', 'recovery', 'prevention'] as const;
export const URGENCIES = ['emergency', 'urgent', 'soon'] as const;

/**
 * What an exercise mainly does. `strengthening` means the muscles work against a load (the body's
 * own weight lifted against gravity), which is kept out of the acute phase.
 */
export const EXERCISE_CATEGORIES = [
  'stretch',
  'mobility',
  'motor_control',
  'strengthening',
  'aerobic',
] as const;

/**
 * Exercises that load the back or hips against gravity, so never offered while a spasm is acute.
 * Superman lifts the arms, chest and legs, working the back muscles in extension. Glute bridge
 * lifts the hips off the floor, the back and buttock muscles holding the body's weight. Bird-dog
 * lifts an arm and the opposite leg, asking the trunk to hold still against a twisting load.
 * Partial curl-up lifts the head and shoulders, working the tummy muscles and compressing the
 * spine. The gentle ones (pelvic tilt, abdominal bracing) tense muscles without lifting anything.
 */
export const LOADED_STRENGTHENING_EXERCISES = [
  'superman',
  'glute-bridge',
  'bird-dog',
  'partial-curl-up',
] as const;

type Kind = (typeof CONTENT_KINDS)[number];
export const KIND_LABELS: Record<Kind, { singular: string; plural: string }> = {
  cause: { singular: 'Cause', plural: 'Causes' },
  symptom: { singular: 'Symptom', plural: 'Symptoms' },
  treatment: { singular: 'Treatment', plural: 'Treatments' },
  exercise: { singular: 'Exercise', plural: 'Exercises' },
  prevention: { singular: 'Prevention', plural: 'Prevention' },
  warning_sign: { singular: 'Sign to see a doctor', plural: 'When to see a doctor' },
  faq: { singular: 'Question', plural: 'Questions' },
};

export const EVIDENCE_LABELS: Record<(typeof EVIDENCE_LEVELS)[number], string> = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  limited: 'Limited evidence',
  expert_opinion: 'Expert opinion',
};
