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

export const GUIDELINES: Record<
  GuidelineId,
  { title: string; publisher: string; year: number; url: string }
> = {
  'nice-ng59': {
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    publisher: 'NICE',
    year: 2016,
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
};

/** A short human label for a source, as shown under every piece of advice. */
export function sourceLabel(source: Source): string {
  if (source.type === 'seed') {
    return `“${SEED_TITLES[source.file]}” (${source.file}), ${source.section}`;
  }
  const g = GUIDELINES[source.id];
  const where = source.section === undefined ? '' : `, ${source.section}`;
  return `${g.publisher}: ${g.title} (${g.year})${where}`;
}
