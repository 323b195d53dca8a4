/**
 * Each finding in a few plain words, for the list "What we understood" and for "You said none of
 * these": short enough to scan while in pain, and close to the question it stands for, so a
 * person who changes one knows what they are changing.
 */
import type { AnswerKey } from '../answers.js';
import type { AnswerValue } from './reading.js';
import { lookup } from './tokens.js';

export const FINDING_LABELS: Record<AnswerKey, string> = {
  ageYears: 'Your age',
  pregnant: 'Pregnant',
  durationDays: 'How long you have had this pain',
  painNow0to10: 'How bad the pain is now',
  trend: 'Whether it is getting better or worse',
  canWalk: 'You can walk a few steps',
  fever: 'A fever, or feeling hot and shivery',
  newBladderOrBowelProblem: 'A change with your bladder, bowels or sex life',
  saddleNumbness: 'Numbness between your legs or around your bottom',
  ivDrugUseOrImmunosuppressed: 'Injecting drugs, or a weakened immune system',
  nightPainUnrelievedByRest: 'Pain at night that no position eases',
  selfCareTriedDays: 'Days of looking after it yourself',
  legNumbnessOrTingling: 'Tingling, pins and needles or numbness in a leg',
  painBelowKnee: 'Pain spreading below the knee',
  onsetAfterTrauma: 'An accident, a fall or a blow',
  osteoporosisOrLongTermSteroids: 'Thin bones, or steroid tablets for three months or more',
  legWeakness: 'A weak leg or foot',
  historyOfCancer: 'Cancer, now or in the past',
  priorEpisodes: 'Times you had pain like this in the last 12 months',
  unexplainedWeightLoss: 'Losing weight without trying',
  bilateralLegSymptoms: 'Pain, tingling, numbness or weakness in both legs',
  chestOrAbdominalPain: 'Pain in your chest or tummy',
  pulsatingAbdomen: 'A throbbing in your tummy, like a heartbeat',
  chestPain: 'Pain, pressure or tightness in your chest',
  abdominalPain: 'Pain in your tummy',
  feelingFaint: 'Feeling faint or light-headed',
  painWorseOnCoughOrStrain: 'Pain worse when you cough, sneeze or strain',
  painBetweenShoulderBlades: 'Pain between your shoulder blades',
  backLumpOrShapeChange: 'A lump, or a change in the shape of your back',
};

const CHOICE_WORDS: Record<string, string> = {
  better: 'Getting better',
  same: 'About the same',
  worse: 'Getting worse',
  none: 'No',
  stable: 'Yes, not getting worse',
  progressive: 'Yes, getting worse',
  minor: 'A small one',
  major: 'A serious one',
  unsure: 'Not sure',
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A finding's value in words: "Yes", "8 out of 10", "About 3 weeks", "Getting worse". A lower
 * bound (`ask`) says only what the words said: "Yes" for a weak leg, not "not getting worse".
 */
export function valueWords(key: AnswerKey, value: AnswerValue, ask = false): string {
  if (ask && (key === 'legWeakness' || key === 'onsetAfterTrauma') && value !== 'none')
    return 'Yes';
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (typeof value === 'number') {
    switch (key) {
      case 'ageYears':
        return plural(value, 'year', 'years');
      case 'painNow0to10':
        return `${value} out of 10`;
      case 'priorEpisodes':
        return plural(value, 'time', 'times');
      default:
        return daysWords(value);
    }
  }
  return lookup(CHOICE_WORDS, value) ?? value;
}

/** A number of days as a person would say it: "Today", "2 days", "About 3 weeks", "About 2 years". */
export function daysWords(days: number): string {
  if (days === 0) return 'Since today';
  if (days < 14) return plural(days, 'day', 'days');
  if (days < 60 && days % 7 === 0) return plural(days / 7, 'week', 'weeks');
  if (days < 60) return `About ${plural(Math.round(days / 7), 'week', 'weeks')}`;
  if (days < 365) return `About ${plural(Math.round(days / 30), 'month', 'months')}`;
  return `About ${plural(Math.round(days / 365), 'year', 'years')}`;
}
