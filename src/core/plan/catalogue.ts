/**
 * The exercise library as the plan sees it: which exercises suit each phase, the order a
 * physiotherapist would reach for them by kind of work, a one-line "why this" for each, and how
 * long each takes. Kept as data so the choices can be read, reviewed and tested on their own.
 */
import { LOADED_STRENGTHENING_EXERCISES } from '../content/constants.js';
import { CONTENT } from '../content/index.js';
import type { ContentItem, DoseGuide, ExerciseDetails } from '../content/schema.js';
import type { PlanPhase, WorkType } from './types.js';

export interface LibraryExercise {
  id: string;
  title: string;
  dose: DoseGuide;
  details: ExerciseDetails;
}

function isExercise(item: ContentItem): item is ContentItem & {
  dose: DoseGuide;
  exercise: ExerciseDetails;
} {
  return item.kind === 'exercise' && item.dose !== undefined && item.exercise !== undefined;
}

/** Every exercise of the library, sorted by id so any tie resolves the same way every time. */
export const LIBRARY: readonly LibraryExercise[] = CONTENT.filter(isExercise)
  .map((item) => ({ id: item.id, title: item.title, dose: item.dose, details: item.exercise }))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const byId = new Map(LIBRARY.map((e) => [e.id, e]));

export function libraryExercise(id: string): LibraryExercise | undefined {
  return byId.get(id);
}

/**
 * The harder versions of an exercise, nearest first: its `harder` variant, that one's harder
 * variant, and so on to the end of the chain (a link that loops back stops it). An exercise
 * stopped with "This hurts", or left out, takes every one of these with it.
 */
export function harderVersions(id: string): string[] {
  const chain: string[] = [];
  let next = byId.get(id)?.details.harder?.exerciseId;
  while (next !== undefined && next !== id && !chain.includes(next)) {
    chain.push(next);
    next = byId.get(next)?.details.harder?.exerciseId;
  }
  return chain;
}

const LOADED: ReadonlySet<string> = new Set(LOADED_STRENGTHENING_EXERCISES);

/** True for exercises that work the back against a load: never offered in the acute phase. */
export function isLoaded(exercise: LibraryExercise): boolean {
  return LOADED.has(exercise.id) || exercise.details.category === 'strengthening';
}

/**
 * Whether an exercise may be in a plan of this phase: its dose must list the phase, and in the
 * acute phase it must not be loaded strengthening, whatever its dose says (a second guard).
 */
export function allowedIn(exercise: LibraryExercise, phase: PlanPhase): boolean {
  if (!exercise.dose.phases.includes(phase)) return false;
  return phase !== 'acute' || !isLoaded(exercise);
}

/**
 * The order exercises are considered in, by phase and kind of work. Acute: the gentlest relief
 * movements first, for everyone. Desk work: more extension and mobility (prone press-up, cat-cow,
 * hamstrings) to undo long sitting. Lifting: bracing, bridge and bird-dog, the trunk control a
 * lift needs. Standing: hips and hamstrings with core work. Mixed: a blend. Library exercises not
 * named here are considered after these, by id.
 */
export const PRIORITY: Record<PlanPhase, Record<WorkType, readonly string[]>> = {
  acute: {
    desk: ['knee-to-chest', 'pelvic-tilt', 'cat-cow', 'lower-trunk-rotation', 'childs-pose'],
    standing: ['knee-to-chest', 'pelvic-tilt', 'cat-cow', 'lower-trunk-rotation', 'childs-pose'],
    lifting: ['knee-to-chest', 'pelvic-tilt', 'cat-cow', 'lower-trunk-rotation', 'childs-pose'],
    mixed: ['knee-to-chest', 'pelvic-tilt', 'cat-cow', 'lower-trunk-rotation', 'childs-pose'],
  },
  recovery: {
    desk: ['prone-press-up', 'cat-cow', 'knee-to-chest', 'hamstring-stretch', 'pelvic-tilt'],
    standing: ['cat-cow', 'knee-to-chest', 'hamstring-stretch', 'pelvic-tilt', 'glute-bridge'],
    lifting: ['pelvic-tilt', 'abdominal-bracing', 'cat-cow', 'knee-to-chest', 'glute-bridge'],
    mixed: ['cat-cow', 'prone-press-up', 'pelvic-tilt', 'abdominal-bracing', 'knee-to-chest'],
  },
  prevention: {
    desk: ['prone-press-up', 'cat-cow', 'hamstring-stretch', 'glute-bridge', 'bird-dog'],
    standing: ['glute-bridge', 'cat-cow', 'hamstring-stretch', 'bird-dog', 'piriformis-stretch'],
    lifting: ['abdominal-bracing', 'glute-bridge', 'bird-dog', 'cat-cow', 'hamstring-stretch'],
    mixed: ['cat-cow', 'abdominal-bracing', 'glute-bridge', 'prone-press-up', 'bird-dog'],
  },
};

/** Exercises worth more than their general purpose for a kind of work: the line says why. */
const WORK_WHY: Partial<Record<WorkType, Record<string, string>>> = {
  desk: {
    'prone-press-up': 'Bends your back the other way after hours of sitting forward.',
    'cat-cow': 'Moves a spine that has sat still for hours through its whole range.',
    'hamstring-stretch': 'Long sitting shortens the hamstrings, which pull on the lower back.',
  },
  lifting: {
    'abdominal-bracing': 'Practises the brace that steadies your spine before you lift or carry.',
    'glute-bridge': 'Builds the hip muscles that should do the work when you lift from the floor.',
    'bird-dog': 'Trains your trunk to stay steady while arms and legs move, as in a carry.',
  },
  standing: {
    'glute-bridge': 'Strong hips share the load of standing all day with your back.',
    'hamstring-stretch': 'Loose hamstrings let the pelvis sit level when you stand for long.',
  },
};

const ACUTE_WHY = 'A gentle movement with no load, to ease the spasm and keep you moving.';

/** The one-line "why this" for an exercise in a plan. */
export function whyThis(exercise: LibraryExercise, phase: PlanPhase, work: WorkType): string {
  const special = WORK_WHY[work]?.[exercise.id];
  if (phase !== 'acute' && special !== undefined) return special;
  if (phase === 'acute' && exercise.details.purpose.length > 140) return ACUTE_WHY;
  return exercise.details.purpose;
}

/** The order in which a phase and work type consider the exercises, named ones first. */
export function consideredOrder(phase: PlanPhase, work: WorkType): LibraryExercise[] {
  const named = PRIORITY[phase][work];
  const first = named.flatMap((id) => {
    const e = byId.get(id);
    return e === undefined ? [] : [e];
  });
  const rest = LIBRARY.filter((e) => !named.includes(e.id));
  return [...first, ...rest];
}
