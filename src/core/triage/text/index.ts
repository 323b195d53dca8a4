/**
 * The check in a person's own words: `readDescription` turns a description into the check's
 * findings with the words behind each; `outcomeOf` gives the result those findings alone give and
 * the questions still open; `answersFromReading` hands them to the same engine as tapped answers.
 */
export { MAX_TEXT_LENGTH, readDescription } from './extract.js';
export {
  outcomeOf,
  type QuotedSpan,
  type ReadingOutcome,
  type TextCheck,
  textCheckOf,
} from './outcome.js';
export {
  type AnswerValue,
  answersFromReading,
  type Certainty,
  type Finding,
  type GivenDetails,
  type Reading,
  type Span,
} from './reading.js';
export { daysWords, FINDING_LABELS, valueWords } from './words.js';
