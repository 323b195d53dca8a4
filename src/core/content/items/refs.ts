/**
 * Short ways for item files to cite their sources: a seed article by number and section, or a
 * public guideline by id. Plain objects only, so item files stay free of a validator.
 */
import type { GuidelineId, Source } from '../schema.js';

/** The seed articles by their number (000 to 004). */
const SEED_BY_NUMBER = {
  0: '000_9e00d2b1062f7c48.txt',
  1: '001_9f872eb2b6f7ffa9.txt',
  2: '002_4c75f912d5496cce.txt',
  3: '003_677512cb7dc9e169.txt',
  4: '004_ab0e98096e72e1bc.txt',
} as const;

export function seed(n: keyof typeof SEED_BY_NUMBER, section: string): Source {
  return { type: 'seed', file: SEED_BY_NUMBER[n], section };
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
