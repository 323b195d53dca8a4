/**
 * The triage use case on the server: the engine in core/triage does all the work, so the API
 * gives exactly the result the browser and the CLI give for the same answers. Nothing is stored:
 * the answers are health details and the person keeps their history on their own device.
 */
import {
  type Answers,
  evaluate,
  QUESTIONS,
  type Question,
  type Region,
  type TriageResult,
} from '../../core/triage/index.js';

export interface TriageService {
  evaluate(answers: Answers, region: Region | undefined): TriageResult;
  questions(): readonly Question[];
}

export function createTriageService(): TriageService {
  return {
    evaluate: (answers, region) => evaluate(answers, region === undefined ? {} : { region }),
    questions: () => QUESTIONS,
  };
}
