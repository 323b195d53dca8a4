/**
 * Short ways for item files to cite their sources: a seed article by number and section, or a
 * public guideline by id. Plain objects only, so item files stay free of a validator.
 */
import type { ArticleId, GuidelineId, Source } from '../schema.js';

/** The articles by their number (0 to 4), the order of ARTICLE_IDS, as the sections below are. */
export const ARTICLE_BY_NUMBER = {
  0: 'back-spasms-demystified',
  1: 'back-spasms-causes-treatment-prevention',
  2: 'does-stretching-help-back-spasms',
  3: 'relieve-intense-back-spasms',
  4: 'back-spasms-emergeortho',
} as const satisfies Record<number, ArticleId>;

export type ArticleNumber = keyof typeof ARTICLE_BY_NUMBER;

export function seed(n: ArticleNumber, section: string): Source {
  return { type: 'article', id: ARTICLE_BY_NUMBER[n], section };
}

/** The articles a guideline note departs from, by number. */
export function articles(...numbers: ArticleNumber[]): ArticleId[] {
  return numbers.map((n) => ARTICLE_BY_NUMBER[n]);
}

export function guideline(id: GuidelineId, section?: string): Source {
  return section === undefined ? { type: 'guideline', id } : { type: 'guideline', id, section };
}

/** Section headings of the seeds, spelled once so citations agree. */
export const S000 = {
  causes: '1. Back spasms: causes and treatments',
  prevent: '2. How to prevent back spasms',
  exercises: '3. The best exercises for treating back spasms',
  doctor: '4. When to see a doctor about back spasms',
} as const;

export const S001 = {
  intro: 'Introduction',
  understanding: 'Understanding Back Spasms',
  causes: 'Causes of Back Spasms',
  medications: 'Treatment Options: Medications',
  physio: 'Treatment Options: Physical Therapy',
  chiro: 'Treatment Options: Chiropractic Care',
  table: 'Treatment options and benefits (table)',
  keyPoints: 'Key Points',
  posture: 'Managing and Preventing: Maintaining Good Posture',
  exercise: 'Managing and Preventing: Exercising Regularly',
  lifting: 'Managing and Preventing: Lifting Properly',
  faq: 'Frequently asked questions',
} as const;

export const S002 = {
  description: 'Description',
  how: 'How to Stretch for Back Spasms',
  steps: 'Step-by-Step Guide',
  tips: 'Tips for Stretching',
  solution: 'Stretching as a Solution for Back Spasms',
  faqs: 'FAQs',
  prosCons: 'Pros and Cons of Stretching for Back Spasms',
} as const;

export const S003 = {
  intro: 'Introduction',
  rest: '1. Rest and Avoid Strain',
  heatCold: '2. Apply Heat or Cold Therapy',
  stretch: '3. Stretch and Strengthen Your Back Muscles',
  otc: '4. Over-the-Counter Pain Relievers',
  help: '5. Seek Professional Help',
  posture: '6. Maintain Good Posture',
  diet: '7. Stay Hydrated and Eat a Balanced Diet',
} as const;

export const S004 = {
  intro: 'Introduction',
  symptoms: 'Symptoms of Back Spasms',
  treating: 'Treating Back Spasms',
  doctor: 'When to Seek Medical Attention',
  prevent: 'How to Prevent Back Spasms',
} as const;
