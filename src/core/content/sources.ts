/**
 * The works Unknot's advice rests on: the five seed articles and the public clinical guidelines.
 * Content items cite these by id; pages show the title so a person can look the source up.
 */

import type { SEED_FILES } from './constants.js';
import type { GuidelineId, Source } from './schema.js';

type SeedFile = (typeof SEED_FILES)[number];

export const SEED_TITLES: Record<SeedFile, string> = {
  '000_9e00d2b1062f7c48.txt': 'Back Spasms Demystified: What You Need to Know',
  '001_9f872eb2b6f7ffa9.txt': 'Back spasms: causes, treatment options and prevention',
  '002_4c75f912d5496cce.txt': 'Does Stretching Help Back Spasms (workout planner)',
  '003_677512cb7dc9e169.txt': 'Effective Strategies to Alleviate Intense Back Spasms',
  '004_ab0e98096e72e1bc.txt': 'Back Spasms: Are you suffering from them? (EmergeOrtho)',
};

export interface Guideline {
  title: string;
  publisher: string;
  year: number;
  /** The year of the latest update, when it has been updated since it was published. */
  updated?: number;
  url: string;
}

export const GUIDELINES: Record<GuidelineId, Guideline> = {
  'nice-ng59': {
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    publisher: 'NICE',
    year: 2016,
    updated: 2020,
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  'nice-cks-low-back-pain': {
    title: 'Back pain – low (without radiculopathy): Clinical Knowledge Summary',
    publisher: 'NICE CKS',
    year: 2024,
    url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
  },
  'nice-cks-sciatica': {
    title: 'Sciatica (lumbar radiculopathy): Clinical Knowledge Summary',
    publisher: 'NICE CKS',
    year: 2024,
    url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/',
  },
  'acp-2017': {
    title:
      'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline (Qaseem et al., Ann Intern Med 2017;166:514–530)',
    publisher: 'American College of Physicians',
    year: 2017,
    url: 'https://www.acpjournals.org/doi/10.7326/M16-2367',
  },
  'nhs-back-pain': {
    title: 'Back pain',
    publisher: 'NHS',
    year: 2023,
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  'nhs-sciatica': {
    title: 'Sciatica',
    publisher: 'NHS',
    year: 2023,
    url: 'https://www.nhs.uk/conditions/sciatica/',
  },
  'nhs-cauda-equina': {
    title: 'Cauda equina syndrome',
    publisher: 'NHS',
    year: 2023,
    url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
  },
  'nhs-safe-lifting': {
    title: 'Safe lifting tips',
    publisher: 'NHS',
    year: 2023,
    url: 'https://www.nhs.uk/live-well/exercise/strength-and-flexibility-exercises/safe-lifting-tips/',
  },
  'nhs-vitamins-minerals': {
    title: 'Vitamins and minerals: calcium; others (potassium)',
    publisher: 'NHS',
    year: 2023,
    url: 'https://www.nhs.uk/conditions/vitamins-and-minerals/',
  },
  'nice-cg75': {
    title:
      'Metastatic spinal cord compression in adults (CG75; replaced by NG234 in 2023): difficulty in walking in a person with cancer is an oncological emergency',
    publisher: 'NICE',
    year: 2008,
    url: 'https://www.nice.org.uk/guidance/cg75',
  },
  'nice-ng234': {
    title: 'Spinal metastases and metastatic spinal cord compression (NG234)',
    publisher: 'NICE',
    year: 2023,
    url: 'https://www.nice.org.uk/guidance/ng234',
  },
  'nice-ng156': {
    title: 'Abdominal aortic aneurysm: diagnosis and management (NG156)',
    publisher: 'NICE',
    year: 2020,
    url: 'https://www.nice.org.uk/guidance/ng156',
  },
  'nhs-ibuprofen': {
    title: 'Ibuprofen for adults',
    publisher: 'NHS',
    year: 2023,
    url: 'https://www.nhs.uk/medicines/ibuprofen-for-adults/',
  },
  'nhs-naproxen': {
    title: 'Naproxen',
    publisher: 'NHS',
    year: 2023,
    url: 'https://www.nhs.uk/medicines/naproxen/',
  },
  'nhs-paracetamol': {
    title: 'Paracetamol for adults (pregnancy and breastfeeding)',
    publisher: 'NHS',
    year: 2023,
    url: 'https://www.nhs.uk/medicines/paracetamol-for-adults/',
  },
  'nhs-diazepam': {
    title: 'Diazepam',
    publisher: 'NHS',
    year: 2023,
    url: 'https://www.nhs.uk/medicines/diazepam/',
  },
  'nhs-exercise-in-pregnancy': {
    title: 'Exercise in pregnancy',
    publisher: 'NHS',
    year: 2023,
    url: 'https://www.nhs.uk/pregnancy/keeping-well/exercise/',
  },
  'girft-cauda-equina': {
    title: 'National suspected cauda equina syndrome pathway, with its patient warning card',
    publisher: 'NHS England, Getting It Right First Time (GIRFT)',
    year: 2023,
    url: 'https://gettingitrightfirsttime.co.uk/pathway-supports-clinicians-to-diagnose-and-treat-cauda-equina-syndrome-without-delay/',
  },
  'steffens-2016': {
    title:
      'Prevention of low back pain: a systematic review and meta-analysis (Steffens et al., JAMA Intern Med 2016;176:199–208): exercise prevents episodes; back belts and shoe insoles do not',
    publisher: 'JAMA Internal Medicine',
    year: 2016,
    url: 'https://jamanetwork.com/journals/jamainternalmedicine/fullarticle/2481158',
  },
  'schwellnus-2011': {
    title:
      'Increased running speed and previous cramps rather than dehydration or serum sodium changes predict exercise-associated muscle cramping (Schwellnus et al., Br J Sports Med 2011;45:650–656)',
    publisher: 'British Journal of Sports Medicine',
    year: 2011,
    url: 'https://bjsm.bmj.com/content/45/8/650',
  },
};

/** "2016, updated 2020", or just the year. */
export function guidelineDate(g: Guideline): string {
  return g.updated === undefined ? String(g.year) : `${g.year}, updated ${g.updated}`;
}

/** A short human label for a source, as shown under every piece of advice. */
export function sourceLabel(source: Source): string {
  if (source.type === 'seed') {
    return `“${SEED_TITLES[source.file]}” (${source.file}), ${source.section}`;
  }
  const g = GUIDELINES[source.id];
  const where = source.section === undefined ? '' : `, ${source.section}`;
  return `${g.publisher}: ${g.title} (${guidelineDate(g)})${where}`;
}
