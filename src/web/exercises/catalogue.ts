/**
 * The exercise library as the web app shows it: the exercise items of the content, the phases a
 * person filters by, and a dose said in a few words ("Hold 20 s · 2 times each side"). Read from
 * the same content as Learn and the API, so a dose is written once.
 */
import { CONTENT } from '../../core/content/index.js';
import type {
  ContentItem,
  ExerciseDetails,
  ExerciseDose,
  Phase,
} from '../../core/content/schema.js';

export interface ExerciseItem extends ContentItem {
  readonly dose: ExerciseDose;
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

/** "20 s", "5 min", "1 min 30 s". */
export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const min = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? `${min} min` : `${min} min ${s} s`;
}

/** The starting dose in a few words, for a card: "Hold 20 s · 2 times each side · 1 set". */
/** The dose in words: the starting dose, or the one a plan gives (hold seconds, reps, sets). */
export function doseLine(
  item: ExerciseItem,
  given?: { holdSeconds: number; reps: number; sets: number },
): string {
  const { dose, exercise } = item;
  const hold = given?.holdSeconds ?? dose.holdSeconds.default;
  if (exercise.continuous) return `${duration(hold)} at an easy pace`;
  const reps = given?.reps ?? dose.reps.default;
  const sets = given?.sets ?? dose.sets;
  const parts = [
    `Hold ${duration(hold)}`,
    `${reps} ${reps === 1 ? 'time' : 'times'}${exercise.perSide ? ' each side' : ''}`,
    `${sets} ${sets === 1 ? 'set' : 'sets'}`,
  ];
  return parts.join(' · ');
}
