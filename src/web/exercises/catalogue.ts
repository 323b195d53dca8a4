/**
 * The exercise library as the web app shows it: the exercise items of the content, the phases a
 * person filters by, and a dose said in a few words ("Hold 20 s · 2 times each side"). Read from
 * the same content as Learn and the API, so a dose is written once.
 */
import { CONTENT } from '../../core/content/index.js';
import type { ContentItem, DoseGuide, ExerciseDetails, Phase } from '../../core/content/schema.js';
import { doseWords } from '../format.js';
import type { SessionDose } from '../player/path.js';

export interface ExerciseItem extends ContentItem {
  readonly dose: DoseGuide;
  readonly exercise: ExerciseDetails;
}

function isExercise(item: ContentItem): item is ExerciseItem {
  return item.kind === 'exercise' && item.dose !== undefined && item.exercise !== undefined;
}

export const EXERCISES: readonly ExerciseItem[] = CONTENT.filter(isExercise);

export function exerciseById(id: string): ExerciseItem | undefined {
  return EXERCISES.find((e) => e.id === id);
}

export const PHASE_FILTERS: readonly { phase: Phase; label: string }[] = [
  { phase: 'acute', label: 'Acute: gentle relief' },
  { phase: 'recovery', label: 'Recovery' },
  { phase: 'prevention', label: 'Prevention' },
];

export function isPhase(value: string | undefined): value is Phase {
  return PHASE_FILTERS.some((f) => f.phase === value);
}

export function exercisesFor(phase: Phase | undefined): readonly ExerciseItem[] {
  return phase === undefined ? EXERCISES : EXERCISES.filter((e) => e.dose.phases.includes(phase));
}

/** The dose in words: the starting dose, or the one a plan or a relief step gives. */
export function doseLine(item: ExerciseItem, given?: SessionDose): string {
  const { dose, exercise } = item;
  return doseWords(
    {
      holdSeconds: given?.holdSeconds ?? dose.holdSeconds.default,
      reps: given?.reps ?? dose.reps.default,
      sets: given?.sets ?? dose.sets,
      perSide: exercise.perSide,
    },
    exercise.continuous,
  );
}
