/**
 * The triage use case on the server: the engine in core/triage does all the work, so the API
 * gives exactly the result the browser and the CLI give for the same answers, and reads a
 * description exactly as the browser does. Nothing is stored and nothing is logged: the answers
 * and the words are health details, and the person keeps their history on their own device.
 */
import {
  type Answers,
  evaluate,
  QUESTIONS,
  type Question,
  type Region,
  type TriageResult,
} from '../../core/triage/index.js';
import { givenOf, type TextCheckRequest } from '../../core/triage/text/api.schema.js';
import { readDescription, type TextCheck, textCheckOf } from '../../core/triage/text/index.js';

export interface TriageService {
  evaluate(answers: Answers, region: Region | undefined): TriageResult;
  questions(): readonly Question[];
  /** A description in the person's words → what the check understood from it. */
  readText(request: TextCheckRequest): TextCheck;
}

/** `now` is the clock for "since Monday" when a client sends no date of its own. */
export function createTriageService(now: () => Date = () => new Date()): TriageService {
  return {
    evaluate: (answers, region) => evaluate(answers, region === undefined ? {} : { region }),
    questions: () => QUESTIONS,
    readText: (request) =>
      textCheckOf(
        readDescription(request.text, givenOf(request, now().toISOString().slice(0, 10))),
      ),
  };
}
