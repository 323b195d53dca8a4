import { describe, expect, it } from 'vitest';
import type { AnswerKey, Answers } from './answers.js';
import { evaluate } from './engine.js';
import { CHECK_QUESTIONS_WITHOUT_SIGNS } from './length.js';
import type { Question } from './questions.js';

/** An answer that raises no warning sign: the longest ordinary walk through the check. */
function calm(question: Question): unknown {
  switch (question.input.kind) {
    case 'yes_no_unsure':
      return question.id === 'canWalk';
    case 'choice':
      return question.id === 'trend' ? 'better' : question.input.options[0]?.value;
    case 'number':
      return question.id === 'ageYears' ? 35 : question.id === 'durationDays' ? 2 : 0;
  }
}

describe('the length the check announces', () => {
  it('is the number of questions a check with no warning signs asks', () => {
    const answers: Partial<Record<AnswerKey, unknown>> = {};
    let asked = 0;
    for (;;) {
      const next = evaluate(answers as Answers).nextQuestion;
      if (next === undefined) break;
      answers[next.id] = calm(next);
      asked += 1;
    }
    expect(evaluate(answers as Answers).disposition).toBe('self_care');
    expect(asked).toBe(CHECK_QUESTIONS_WITHOUT_SIGNS);
  });
});
