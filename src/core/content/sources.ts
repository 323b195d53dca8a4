/**
 * The works Unknot's advice rests on: the five seed articles and the public clinical guidelines.
 * Content items cite these by id; pages show the title so a person can look the source up.
 */

import type { ArticleId, GuidelineId, Source } from './schema.js';

/** What a person needs to find an article again: what the article itself says of its origin. */
export interface Article {
  title: string;
  /** The site or organisation that published it, where the article names one. */
  site?: string;
  author?: string;
  /** ISO date of publication, where the article gives one. */
  published?: string;
}

export const ARTICLES: Record<ArticleId, Article> = {
  'back-spasms-demystified': { title: 'Back Spasms Demystified: What You Need to Know' },
  'back-spasms-causes-treatment-prevention': {
    title: 'Back spasms: causes, treatment options and prevention',
  },
  'does-stretching-help-back-spasms': {
    title: 'Does Stretching Help Back Spasms',
    site: 'Workout Planner',
    author: 'Bowie',
    published: '2023-05-17',
  },
  'relieve-intense-back-spasms': {
    title: 'Effective Strategies to Alleviate Intense Back Spasms: A Comprehensive Guide',
  },
  'back-spasms-emergeortho': {
    title: 'Back Spasms: Are you suffering from them?',
    site: 'EmergeOrtho',
  },
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2023-05-17" → "17 May 2023". */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/**
 * An article as a person can look it up: “Title” with its author, site and date where the article
 * gives them ("“Does Stretching Help Back Spasms” by Bowie, Workout Planner, 17 May 2023").
 */
export function articleLabel(id: ArticleId): string {
  const { title, site, author, published } = ARTICLES[id];
  const by = author === undefined ? '' : ` by ${author}`;
  const origin = [site, published === undefined ? undefined : longDate(published)].filter(
    (part) => part !== undefined,
  );
  return `“${title}”${by}${origin.length === 0 ? '' : `, ${origin.join(', ')}`}`;
}

/** "the article “X”" or "the articles “X” and “Y”", for where current guidance departs from them. */
export function articlesLabel(ids: readonly ArticleId[]): string {
  const labels = ids.map(articleLabel);
  if (labels.length <= 1) return `the article ${labels[0] ?? ''}`;
  return `the articles ${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

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
  if (source.type === 'article') {
    return `Article: ${articleLabel(source.id)}, section “${source.section}”`;
  }
  const g = GUIDELINES[source.id];
  const where = source.section === undefined ? '' : `, ${source.section}`;
  return `${g.publisher}: ${g.title} (${guidelineDate(g)})${where}`;
}
