/**
 * How far through the check a person is, told honestly: after the question on screen, at most how
 * many more can follow. The bound looks one answer ahead (every answer the question allows) and
 * counts every question that could still be asked after it, follow-ups included, so it falls by at
 * least one with each answer and reads "the last one" whenever no answer could lead to another.
 */
import type { AnswerKey, Answers } from './answers.js';
import { evaluate } from './engine.js';
import { possibleQuestions, type Question } from './questions.js';
import { RULES } from './rules.js';

/** The numbers rules compare an answer with ("ageYears >= 50" → 50), by key. */
const THRESHOLDS: ReadonlyMap<string, readonly number[]> = (() => {
  const found = new Map<string, number[]>();
  for (const rule of RULES) {
    for (const condition of rule.when) {
      const match = /^(\w+) (?:>=|>|<) (\d+)$/.exec(condition.text);
      if (match?.[1] === undefined || match[2] === undefined) continue;
      const list = found.get(match[1]) ?? [];
      list.push(Number(match[2]));
      found.set(match[1], list);
    }
  }
  return found;
})();

/** One answer of each kind the rules tell apart: every choice, or numbers either side of each threshold. */
export function distinctAnswers(question: Question): readonly unknown[] {
  const { input } = question;
  switch (input.kind) {
    case 'yes_no_unsure':
      return [true, false, 'unsure'];
    case 'choice':
      return input.options.map((o) => o.value);
    case 'number': {
      const values = new Set([input.min, input.max]);
      for (const n of THRESHOLDS.get(question.id) ?? []) {
        for (const v of [n - 1, n, n + 1]) if (v >= input.min && v <= input.max) values.add(v);
      }
      return [...values];
    }
  }
}

/** How many questions could still be asked once these answers are given (none after an emergency). */
function stillPossible(answers: Answers): number {
  return evaluate(answers).disposition === 'emergency' ? 0 : possibleQuestions(answers).length;
}

/** At most how many questions can follow `question`, whatever the person answers to it and after. */
export function atMostAfter(answers: Answers, question: Question): number {
  let most = 0;
  for (const value of distinctAnswers(question)) {
    const next = { ...answers, [question.id as AnswerKey]: value } as Answers;
    most = Math.max(most, stillPossible(next));
  }
  return most;
}

/** Whether some answer to `question` ends the check, so the count says "perhaps the last one". */
export function mayEndAfter(answers: Answers, question: Question): boolean {
  return distinctAnswers(question).some(
    (value) => evaluate({ ...answers, [question.id]: value } as Answers).nextQuestion === undefined,
  );
}
