/**
 * The four results the check can give, from least to most urgent, with the plain words every
 * adapter shows for them. The order is what makes "the most urgent level any rule calls for" a
 * simple maximum.
 */

/** Least urgent first, so a disposition's index is its urgency rank. */
export const DISPOSITIONS = ['self_care', 'soon', 'urgent', 'emergency'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export interface DispositionInfo {
  /** What to do, in a few words: the heading of the result. */
  title: string;
  /** One or two sentences on what this result means for the person. */
  meaning: string;
}

export const DISPOSITION_INFO: Record<Disposition, DispositionInfo> = {
  emergency: {
    title: 'Get emergency help now',
    meaning:
      'Some of your answers are signs that need a doctor straight away. Call the emergency number or go to an emergency department now.',
  },
  urgent: {
    title: 'See a doctor today',
    meaning:
      'Some of your answers are signs that a doctor should check today, within 24 hours. It is not a reason to call an ambulance unless things change.',
  },
  soon: {
    title: 'Book a doctor or physiotherapist in the next few days',
    meaning:
      'Nothing you told us needs care today, but a doctor or physiotherapist should look at your back within the next few days. Keep looking after it at home until then.',
  },
  self_care: {
    title: 'Look after it at home',
    meaning:
      'Nothing you told us is a sign that needs a doctor. Most back spasms ease by themselves with gentle movement and simple self-care. Check again if anything changes.',
  },
};

export function isDisposition(value: unknown): value is Disposition {
  return typeof value === 'string' && (DISPOSITIONS as readonly string[]).includes(value);
}

/** Urgency rank: 0 for self_care up to 3 for emergency. */
export function dispositionRank(d: Disposition): number {
  return DISPOSITIONS.indexOf(d);
}

/** Negative when `a` is less urgent than `b`, zero when equal, positive when more urgent. */
export function compareDispositions(a: Disposition, b: Disposition): number {
  return dispositionRank(a) - dispositionRank(b);
}

/** The most urgent of the given dispositions; self_care when there are none. */
export function mostUrgent(...ds: readonly Disposition[]): Disposition {
  let best: Disposition = 'self_care';
  for (const d of ds) if (compareDispositions(d, best) > 0) best = d;
  return best;
}
