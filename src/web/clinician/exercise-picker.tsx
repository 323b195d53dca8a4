/**
 * Choosing exercises for a programme from the library: a search by name (the library's title and
 * the other names people know it by), and each exercise not yet chosen with its figure held still,
 * its title and its starting dose, one tap to add. The count of matches is announced as it
 * changes.
 */
import { useState } from 'preact/hooks';
import type { LibraryExercise } from '../../core/plan/catalogue.js';
import { ExerciseStill } from '../exercises/figure.js';
import { doseWords } from '../format.js';
import { findExercises } from './programme-form.js';

function startingDose(e: LibraryExercise): string {
  return doseWords(
    {
      holdSeconds: e.dose.holdSeconds.default,
      reps: e.dose.reps.default,
      sets: e.dose.sets,
      perSide: e.details.perSide,
    },
    e.details.continuous,
  );
}

export function ExercisePicker({
  chosen,
  full,
  onAdd,
}: {
  chosen: readonly string[];
  /** The programme holds as many exercises as it may. */
  full: boolean;
  onAdd: (exercise: LibraryExercise) => void;
}) {
  const [query, setQuery] = useState('');
  const found = findExercises(query, chosen);
  return (
    <section class="exercise-picker" aria-labelledby="picker-title">
      <h4 id="picker-title">Add exercises from the library</h4>
      <label class="field-label" for="picker-search">
        Find an exercise by name
      </label>
      <input
        id="picker-search"
        type="search"
        value={query}
        autocomplete="off"
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <p class="picker-status" role="status">
        {found.length === 0
          ? query.trim() === ''
            ? 'Every exercise of the library is in the programme.'
            : `No exercise not yet chosen matches “${query.trim()}”.`
          : `${found.length} ${found.length === 1 ? 'exercise' : 'exercises'}`}
      </p>
      <ul class="picker-list">
        {found.map((e) => (
          <li key={e.id} class="picker-item">
            <ExerciseStill figureId={e.details.illustration} />
            <div class="picker-text">
              <strong>{e.title}</strong>
              <span class="quiet">{startingDose(e)}</span>
            </div>
            <button
              type="button"
              class="button button-choice"
              disabled={full}
              onClick={() => {
                // The whole library again for the next choice.
                setQuery('');
                onAdd(e);
              }}
            >
              Add<span class="visually-hidden"> {e.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
