/**
 * The walk through the check's questions as plain data: the answers given, in the order they were
 * asked, and which one is on screen. Going back shows an earlier answer; answering there replays
 * the engine from that point, keeping later answers only while the engine still asks for them, so
 * an answer that no longer applies never changes the result. A walk may start from answers the
 * person's own words gave ("What we understood"): those are never asked again and always count.
 * Pure, so it is tested without a page.
 */
import type { AnswerKey, Answers } from '../../core/triage/answers.js';
import { type EvaluateOptions, evaluate, type TriageResult } from '../../core/triage/engine.js';
import { atMostAfter, mayEndAfter } from '../../core/triage/progress.js';
import type { Question } from '../../core/triage/questions.js';

export type AnswerValue = Exclude<Answers[AnswerKey], undefined>;

export interface Step {
  key: AnswerKey;
  value: AnswerValue;
}

export interface FlowState {
  /**
   * Answers the person's own words gave, as they confirmed them: the engine starts from these, so
   * only the questions they leave open are asked, and the result always rests on them too.
   */
  given?: Answers;
  /** Answers in the order they were asked. */
  steps: readonly Step[];
  /** The step on screen: an earlier one after Back, or steps.length for what comes next. */
  position: number;
}

export const START: FlowState = { steps: [], position: 0 };

export type Screen =
  | {
      kind: 'question';
      question: Question;
      /** The answer already given to this question, when the person came back to it. */
      selected?: AnswerValue;
      /** The engine's result for the answers before this question. */
      result: TriageResult;
      /** The answers before this question, those given in words included (for progress). */
      answers: Answers;
      /** How many questions were asked before this one: the words' answers were not asked. */
      asked: number;
    }
  | { kind: 'result'; result: TriageResult; answers: Answers };

/** The answers of `steps`, on top of those `given` in words when there are any. */
export function answersOf(steps: readonly Step[], given?: Answers): Answers {
  const answers: Record<string, AnswerValue> = { ...given };
  for (const step of steps) answers[step.key] = step.value;
  return answers as Answers;
}

/** Every answer the state holds up to its position: the words' and the questions'. */
function answersBefore(state: FlowState, position = state.position): Answers {
  return answersOf(state.steps.slice(0, position), state.given);
}

/** What to show for a state: a question (new, or an earlier one with its answer) or the result. */
export function screenFor(state: FlowState, options: EvaluateOptions = {}): Screen {
  const answers = answersBefore(state);
  const result = evaluate(answers, options);
  const asked = state.position;
  const revisited = state.steps[state.position];
  if (revisited !== undefined) {
    // The engine asked this question at this point before, and the answers before it are
    // unchanged, so it still asks it now.
    const question = result.nextQuestion;
    if (question !== undefined && question.id === revisited.key) {
      return {
        kind: 'question',
        question,
        selected: revisited.value,
        result,
        answers,
        asked,
      };
    }
  }
  if (result.nextQuestion !== undefined) {
    return { kind: 'question', question: result.nextQuestion, result, answers, asked };
  }
  return { kind: 'result', result, answers };
}

/**
 * Appends the `later` answers to `steps` for as long as the engine asks for them next, in the
 * order it asks: the answers that still apply after an earlier one changed.
 */
function replay(
  given: Answers | undefined,
  steps: Step[],
  later: ReadonlyMap<AnswerKey, AnswerValue>,
): Step[] {
  for (;;) {
    const next = evaluate(answersOf(steps, given)).nextQuestion;
    const kept = next === undefined ? undefined : later.get(next.id);
    if (next === undefined || kept === undefined) return steps;
    steps.push({ key: next.id, value: kept });
  }
}

/**
 * A walk from the answers confirmed in words (or from none), at its first open question or the
 * result. Answers to questions from an `earlier` walk are kept while the engine still asks for
 * them, as `answer` keeps later answers: going back to the words and confirming them unchanged
 * returns to the same place, and changed words drop only the answers that no longer apply.
 */
export function startFrom(given: Answers | undefined, earlier: readonly Step[] = []): FlowState {
  const later = new Map<AnswerKey, AnswerValue>();
  for (const step of earlier) if (given?.[step.key] === undefined) later.set(step.key, step.value);
  const steps = replay(given, [], later);
  const position = steps.length;
  return given === undefined ? { steps, position } : { given, steps, position };
}

/**
 * Answers the question on screen. Earlier answers stay; later ones are replayed in the order the
 * engine now asks for them and dropped once it no longer asks for them, so the person lands on
 * the first question they have not answered (or the result).
 */
export function answer(state: FlowState, key: AnswerKey, value: AnswerValue): FlowState {
  const later = new Map<AnswerKey, AnswerValue>();
  for (const step of state.steps.slice(state.position + 1)) later.set(step.key, step.value);
  const steps = replay(
    state.given,
    [...state.steps.slice(0, state.position), { key, value }],
    later,
  );
  return { ...state, steps, position: steps.length };
}

/**
 * One question back; at the first question there is nowhere further back to go in the walk (the
 * page goes back to the words, or to what it understood from them).
 */
export function back(state: FlowState): FlowState {
  return state.position === 0 ? state : { ...state, position: state.position - 1 };
}

/**
 * "Question 3" (counting only the questions asked, not the answers the words gave), at most how
 * many can follow it whatever the answers (a bound that falls with every
 * answer and is 0 only when the result comes next whatever the answer), and whether some answer to
 * it ends the check, so the words never promise another question that does not come.
 */
export function progressOf(screen: Extract<Screen, { kind: 'question' }>): {
  number: number;
  atMostAfter: number;
  mayEnd: boolean;
  fraction: number;
} {
  const { asked } = screen;
  const after = atMostAfter(screen.answers, screen.question);
  return {
    number: asked + 1,
    atMostAfter: after,
    mayEnd: mayEndAfter(screen.answers, screen.question),
    fraction: asked / (asked + 1 + after),
  };
}

/** What the progress line says after "Question N". */
export function progressWords({
  atMostAfter,
  mayEnd,
}: Pick<ReturnType<typeof progressOf>, 'atMostAfter' | 'mayEnd'>): string {
  if (atMostAfter === 0) return 'the last one';
  if (mayEnd)
    return atMostAfter === 1
      ? 'perhaps the last one'
      : `perhaps the last one, at most ${atMostAfter} more`;
  return atMostAfter === 1 ? 'one more to go' : `at most ${atMostAfter} more, often fewer`;
}
