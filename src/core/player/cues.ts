/**
 * What the player should say and sound between two states, for the UI to play through speech
 * synthesis and Web Audio. Deciding it here keeps the browser code to "play this list", and lets
 * the tests hear a whole session without a browser.
 *
 * A chime marks the start and the end of every hold; words announce each phase; a tick marks each
 * of the last three seconds of a get-ready, hold or rest. When the clock jumps across several
 * phases at once (a late tick from a background tab), only the phase it lands in is announced,
 * with the chime and release words of the hold just before it if that hold ran out on the way:
 * a backlog of stale instructions would be worse than none.
 */
import {
  currentStep,
  isActive,
  isFinished,
  type PlayerState,
  remainingSecondsAtClock,
} from './machine.js';
import { DONE_WORDS, ENDED_WORDS, PAIN_STOP_WORDS, phaseWords, releaseWords } from './words.js';

export type Cue =
  | { readonly kind: 'speak'; readonly text: string }
  | { readonly kind: 'chime' }
  /** `text` is the second counted ("3", "2", "1"), for a UI that speaks the countdown. */
  | { readonly kind: 'tick'; readonly text: string };

/** Seconds counted out with a tick at the end of a phase. */
const COUNTDOWN_FROM = 3;

export function cues(prev: PlayerState, next: PlayerState): Cue[] {
  if (prev === next || isFinished(prev)) return [];
  const out: Cue[] = [];
  const speak = (text: string) => {
    if (text !== '') out.push({ kind: 'speak', text });
  };
  const chime = () => {
    if (!out.some((c) => c.kind === 'chime')) out.push({ kind: 'chime' });
  };

  if (next.status === 'stopped') {
    speak(next.stoppedForPain ? PAIN_STOP_WORDS : ENDED_WORDS);
    return out;
  }

  const lastIndex = next.timeline.steps.length - 1;
  const hold = next.lastCompletedHold;
  const holdJustEnded =
    next.holdsCompleted > prev.holdsCompleted &&
    hold !== null &&
    (next.status === 'done' ? hold === lastIndex : hold === next.stepIndex - 1);
  if (holdJustEnded) {
    chime();
    const exercise = next.session.exercises[next.timeline.steps[hold]?.exerciseIndex ?? -1];
    if (exercise !== undefined) speak(releaseWords(exercise));
  }

  if (next.status === 'done') {
    chime();
    speak(DONE_WORDS);
    return out;
  }
  if (!isActive(next)) return out;

  const step = currentStep(next);
  if (next.entry !== prev.entry) {
    if (step.kind === 'hold') chime();
    const prevStep = isActive(prev) ? currentStep(prev) : undefined;
    // The next-exercise pause has just given the position cue; get-ready need not repeat it.
    const afterItsPause =
      step.kind === 'get-ready' &&
      prevStep?.kind === 'next-exercise' &&
      prevStep.exerciseIndex === step.exerciseIndex &&
      next.entry === prev.entry + 1;
    speak(phaseWords(next.session, step, !afterItsPause));
    return out;
  }

  if (next.status === 'running' && step.kind !== 'next-exercise') {
    const before = remainingSecondsAtClock(prev);
    const after = remainingSecondsAtClock(next);
    if (after < before && after >= 1 && after <= COUNTDOWN_FROM) {
      out.push({ kind: 'tick', text: String(after) });
    }
  }
  return out;
}
