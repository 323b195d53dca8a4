/**
 * The exercise library use cases: the list (all, or those suiting one phase) and one exercise by
 * id. Content never changes while the server runs, so every answer is built once, when first needed.
 */
import type { ContentItem, Phase } from '../../core/content/schema.js';
import { PHASES } from '../../core/content/schema.js';
import { AppError } from '../../core/errors.js';
import { type ApiExercise, apiExercises } from '../../core/exercises/api.js';

export interface ExercisesService {
  /** Every exercise in content order, or only those that suit `phase`. */
  list(phase?: Phase): readonly ApiExercise[];
  /** One exercise; a `not_found` AppError naming `id` when there is none. */
  get(id: string): ApiExercise;
}

export function createExercisesService(content: readonly ContentItem[]): ExercisesService {
  // Built on the first request rather than at start: the exercises carry their figures, which take
  // a while to draw, and start-up has a budget. After that, every answer is a lookup.
  let library: Library | undefined;
  const built = () => {
    library ??= buildLibrary(content);
    return library;
  };
  return {
    list: (phase) => (phase === undefined ? built().all : (built().byPhase.get(phase) ?? [])),
    get(id) {
      const found = built().byId.get(id);
      if (found === undefined) {
        throw new AppError('not_found', `No exercise has the id "${id}"`, [
          { path: 'id', message: 'no exercise has this id' },
        ]);
      }
      return found;
    },
  };
}

interface Library {
  all: readonly ApiExercise[];
  byPhase: ReadonlyMap<Phase, readonly ApiExercise[]>;
  byId: ReadonlyMap<string, ApiExercise>;
}

function buildLibrary(content: readonly ContentItem[]): Library {
  const all = apiExercises(content);
  return {
    all,
    byPhase: new Map(PHASES.map((phase) => [phase, all.filter((e) => e.phases.includes(phase))])),
    byId: new Map(all.map((e) => [e.id, e])),
  };
}
