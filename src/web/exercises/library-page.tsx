/**
 * /exercises: the library by phase (during a spasm, recovering, preventing), each exercise with a
 * still figure and its starting dose; tick a few and start a guided session. The ticks are kept for
 * the tab, so opening an exercise to read it and coming back loses none. Recent sessions kept on
 * this device are listed below.
 */

import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Phase } from '../../core/content/schema.js';
import { usePageTitle } from '../page.js';
import { sessionPath } from '../player/path.js';
import { itemPath } from '../routes.js';
import { doseLine, exercisesFor, isPhase, PHASE_FILTERS } from './catalogue.js';
import { ExerciseStill } from './figure.js';
import { RecentSessions } from './recent.js';
import './exercises.css';

const PICKED_KEY = 'unknot.exercises.picked';

function loadPicked(): readonly string[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(PICKED_KEY) ?? '[]');
    // Only ids the library still has: a stored list from an older build may name others.
    const known = new Set(exercisesFor(undefined).map((e) => e.id));
    return Array.isArray(parsed)
      ? parsed.filter((id) => typeof id === 'string' && known.has(id))
      : [];
  } catch {
    return [];
  }
}

function savePicked(picked: readonly string[]): void {
  try {
    sessionStorage.setItem(PICKED_KEY, JSON.stringify(picked));
  } catch {
    // Storage refused: the ticks last as long as the page.
  }
}

export function ExercisesPage() {
  usePageTitle('Exercises');
  const { query, route } = useLocation();
  const initial = isPhase(query.phase) ? query.phase : undefined;
  const [phase, setPhase] = useState<Phase | undefined>(initial);
  const [picked, setPicked] = useState<readonly string[]>(loadPicked);
  useEffect(() => savePicked(picked), [picked]);
  const shown = exercisesFor(phase);

  const choosePhase = (next: Phase | undefined) => {
    setPhase(next);
    // Kept in the address so Back and a shared link return to the same filter.
    history.replaceState(
      history.state,
      '',
      next === undefined ? '/exercises' : `/exercises?phase=${next}`,
    );
  };
  const toggle = (id: string, on: boolean) => {
    setPicked((p) => (on ? [...p.filter((x) => x !== id), id] : p.filter((x) => x !== id)));
  };
  // Only exercises still on screen go into the session, in the library's order.
  const chosen = shown.filter((e) => picked.includes(e.id)).map((e) => e.id);

  return (
    <>
      <h1>Exercises</h1>
      <p class="lead">
        Gentle stretches and strengthening with a moving guide. Choose a few and start a timed
        session; stop if anything hurts.
      </p>
      <fieldset class="phase-filter">
        <legend class="visually-hidden">Show exercises for</legend>
        <button
          type="button"
          class="button button-choice"
          aria-pressed={phase === undefined}
          onClick={() => choosePhase(undefined)}
        >
          All
        </button>
        {PHASE_FILTERS.map((f) => (
          <button
            key={f.phase}
            type="button"
            class="button button-choice"
            aria-pressed={phase === f.phase}
            onClick={() => choosePhase(f.phase)}
          >
            {f.label}
          </button>
        ))}
      </fieldset>
      <p class="quiet" role="status">
        {shown.length} exercises{phase === 'acute' ? ' gentle enough during a spasm' : ''}.
      </p>
      <ul class="exercise-list">
        {shown.map((item) => {
          const on = picked.includes(item.id);
          return (
            <li key={item.id}>
              <div class={on ? 'exercise-card is-picked' : 'exercise-card'}>
                <ExerciseStill figureId={item.exercise.illustration} />
                <span class="exercise-card-name">
                  <a href={itemPath(item.id)}>{item.title}</a>
                </span>
                <span class="exercise-card-dose">{doseLine(item)}</span>
                <label class="pick">
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) => toggle(item.id, e.currentTarget.checked)}
                  />
                  Add to session<span class="visually-hidden">: {item.title}</span>
                </label>
              </div>
            </li>
          );
        })}
      </ul>
      <div class="start-bar">
        <button
          type="button"
          class="button"
          disabled={chosen.length === 0}
          onClick={() => route(sessionPath(chosen))}
        >
          {chosen.length === 0 ? 'Start session' : `Start session (${chosen.length})`}
        </button>
        {chosen.length === 0 && <p class="start-bar-note">Tick one or more exercises to start.</p>}
      </div>
      <RecentSessions />
    </>
  );
}
