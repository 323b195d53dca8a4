/**
 * The words the player speaks and shows for each phase. Kept apart from the state machine so the
 * wording can change (or be translated) without touching the timing, and so the view and the cues
 * always say the same thing. The exercise's own cues follow our words.
 */
import type { Session, SessionExercise } from './session.js';
import type { Step } from './timeline.js';

export const DONE_WORDS = 'Well done. That is the end of the session.';
export const ENDED_WORDS = 'Session ended.';
export const PAIN_STOP_WORDS =
  'Stopped. Come out of the position slowly and rest in whatever way is comfortable.';

function seconds(ms: number): string {
  const n = Math.round(ms / 1000);
  return n === 1 ? '1 second' : `${n} seconds`;
}

function sentences(...parts: (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined && p !== '').join(' ');
}

/**
 * What to say as `step` begins. `withStartCue` is false when the exercise's position cue was just
 * given by the "next exercise" phase, so it is not said twice in a row.
 */
export function phaseWords(session: Session, step: Step, withStartCue: boolean): string {
  const exercise: SessionExercise | undefined = session.exercises[step.exerciseIndex];
  if (exercise === undefined) return '';
  switch (step.kind) {
    case 'next-exercise':
      return sentences(`Next: ${exercise.name}.`, exercise.cues.start ?? 'Get into position.');
    case 'get-ready':
      return sentences(
        `Get ready: ${exercise.name}.`,
        withStartCue ? exercise.cues.start : undefined,
      );
    case 'hold':
      return sentences(
        exercise.reps > 1 ? `Rep ${step.rep} of ${exercise.reps}.` : undefined,
        step.side === 1 ? 'First side.' : step.side === 2 ? 'Other side.' : undefined,
        `Hold for ${seconds(step.durationMs)}.`,
        exercise.cues.hold,
      );
    case 'rest':
      return `Rest for ${seconds(step.durationMs)}.`;
    case 'set-rest':
      return `Set ${step.set - 1} of ${exercise.sets} done. Rest for ${seconds(step.durationMs)}.`;
  }
}

/** What to say as a hold of `exercise` runs to its end. */
export function releaseWords(exercise: SessionExercise): string {
  return sentences('Release.', exercise.cues.release);
}
