import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../core/triage/answers.js';
import { evaluate } from '../../core/triage/engine.js';
import { distinctAnswers } from '../../core/triage/progress.js';
import type { Question } from '../../core/triage/questions.js';
import {
  type AnswerValue,
  answer,
  answersOf,
  back,
  type FlowState,
  progressOf,
  progressWords,
  START,
  screenFor,
  startFrom,
} from './flow.js';

/** A calm answer to any question: no red flags, short and improving pain. */
function calm(question: Question): AnswerValue {
  switch (question.input.kind) {
    case 'yes_no_unsure':
      return question.id === 'canWalk';
    case 'choice':
      return question.id === 'trend' ? 'better' : 'none';
    case 'number':
      return question.id === 'ageYears' ? 35 : question.id === 'durationDays' ? 2 : 0;
  }
}

/** Answers every question the flow asks with `pick`, up to the result. */
function walk(pick: (q: Question) => AnswerValue, from: FlowState = START): FlowState {
  let state = from;
  for (let i = 0; i < 50; i++) {
    const screen = screenFor(state);
    if (screen.kind === 'result') return state;
    state = answer(state, screen.question.id, pick(screen.question));
  }
  throw new Error('the flow did not end');
}

describe('the walk through the check', () => {
  it('starts with the first emergency question', () => {
    const screen = screenFor(START);
    expect(screen.kind).toBe('question');
    if (screen.kind === 'question') expect(screen.question.group).toBe('emergency');
  });

  it('ends at once with the emergency result on a yes to the first question', () => {
    const state = answer(START, 'saddleNumbness', true);
    const screen = screenFor(state);
    expect(screen.kind).toBe('result');
    if (screen.kind === 'result') expect(screen.result.disposition).toBe('emergency');
  });

  it('shows the engine result for the answers given', () => {
    const state = walk(calm);
    const screen = screenFor(state, { region: 'UK' });
    expect(screen.kind).toBe('result');
    if (screen.kind === 'result') {
      expect(screen.result).toEqual(evaluate(answersOf(state.steps), { region: 'UK' }));
      expect(screen.result.disposition).toBe('self_care');
    }
  });

  it('goes back to the previous question with its answer selected', () => {
    const state = walk(calm);
    const last = state.steps.at(-1);
    const screen = screenFor(back(state));
    expect(screen.kind).toBe('question');
    if (screen.kind === 'question') {
      expect(screen.question.id).toBe(last?.key);
      expect(screen.selected).toBe(last?.value);
    }
  });

  it('stays on the first question when there is nothing to go back to', () => {
    expect(back(START)).toBe(START);
  });

  it('returns to the same place when an earlier answer is given again unchanged', () => {
    const state = walk(calm);
    let earlier = state;
    for (let i = 0; i < 5; i++) earlier = back(earlier);
    const step = earlier.steps[earlier.position];
    if (step === undefined) throw new Error('no step');
    expect(answer(earlier, step.key, step.value)).toEqual(state);
  });

  it('drops later answers that no longer apply when an earlier answer changes', () => {
    const state = walk(calm);
    let atFever = state;
    while (atFever.steps[atFever.position]?.key !== 'fever') atFever = back(atFever);
    const changed = answer(atFever, 'fever', true);
    const screen = screenFor(changed);
    // A fever settles "today", so the later questions about how long and how bad are not asked.
    const keys = changed.steps.map((s) => s.key);
    expect(keys).not.toContain('durationDays');
    expect(keys).not.toContain('painNow0to10');
    if (screen.kind === 'question') {
      const done = walk(calm, changed);
      expect(screenFor(done).kind).toBe('result');
      const result = screenFor(done);
      if (result.kind === 'result') expect(result.result.disposition).toBe('urgent');
    } else {
      expect(screen.result.disposition).toBe('urgent');
    }
  });

  it('counts questions from one, with no progress made before the first answer', () => {
    const first = screenFor(START);
    if (first.kind !== 'question') throw new Error('no question');
    const progress = progressOf(first);
    expect(progress.number).toBe(1);
    expect(progress.atMostAfter).toBeGreaterThan(10);
    expect(progress.fraction).toBe(0);
  });

  it('never shows the same "at most" twice in a row, and says "the last one" only before the result', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 60, maxLength: 60 }), (choices) => {
        let state = START;
        let before: number | undefined;
        for (const choice of choices) {
          const screen = screenFor(state);
          if (screen.kind === 'result') {
            // The result came straight after a question that said so, or one where another answer led on.
            return;
          }
          const { atMostAfter, number } = progressOf(screen);
          expect(number).toBe(state.position + 1);
          if (before !== undefined) expect(atMostAfter).toBeLessThan(before);
          const options = distinctAnswers(screen.question);
          const value = options[choice % options.length] as AnswerValue;
          const next = answer(state, screen.question.id, value);
          // "The last one" means every answer to it ends the check.
          if (atMostAfter === 0) {
            for (const other of options) {
              expect(screenFor(answer(state, screen.question.id, other as AnswerValue)).kind).toBe(
                'result',
              );
            }
          }
          before = atMostAfter;
          state = next;
        }
        throw new Error('the check did not end within 60 answers');
      }),
      { numRuns: 150 },
    );
  });

  it('never promises one more question when the result comes next', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 60, maxLength: 60 }), (choices) => {
        let state = START;
        for (const choice of choices) {
          const screen = screenFor(state);
          if (screen.kind === 'result') return;
          const words = progressWords(progressOf(screen));
          const options = distinctAnswers(screen.question);
          const value = options[choice % options.length] as AnswerValue;
          state = answer(state, screen.question.id, value);
          if (screenFor(state).kind === 'result') {
            expect(words).toMatch(/^(the last one|perhaps the last one)/);
          } else {
            expect(words).not.toBe('the last one');
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('words the count for each case', () => {
    expect(progressWords({ atMostAfter: 0, mayEnd: true })).toBe('the last one');
    expect(progressWords({ atMostAfter: 1, mayEnd: true })).toBe('perhaps the last one');
    expect(progressWords({ atMostAfter: 4, mayEnd: true })).toBe(
      'perhaps the last one, at most 4 more',
    );
    expect(progressWords({ atMostAfter: 1, mayEnd: false })).toBe('one more to go');
    expect(progressWords({ atMostAfter: 12, mayEnd: false })).toBe('at most 12 more, often fewer');
  });
});

describe('a walk from answers given in words', () => {
  /** What "I'm 34. No numbness, the toilet's fine, since yesterday" gives. */
  const given: Answers = {
    saddleNumbness: false,
    newBladderOrBowelProblem: false,
    durationDays: 1,
    ageYears: 34,
  };

  it('asks only the questions the words left open, counting from question 1', () => {
    const state = startFrom(given);
    const screen = screenFor(state);
    if (screen.kind !== 'question') throw new Error('no question');
    expect(Object.keys(given)).not.toContain(screen.question.id);
    expect(screen.answers).toEqual(given);
    expect(progressOf(screen).number).toBe(1);
    expect(progressOf(screen).fraction).toBe(0);
    const done = walk(calm, state);
    for (const step of done.steps) expect(Object.keys(given)).not.toContain(step.key);
  });

  it('has nowhere further back to go in the walk at its first question', () => {
    const state = startFrom(given);
    expect(back(state)).toBe(state);
  });

  it('goes straight to the result when the words already settle the check', () => {
    const state = startFrom({ saddleNumbness: true });
    expect(state.steps).toEqual([]);
    const screen = screenFor(state);
    expect(screen.kind).toBe('result');
    if (screen.kind === 'result') expect(screen.result.disposition).toBe('emergency');
  });

  it('shows the engine result for the given answers and the answered ones together', () => {
    const state = walk(calm, startFrom(given));
    const screen = screenFor(state, { region: 'UK' });
    if (screen.kind !== 'result') throw new Error('no result');
    const all = { ...given, ...answersOf(state.steps) };
    expect(screen.answers).toEqual(all);
    expect(answersOf(state.steps, given)).toEqual(all);
    expect(screen.result).toEqual(evaluate(all, { region: 'UK' }));
  });

  it('never drops a given answer, whatever is answered, changed or gone back over', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 1, maxLength: 60 }),
        (moves) => {
          let state = startFrom(given);
          for (const [goBack, choice] of moves) {
            const screen = screenFor(state);
            if (goBack) {
              state = back(state);
            } else if (screen.kind === 'question') {
              const options = distinctAnswers(screen.question);
              state = answer(
                state,
                screen.question.id,
                options[choice % options.length] as AnswerValue,
              );
            }
            expect(state.given).toEqual(given);
            const now = screenFor(state);
            expect(now.answers).toMatchObject(given);
            if (now.kind === 'result') {
              expect(now.result).toEqual(evaluate(answersOf(state.steps, given)));
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps the answers to questions asked before while the check still asks them', () => {
    const before = walk(calm, startFrom(given));
    // The same words confirmed again: every answer still applies, and the result is back.
    const again = startFrom(given, before.steps);
    expect(again).toEqual(before);
    expect(screenFor(again).kind).toBe('result');
    // From part of the way, the first question not yet answered.
    const partWay = startFrom(given, before.steps.slice(0, 2));
    expect(partWay.position).toBe(2);
    expect(screenFor(partWay)).toMatchObject({ kind: 'question', asked: 2 });
    // A fever now in the words: the questions it makes pointless are dropped.
    const feverish = startFrom({ ...given, fever: true }, before.steps);
    for (const step of feverish.steps) expect(step.key).not.toBe('fever');
    expect(feverish.steps.length).toBeLessThan(before.steps.length);
  });
});
